//! The national floor (issue 13): the law's criteria for every paragraph, every
//! municipality of the register, and the rules shared between Find hjælp and Beregn.

use chrono::NaiveDate;
use stotteportalen::domain::ansoegning::frister::{forventet_afgoerelse, Forventet};
use stotteportalen::domain::beregning::{
    beregn_100, satser, Foertidspension, Folkepension, Oplysninger100, Person,
};
use stotteportalen::domain::content::{self, catalog};
use stotteportalen::domain::screener::{vurder, Alder, Pension, Status, Svar};

#[test]
fn every_paragraph_but_pay_and_handleplan_has_a_floor() {
    let without: Vec<&str> = content::paragraphs()
        .iter()
        .filter(|p| p.floor.is_none())
        .map(|p| p.key)
        .collect();
    // § 105 is the pay within § 103/§ 104, § 141 the plan offered with help: neither is
    // help one asks for on its own.
    assert_eq!(without, ["105", "141"]);
    for p in content::paragraphs() {
        if let Some(f) = p.floor {
            assert!(f.is_national(), "{}", p.key);
            assert_eq!(f.id, format!("lov-{}", p.key));
            assert_eq!(f.paragraphs, [p.key]);
            assert!(catalog().document(f.source.document).is_some());
        }
    }
}

#[test]
fn all_98_municipalities_are_in_the_catalogue() {
    let all = content::municipalities();
    assert_eq!(all.len(), 98);
    let with_data: Vec<&str> = catalog().with_own_data().iter().map(|m| m.id).collect();
    assert_eq!(with_data, ["gladsaxe", "viborg"]);
    for m in all {
        assert!(m.code.is_some(), "{}", m.id);
        if !m.own_data {
            // Nothing invented: no contact data, phone hours, processing times or standards.
            assert!(m.phone.is_none() && m.email.is_none() && m.website.is_none());
            assert!(m.address.is_empty() && m.phone_hours.is_empty());
            assert!(m.processing_times.is_empty() && m.services.is_empty());
            assert_eq!(m.source.document, "dst-kommuner");
        }
    }
    let aarhus = content::municipality("aarhus").expect("aarhus");
    assert_eq!((aarhus.name, aarhus.code), ("Aarhus Kommune", Some(751)));
    // A municipality without data gets the floor of every paragraph that has one.
    let floor = catalog().floor_for("aarhus");
    assert_eq!(floor.len(), content::paragraphs().len() - 2);
    // Gladsaxe: its § 85 standards replace the floor of § 85, nothing else.
    let g: Vec<&str> = catalog()
        .floor_for("gladsaxe")
        .iter()
        .map(|s| s.main_paragraph())
        .collect();
    assert!(!g.contains(&"85") && g.contains(&"110") && g.contains(&"99"));
    // Viborg has a standard for every paragraph but § 95 (and covers § 82 a–c in one).
    let v: Vec<&str> = catalog()
        .floor_for("viborg")
        .iter()
        .map(|s| s.main_paragraph())
        .collect();
    assert_eq!(v, ["83a", "95"]);
}

#[test]
fn no_invented_decision_date_without_the_municipalitys_data() {
    let d = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let mut checked = 0;
    for p in content::paragraphs() {
        if let Some(f) = p.floor {
            assert!(
                matches!(forventet_afgoerelse(d, f), Forventet::KommunenAfgoer { .. }),
                "{}",
                p.key
            );
            checked += 1;
        }
    }
    // Every paragraph but § 105 and § 141 has a floor (see the test above).
    assert_eq!(checked, content::paragraphs().len() - 2);
}

#[test]
fn a_101_request_gets_the_drug_treatment_case() {
    let s = content::service("viborg", "behandling-af-stofmisbrug").unwrap();
    let d = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    match forventet_afgoerelse(d, s) {
        Forventet::Dato { tilfaelde, .. } => {
            let t = tilfaelde.expect("a case");
            assert!(t.starts_with("Stofmisbrug"), "{t}");
        }
        other => panic!("{other:?}"),
    }
}

/// The screener's and the calculator's § 100 age rule agree for every age and pension
/// answer (issue 13, point 5): above folkepensionsalderen only deferred pension counts.
#[test]
fn the_100_age_rule_is_the_same_in_the_screener_and_the_calculator() {
    let d = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    let answers = [
        (None, Folkepension::IkkeBesvaret),
        (Some(Pension::Ingen), Folkepension::IkkeNaaet),
        (
            Some(Pension::FoertidspensionFra2003),
            Folkepension::IkkeNaaet,
        ),
        (Some(Pension::UdskudtFolkepension), Folkepension::Opsat),
        (Some(Pension::Folkepension), Folkepension::Modtager),
    ];
    for alder in 18u8..=80 {
        for (pension, folkepension) in answers {
            let svar = Svar {
                kommune: Some("aarhus".into()),
                alder: Some(Alder::Aar(alder)),
                vanskeligheder: Some(Default::default()),
                socialt: Some(Default::default()),
                pension,
                ..Svar::default()
            };
            let r = vurder(&svar);
            let y = r.ydelse("lov-100").expect("lov-100");
            let statuses: Vec<Status> = ["alder-max", "udelukket-folkepension"]
                .iter()
                .filter_map(|k| y.kriterium(k).map(|k| k.status))
                .collect();
            let screener = if statuses.contains(&Status::IkkeOpfyldt) {
                "not-met"
            } else if statuses.iter().all(|s| *s == Status::Opfyldt) {
                "met"
            } else {
                "unanswered"
            };
            let o = Oplysninger100 {
                person: Person {
                    alder: Some(u16::from(alder)),
                    folkepension,
                    foertidspension: Foertidspension::Nej,
                    ..Person::default()
                },
                ..Oplysninger100::default()
            };
            let b = beregn_100(satser(), d, &o).expect("calc");
            let calc = b
                .betingelser
                .iter()
                .find(|c| c.id == "calc-condition-pension-age")
                .map(|c| c.vurdering.tekst())
                .expect("condition");
            assert_eq!(
                screener, calc,
                "age {alder}, {pension:?} / {folkepension:?}"
            );
        }
    }
}

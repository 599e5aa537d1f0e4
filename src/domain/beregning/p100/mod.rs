//! § 100: merudgiftsydelse (before 1 September 2025) and kompensationsydelse (from then).
//!
//! The conditions are checked first (age, folkepension, førtidspension granted before
//! 2003 unless § 95/§ 96). Then the expenses are itemised (category, per month or per
//! year, documented or estimated, on the positive list or not), what the person would
//! have spent anyway is deducted, and the year's table gives the amount:
//!
//! - merudgiftsydelse: the interval model. Overlapping intervals (2024: 1.707) and a
//!   threshold worded "overstige" while its interval includes it (Viborg 2019: 545) give
//!   two candidate amounts, both shown.
//! - kompensationsydelse: below the threshold nothing; group 1 a fixed amount; group 2
//!   documented positive-list expenses above the limit plus a fixed amount. The citizen
//!   chooses: both are shown, and which gives more.
//!
//! All comparisons are made on yearly øre (monthly figures × 12), so that expenses given
//! per year and per month are compared exactly.
//!
//! The input and the result types are in [`model`] (re-exported here).

mod model;

pub use model::*;

use chrono::NaiveDate;

use super::satser::{
    Graenseregel, KompensationTabel, MerudgiftTabel, Niveau, Paragraf100, Positivstatus, Satser,
};
use super::trin::{Arg, Art, Sats, SatsFejl, Trin};
use super::{aar_trin, skoen_trin};
use crate::domain::content::kinds::Udgiftskategori;
use crate::domain::money::Beloeb;

// ---------------------------------------------------------------------------------------
// The calculation
// ---------------------------------------------------------------------------------------

fn paragraf100(satser: &Satser) -> Result<&Paragraf100, SatsFejl> {
    satser
        .paragraf100
        .as_ref()
        .ok_or(SatsFejl::IngenSatser("section100"))
}

/// Which rules apply on a date.
pub fn ordning_for(satser: &Satser, dato: NaiveDate) -> Result<Ordning, SatsFejl> {
    Ok(if dato >= paragraf100(satser)?.ny_ordning_fra {
        Ordning::Kompensationsydelse
    } else {
        Ordning::Merudgiftsydelse
    })
}

/// § 100 on a date: merudgiftsydelse before the new rules, kompensationsydelse from them.
pub fn beregn_100(
    satser: &Satser,
    dato: NaiveDate,
    oplysninger: &Oplysninger100,
) -> Result<Beregning100, SatsFejl> {
    match ordning_for(satser, dato)? {
        Ordning::Merudgiftsydelse => beregn_merudgift(satser, dato, oplysninger),
        Ordning::Kompensationsydelse => beregn_kompensation(satser, dato, oplysninger),
    }
}

/// Merudgiftsydelse with the table for the date (whatever the date).
pub fn beregn_merudgift(
    satser: &Satser,
    dato: NaiveDate,
    oplysninger: &Oplysninger100,
) -> Result<Beregning100, SatsFejl> {
    let opslag = satser
        .merudgift_for(dato)
        .ok_or(SatsFejl::IngenSatser("merudgift"))?;
    let aar = aar_trin(&opslag, "merudgift", opslag.tabel.kilde);
    merudgift(satser, opslag.tabel, aar, dato, oplysninger)
}

/// Merudgiftsydelse with a given table (e.g. [`Satser::merudgift_lovtekst`]).
pub fn beregn_merudgift_med_tabel(
    satser: &Satser,
    tabel: &'static MerudgiftTabel,
    dato: NaiveDate,
    oplysninger: &Oplysninger100,
) -> Result<Beregning100, SatsFejl> {
    let aar = match tabel.niveau {
        Niveau::Lovtekst => Trin::ny("calc-rates-law-text", Art::Advarsel)
            .valg("tabel", "merudgift")
            .kilde(tabel.kilde),
        Niveau::Aar(y) => Trin::ny("calc-rates-year", Art::Grundlag)
            .valg("tabel", "merudgift")
            .arg("aar", Arg::Aar(y))
            .arg("brugt", Arg::Aar(y))
            .kilde(tabel.kilde),
    };
    merudgift(satser, tabel, aar, dato, oplysninger)
}

/// Kompensationsydelse with the table for the date (whatever the date).
pub fn beregn_kompensation(
    satser: &Satser,
    dato: NaiveDate,
    oplysninger: &Oplysninger100,
) -> Result<Beregning100, SatsFejl> {
    let p = paragraf100(satser)?;
    let opslag = satser
        .kompensation_for(dato)
        .ok_or(SatsFejl::IngenSatser("kompensation"))?;
    let t = opslag.tabel;
    let mut trin = vec![Trin::ny("calc-regime-kompensation", Art::Grundlag)
        .arg("dato", Arg::Dato(dato))
        .arg("fra", Arg::Dato(p.ny_ordning_fra))
        .kilde(p.ny_ordning_kilde)];
    trin.push(aar_trin(&opslag, "kompensation", t.kilde));
    let niveau = Niveau::Aar(t.aar);

    let betingelser = betingelser(p, &oplysninger.person, &mut trin);
    let opgoerelse = opgoer(satser, oplysninger, true);

    if betingelser
        .iter()
        .any(|b| b.vurdering == Vurdering::IkkeOpfyldt)
    {
        trin.push(Trin::ny("calc-excluded", Art::Resultat).kr("maaned", Beloeb::NUL));
        overgang_kompensation(p, dato, &oplysninger.person, &mut trin);
        trin.push(skoen_trin());
        return Ok(Beregning100 {
            dato,
            ordning: Ordning::Kompensationsydelse,
            niveau,
            betingelser,
            opgoerelse,
            udfald: Udfald100::Udelukket,
            trin,
        });
    }

    udgiftstrin(&opgoerelse, oplysninger, true, &mut trin);
    let udfald = kompensation_udfald(
        t,
        opgoerelse.netto_aar,
        opgoerelse.positivliste_aar,
        opgoerelse.positivliste_og_ukendt_aar,
    );
    let sats = |id, beloeb| Sats::beloeb(id, beloeb, niveau, t.kilde);

    let netto_m = opgoerelse.netto_aar.del(12);
    if !udfald.over_graensen {
        trin.push(
            Trin::ny("calc-threshold-below", Art::Beregning)
                .kr("netto", netto_m)
                .kr("graense", t.graense)
                .sats(sats("kompensation-threshold", t.graense)),
        );
        trin.push(Trin::ny("calc-result-none", Art::Resultat).kr("maaned", Beloeb::NUL));
    } else {
        trin.push(
            Trin::ny("calc-threshold-met", Art::Beregning)
                .kr("netto", netto_m)
                .kr("graense", t.graense)
                .sats(sats("kompensation-threshold", t.graense)),
        );
        trin.push(
            Trin::ny("calc-group1", Art::Beregning)
                .kr("standard", t.gruppe1_standard)
                .sats(sats("kompensation-group1", t.gruppe1_standard)),
        );
        let dokumenteret_m = opgoerelse.positivliste_aar.del(12);
        match udfald.gruppe2 {
            Some(g2) => trin.push(
                Trin::ny("calc-group2", Art::Beregning)
                    .kr("dokumenteret", dokumenteret_m)
                    .kr("graense", t.gruppe2_over)
                    .kr("standard", t.gruppe2_standard)
                    .kr("i_alt", g2)
                    .sats(sats("kompensation-group2-above", t.gruppe2_over))
                    .sats(sats("kompensation-group2-standard", t.gruppe2_standard)),
            ),
            None => trin.push(
                Trin::ny("calc-group2-not-reached", Art::Beregning)
                    .kr("dokumenteret", dokumenteret_m)
                    .kr("graense", t.gruppe2_over)
                    .sats(sats("kompensation-group2-above", t.gruppe2_over)),
            ),
        }
        let ukendt = opgoerelse
            .positivliste_og_ukendt_aar
            .minus_ned_til_nul(opgoerelse.positivliste_aar);
        if ukendt > Beloeb::NUL {
            let mut step =
                Trin::ny("calc-positive-list-unknown", Art::Advarsel).kr("beloeb", ukendt.del(12));
            if let Some(list) = &satser.positivliste {
                step = step.kilde(list.kilde);
            }
            trin.push(step);
        }
        if let Some(g) = udfald.gruppe2_hvis_godkendt {
            trin.push(
                Trin::ny("calc-group2-if-approved", Art::Note)
                    .kr("i_alt", g)
                    .sats(sats("kompensation-group2-standard", t.gruppe2_standard)),
            );
        }
        if opgoerelse.positivliste_skoennet_aar > Beloeb::NUL {
            trin.push(
                Trin::ny("calc-group2-needs-documentation", Art::Note)
                    .kr("beloeb", opgoerelse.positivliste_skoennet_aar.del(12)),
            );
        }
        let g1 = udfald.gruppe1.unwrap_or(Beloeb::NUL);
        let mut choice = Trin::ny("calc-choice", Art::Resultat)
            .valg(
                "bedst",
                match (udfald.lige, udfald.bedst) {
                    (true, _) => "equal",
                    (false, Some(Gruppe::Gruppe2)) => "group2",
                    _ => "group1",
                },
            )
            .kr("gruppe1", g1);
        if let Some(g2) = udfald.gruppe2 {
            choice = choice.kr("gruppe2", g2);
        }
        trin.push(choice);
        trin.push(
            Trin::ny("calc-result", Art::Resultat)
                .kr("maaned", udfald.maaned())
                .kr("aar", udfald.maaned().gange(12)),
        );
        trin.push(Trin::ny("calc-tax-free", Art::Note).kilde(t.kilde));
    }
    overgang_kompensation(p, dato, &oplysninger.person, &mut trin);
    trin.push(skoen_trin());
    Ok(Beregning100 {
        dato,
        ordning: Ordning::Kompensationsydelse,
        niveau,
        betingelser,
        opgoerelse,
        udfald: Udfald100::Kompensation(udfald),
        trin,
    })
}

fn merudgift(
    satser: &Satser,
    t: &'static MerudgiftTabel,
    aar_trin: Trin,
    dato: NaiveDate,
    oplysninger: &Oplysninger100,
) -> Result<Beregning100, SatsFejl> {
    let p = paragraf100(satser)?;
    let mut trin = vec![Trin::ny("calc-regime-merudgift", Art::Grundlag)
        .arg("dato", Arg::Dato(dato))
        .arg("fra", Arg::Dato(p.ny_ordning_fra))
        .kilde(p.ny_ordning_kilde)];
    trin.push(aar_trin);
    let niveau = t.niveau;
    let betingelser = betingelser(p, &oplysninger.person, &mut trin);
    let opgoerelse = opgoer(satser, oplysninger, false);

    let overgang = |trin: &mut Vec<Trin>| {
        if dato < p.ny_ordning_fra {
            trin.push(
                Trin::ny("calc-transition-new-rules", Art::Note)
                    .arg("fra", Arg::Dato(p.ny_ordning_fra))
                    .arg("senest", Arg::Dato(p.overgang_senest))
                    .kilde(p.overgang_kilde),
            );
        }
    };

    if betingelser
        .iter()
        .any(|b| b.vurdering == Vurdering::IkkeOpfyldt)
    {
        trin.push(Trin::ny("calc-excluded", Art::Resultat).kr("maaned", Beloeb::NUL));
        overgang(&mut trin);
        trin.push(skoen_trin());
        return Ok(Beregning100 {
            dato,
            ordning: Ordning::Merudgiftsydelse,
            niveau,
            betingelser,
            opgoerelse,
            udfald: Udfald100::Udelukket,
            trin,
        });
    }

    udgiftstrin(&opgoerelse, oplysninger, false, &mut trin);
    let udfald = merudgift_udfald(t, opgoerelse.netto_aar, opgoerelse.dokumenteret_aar);
    let sats = |id, beloeb| Sats::beloeb(id, beloeb, niveau, t.kilde);
    let netto_m = opgoerelse.netto_aar.del(12);

    let under = udfald
        .kandidater
        .iter()
        .any(|k| k.grundlag == Grundlag::UnderGraensen);
    let over = udfald
        .kandidater
        .iter()
        .any(|k| k.grundlag != Grundlag::UnderGraensen);
    if under {
        trin.push(
            Trin::ny("calc-threshold-below", Art::Beregning)
                .kr("netto", netto_m)
                .kr("graense", t.graense)
                .sats(sats("merudgift-threshold", t.graense)),
        );
    }
    if over {
        trin.push(
            Trin::ny("calc-threshold-met", Art::Beregning)
                .kr("netto", netto_m)
                .kr("graense", t.graense)
                .sats(sats("merudgift-threshold", t.graense)),
        );
    }
    if udfald.graense_ordlyd {
        trin.push(
            Trin::ny("calc-threshold-wording", Art::Advarsel)
                .kr("graense", t.graense)
                .sats(sats("merudgift-threshold", t.graense)),
        );
    }
    for k in &udfald.kandidater {
        match k.grundlag {
            Grundlag::UnderGraensen => {}
            Grundlag::Interval(nr) => {
                let iv = &t.intervaller[nr - 1];
                trin.push(
                    Trin::ny("calc-merudgift-interval", Art::Beregning)
                        .arg("nr", Arg::Tal(nr as i64))
                        .kr("fra", iv.fra)
                        .kr("til", iv.til)
                        .kr("standard", iv.standard)
                        .sats(sats("merudgift-standard", iv.standard)),
                );
            }
            Grundlag::Faktisk => trin.push(
                Trin::ny("calc-merudgift-actual", Art::Beregning)
                    .kr("dokumenteret", k.maaned)
                    .kr("graense", t.faktisk_over)
                    .sats(sats("merudgift-actual-above", t.faktisk_over)),
            ),
            Grundlag::OverUdenDokumentation(nr) => {
                let iv = &t.intervaller[nr - 1];
                trin.push(
                    Trin::ny("calc-merudgift-document-needed", Art::Advarsel)
                        .kr("netto", netto_m)
                        .kr("dokumenteret", opgoerelse.dokumenteret_aar.del(12))
                        .kr("graense", t.faktisk_over)
                        .arg("nr", Arg::Tal(nr as i64))
                        .kr("standard", iv.standard)
                        .sats(sats("merudgift-actual-above", t.faktisk_over))
                        .sats(sats("merudgift-standard", iv.standard)),
                );
            }
        }
    }
    if let Some(nr) = udfald.mellemrum {
        trin.push(
            Trin::ny("calc-merudgift-gap", Art::Advarsel)
                .arg("nr", Arg::Tal(nr as i64))
                .kr("netto", netto_m)
                .kr("til", t.intervaller[nr - 1].til)
                .kr("fra", t.intervaller[nr].fra)
                .kilde(t.kilde),
        );
    }
    if let Some((a, b)) = udfald.overlap {
        let (ia, ib) = (&t.intervaller[a - 1], &t.intervaller[b - 1]);
        trin.push(
            Trin::ny("calc-merudgift-overlap", Art::Advarsel)
                .kr("beloeb", ib.fra)
                .arg("nr1", Arg::Tal(a as i64))
                .arg("nr2", Arg::Tal(b as i64))
                .kr("standard1", ia.standard)
                .kr("standard2", ib.standard)
                .sats(sats("merudgift-standard", ia.standard))
                .sats(sats("merudgift-standard", ib.standard)),
        );
    }
    let spaend = udfald.spaend();
    match spaend.entydig() {
        Some(b) if b == Beloeb::NUL => {
            trin.push(Trin::ny("calc-result-none", Art::Resultat).kr("maaned", b))
        }
        Some(b) => trin.push(
            Trin::ny("calc-result", Art::Resultat)
                .kr("maaned", b)
                .kr("aar", b.gange(12)),
        ),
        None => trin.push(
            Trin::ny("calc-result-range", Art::Resultat)
                .kr("min", spaend.min)
                .kr("max", spaend.max),
        ),
    }
    overgang(&mut trin);
    trin.push(skoen_trin());
    Ok(Beregning100 {
        dato,
        ordning: Ordning::Merudgiftsydelse,
        niveau,
        betingelser,
        opgoerelse,
        udfald: Udfald100::Merudgift(udfald),
        trin,
    })
}

/// The transition note under the new rules, for someone who receives merudgiftsydelse.
fn overgang_kompensation(p: &Paragraf100, dato: NaiveDate, person: &Person, trin: &mut Vec<Trin>) {
    if person.modtager_merudgiftsydelse == Some(true) {
        let id = if dato < p.overgang_senest {
            "calc-transition-keep"
        } else {
            "calc-transition-ended"
        };
        trin.push(
            Trin::ny(id, Art::Note)
                .arg("senest", Arg::Dato(p.overgang_senest))
                .kilde(p.overgang_kilde),
        );
    }
}

/// Checks the conditions (the same under both regimes) and adds their steps.
fn betingelser(p: &Paragraf100, person: &Person, trin: &mut Vec<Trin>) -> Vec<Betingelse> {
    let mut out = Vec::new();

    let alder = match person.alder {
        None => Vurdering::IkkeBesvaret,
        Some(a) if a >= u16::from(p.min_alder) => Vurdering::Opfyldt,
        Some(_) => Vurdering::IkkeOpfyldt,
    };
    let mut step = Trin::ny("calc-condition-age", Art::Betingelse)
        .valg("vurdering", alder.tekst())
        .arg("min", Arg::Tal(i64::from(p.min_alder)))
        .kilde(p.min_alder_kilde);
    if let Some(a) = person.alder {
        step = step.arg("alder", Arg::Tal(i64::from(a)));
    }
    trin.push(step);
    out.push(Betingelse {
        id: "calc-condition-age",
        vurdering: alder,
        kilde: p.min_alder_kilde,
    });

    // The same age rule as the screener (src/domain/folkepension.rs): above the assumed
    // folkepensionsalder only deferred pension counts; "not reached" at 70 does not.
    use crate::domain::folkepension::{oevre_aldersgraense, AlderGrund, AlderUdfald, PensionSvar};
    let pension_svar = match person.folkepension {
        Folkepension::IkkeBesvaret => PensionSvar::IkkeBesvaret,
        Folkepension::IkkeNaaet => PensionSvar::IkkeNaaet,
        Folkepension::Opsat => PensionSvar::Udskudt,
        Folkepension::Modtager => PensionSvar::Modtager,
    };
    let (udfald, grund) = oevre_aldersgraense(person.alder, pension_svar);
    let pension = match udfald {
        AlderUdfald::Opfyldt => Vurdering::Opfyldt,
        AlderUdfald::IkkeOpfyldt => Vurdering::IkkeOpfyldt,
        AlderUdfald::IkkeBesvaret => Vurdering::IkkeBesvaret,
    };
    let svar = match (grund, person.folkepension) {
        (AlderGrund::OverGraensen, _) => "over-age",
        (_, Folkepension::IkkeBesvaret) => "unanswered",
        (_, Folkepension::IkkeNaaet) => "not-reached",
        (_, Folkepension::Opsat) => "deferred",
        (_, Folkepension::Modtager) => "receiving",
    };
    let mut step = Trin::ny("calc-condition-pension-age", Art::Betingelse)
        .valg("vurdering", pension.tekst())
        .valg("svar", svar)
        .arg(
            "pensionsalder",
            Arg::Tal(i64::from(
                crate::domain::folkepension::ANTAGET_FOLKEPENSIONSALDER,
            )),
        )
        .kilde(p.min_alder_kilde);
    if let Some(a) = person.alder {
        step = step.arg("alder", Arg::Tal(i64::from(a)));
    }
    trin.push(step);
    out.push(Betingelse {
        id: "calc-condition-pension-age",
        vurdering: pension,
        kilde: p.min_alder_kilde,
    });

    let undtagelse = match (person.bpa_96, person.tilskud_95) {
        (Some(true), _) => "bpa",
        (_, Some(true)) => "95",
        (Some(false), Some(false)) => "none",
        _ => "unanswered",
    };
    let (svar, foertid) = match person.foertidspension {
        Foertidspension::IkkeBesvaret => ("unanswered", Vurdering::IkkeBesvaret),
        Foertidspension::Nej => ("none", Vurdering::Opfyldt),
        Foertidspension::EfterNyeRegler => ("after", Vurdering::Opfyldt),
        Foertidspension::FoerNyeRegler => (
            "before",
            match undtagelse {
                "bpa" | "95" => Vurdering::Opfyldt,
                "none" => Vurdering::IkkeOpfyldt,
                _ => Vurdering::IkkeBesvaret,
            },
        ),
    };
    trin.push(
        Trin::ny("calc-condition-early-pension", Art::Betingelse)
            .valg("vurdering", foertid.tekst())
            .valg("svar", svar)
            .valg("undtagelse", undtagelse)
            .arg("dato", Arg::Dato(p.foertidspension_foer))
            .kilde(p.foertidspension_kilde),
    );
    out.push(Betingelse {
        id: "calc-condition-early-pension",
        vurdering: foertid,
        kilde: p.foertidspension_kilde,
    });

    if !out.iter().any(|b| b.vurdering == Vurdering::IkkeOpfyldt)
        && out.iter().any(|b| b.vurdering == Vurdering::IkkeBesvaret)
    {
        trin.push(Trin::ny("calc-conditions-assumed", Art::Advarsel));
    }
    out
}

/// Adds the expenses up. `kompensation`: mark the positive-list status of each line.
fn opgoer(satser: &Satser, o: &Oplysninger100, kompensation: bool) -> Opgoerelse {
    let linjer: Vec<Linje> = o
        .udgifter
        .iter()
        .map(|u| {
            let brutto_aar = u.periode.pr_aar(u.beloeb);
            let forbrug_aar = u.periode.pr_aar(u.normalt_forbrug);
            Linje {
                udgift: *u,
                positivliste: kompensation.then(|| satser.positivliste_status(u.kategori)),
                brutto_aar,
                forbrug_aar,
                netto_aar: brutto_aar.minus_ned_til_nul(forbrug_aar),
            }
        })
        .collect();
    let faelles = o.normalt_forbrug_periode.pr_aar(o.normalt_forbrug);
    let sum = |f: &dyn Fn(&Linje) -> bool| -> Beloeb {
        linjer
            .iter()
            .filter(|l| f(l))
            .map(|l| l.netto_aar)
            .sum::<Beloeb>()
            .minus_ned_til_nul(faelles)
    };
    let status = |l: &Linje| l.positivliste.unwrap_or(Positivstatus::Ukendt);
    Opgoerelse {
        brutto_aar: linjer.iter().map(|l| l.brutto_aar).sum(),
        forbrug_aar: linjer.iter().map(|l| l.forbrug_aar).sum(),
        faelles_forbrug_aar: faelles,
        netto_aar: sum(&|_| true),
        dokumenteret_aar: sum(&|l| l.udgift.dokumenteret),
        positivliste_aar: sum(&|l| l.udgift.dokumenteret && status(l) == Positivstatus::Ja),
        positivliste_og_ukendt_aar: sum(&|l| {
            l.udgift.dokumenteret && status(l) != Positivstatus::Nej
        }),
        positivliste_skoennet_aar: linjer
            .iter()
            .filter(|l| !l.udgift.dokumenteret && status(l) == Positivstatus::Ja)
            .map(|l| l.netto_aar)
            .sum(),
        linjer,
    }
}

/// The Fluent id of an expense category.
pub const fn kategori_id(k: Udgiftskategori) -> &'static str {
    match k {
        Udgiftskategori::Medicin => "calc-category-medicin",
        Udgiftskategori::Befordring => "calc-category-befordring",
        Udgiftskategori::Kost => "calc-category-kost",
        Udgiftskategori::Toej => "calc-category-toej",
        Udgiftskategori::Haandsraekninger => "calc-category-haandsraekninger",
        Udgiftskategori::Vask => "calc-category-vask",
        Udgiftskategori::Kurser => "calc-category-kurser",
        Udgiftskategori::Andet => "calc-category-andet",
    }
}

/// An expense of this much a month or more gets a note asking the person to check the
/// amount and the period. This is a check of typing ("1.000.000" for "1.000", a month for a
/// year), not a rule: no source sets an upper limit for an expense, and the municipality
/// assesses every expense itself. The amount is still counted as typed.
pub const TJEK_BELOEB_MAANED: Beloeb = Beloeb::kr(50_000);

/// The steps that list and add up the expenses.
fn udgiftstrin(o: &Opgoerelse, input: &Oplysninger100, kompensation: bool, trin: &mut Vec<Trin>) {
    for l in &o.linjer {
        let u = &l.udgift;
        let maaned = u.periode.pr_aar(u.beloeb).del(12);
        if maaned >= TJEK_BELOEB_MAANED {
            trin.push(
                Trin::ny("calc-check-large-amount", Art::Advarsel)
                    .arg("kategori", Arg::Besked(kategori_id(u.kategori)))
                    .kr("beloeb", u.beloeb)
                    .valg("periode", u.periode.tekst())
                    .kr("maaned", maaned)
                    .kr("aar", u.periode.pr_aar(u.beloeb)),
            );
        }
        trin.push(
            Trin::ny("calc-expense-line", Art::Beregning)
                .arg("kategori", Arg::Besked(kategori_id(u.kategori)))
                .kr("beloeb", u.beloeb)
                .valg("periode", u.periode.tekst())
                .valg(
                    "dokumenteret",
                    if u.dokumenteret {
                        "documented"
                    } else {
                        "estimated"
                    },
                )
                .valg("positivliste", l.positivliste.map_or("na", |s| s.tekst()))
                .valg(
                    "har_forbrug",
                    if u.normalt_forbrug > Beloeb::NUL {
                        "yes"
                    } else {
                        "no"
                    },
                )
                .kr("forbrug", u.normalt_forbrug)
                .kr("netto_maaned", l.netto_aar.del(12)),
        );
    }
    let linjer_aar: Beloeb = o.linjer.iter().map(|l| l.netto_aar).sum();
    trin.push(
        Trin::ny("calc-expense-total", Art::Beregning)
            .kr("maaned", linjer_aar.del(12))
            .kr("aar", linjer_aar)
            .arg("antal", Arg::Tal(o.linjer.len() as i64)),
    );
    if o.faelles_forbrug_aar > Beloeb::NUL {
        trin.push(
            Trin::ny("calc-normal-spending", Art::Beregning)
                .kr("beloeb", input.normalt_forbrug)
                .valg("periode", input.normalt_forbrug_periode.tekst())
                .kr("maaned", o.faelles_forbrug_aar.del(12)),
        );
        if kompensation {
            trin.push(Trin::ny("calc-normal-spending-positive-list", Art::Note));
        }
    }
    trin.push(
        Trin::ny("calc-net-total", Art::Beregning)
            .kr("maaned", o.netto_aar.del(12))
            .kr("aar", o.netto_aar),
    );
}

/// The interval model for yearly net expenses `netto` of which `dokumenteret` are
/// documented (both in øre per year). Shared by the calculator and the what-if series.
pub fn merudgift_udfald(
    t: &'static MerudgiftTabel,
    netto: Beloeb,
    dokumenteret: Beloeb,
) -> MerudgiftUdfald {
    let graense = t.graense.gange(12);
    let mut kandidater = Vec::new();
    let mut graense_ordlyd = false;
    let mut overlap = None;
    let mut mellemrum = None;
    if netto < graense || (t.graense_regel == Graenseregel::Over && netto == graense) {
        kandidater.push(Kandidat {
            grundlag: Grundlag::UnderGraensen,
            maaned: Beloeb::NUL,
        });
        graense_ordlyd = netto == graense;
    }
    if netto >= graense && !t.intervaller.is_empty() {
        let top = t.faktisk_over.gange(12);
        let n = t.intervaller.len();
        if netto > top {
            if dokumenteret > top {
                kandidater.push(Kandidat {
                    grundlag: Grundlag::Faktisk,
                    maaned: dokumenteret.del(12),
                });
            } else {
                kandidater.push(Kandidat {
                    grundlag: Grundlag::OverUdenDokumentation(n),
                    maaned: t.intervaller[n - 1].standard,
                });
            }
        } else {
            let hits: Vec<usize> = t
                .intervaller
                .iter()
                .enumerate()
                .filter(|(_, iv)| iv.fra.gange(12) <= netto && netto <= iv.til.gange(12))
                .map(|(i, _)| i + 1)
                .collect();
            if hits.len() > 1 {
                overlap = Some((hits[0], hits[1]));
            }
            if hits.is_empty() {
                // Between two intervals (whole-krone gaps): the lower one is used.
                let nr = t
                    .intervaller
                    .iter()
                    .rposition(|iv| iv.til.gange(12) < netto)
                    .map_or(1, |i| i + 1);
                mellemrum = Some(nr).filter(|nr| *nr < n);
                kandidater.push(Kandidat {
                    grundlag: Grundlag::Interval(nr),
                    maaned: t.intervaller[nr - 1].standard,
                });
            }
            for nr in hits {
                kandidater.push(Kandidat {
                    grundlag: Grundlag::Interval(nr),
                    maaned: t.intervaller[nr - 1].standard,
                });
            }
        }
    }
    if kandidater.is_empty() {
        kandidater.push(Kandidat {
            grundlag: Grundlag::UnderGraensen,
            maaned: Beloeb::NUL,
        });
    }
    kandidater.sort_by_key(|k| k.maaned);
    MerudgiftUdfald {
        tabel: t,
        kandidater,
        graense_ordlyd,
        overlap,
        mellemrum,
    }
}

/// The group 1 / group 2 model for yearly net expenses `netto`, documented positive-list
/// expenses `positiv` and documented expenses on the list or of unknown status
/// `positiv_og_ukendt` (all øre per year). Shared by the calculator and the what-if.
pub fn kompensation_udfald(
    t: &'static KompensationTabel,
    netto: Beloeb,
    positiv: Beloeb,
    positiv_og_ukendt: Beloeb,
) -> KompensationUdfald {
    let over_graensen = netto >= t.graense.gange(12);
    let graense2 = t.gruppe2_over.gange(12);
    let gruppe2_af = |grundlag: Beloeb| {
        (over_graensen && grundlag > graense2).then(|| grundlag.del(12) + t.gruppe2_standard)
    };
    let gruppe1 = over_graensen.then_some(t.gruppe1_standard);
    let gruppe2 = gruppe2_af(positiv);
    let gruppe2_hvis_godkendt = gruppe2_af(positiv_og_ukendt)
        .filter(|g| Some(*g) != gruppe2 && positiv_og_ukendt > positiv);
    let (bedst, lige) = match (gruppe1, gruppe2) {
        (None, _) => (None, false),
        (Some(_), None) => (Some(Gruppe::Gruppe1), false),
        (Some(g1), Some(g2)) if g2 > g1 => (Some(Gruppe::Gruppe2), false),
        (Some(g1), Some(g2)) => (Some(Gruppe::Gruppe1), g1 == g2),
    };
    KompensationUdfald {
        tabel: t,
        over_graensen,
        gruppe1,
        gruppe2,
        gruppe2_hvis_godkendt,
        bedst,
        lige,
    }
}

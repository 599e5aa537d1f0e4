//! Property tests (proptest) of money and the § 100 calculator:
//! - formatting and parsing round-trip, and the parser never panics;
//! - the § 100 amount is never negative;
//! - within a regime, it never decreases when expenses rise (raising one expense or
//!   adding one), for both the lowest and the highest reading;
//! - the what-if series never decreases and agrees with the calculator.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use stotteportalen::domain::beregning::{
    beregn_100, hvis_serie, ordning_for, satser, Foertidspension, Folkepension, Oplysninger100,
    Ordning, Periode, Person, Udgift, Udgiftskategori,
};
use stotteportalen::domain::money::Beloeb;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Any date from 2017 to 2029 (before, inside and after the data).
fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0u64..(13 * 366)).prop_map(|n| day(2017, 1, 1) + Days::new(n))
}

fn any_category() -> impl Strategy<Value = Udgiftskategori> {
    prop::sample::select(Udgiftskategori::ALL.to_vec())
}

fn any_expense() -> impl Strategy<Value = Udgift> {
    (
        any_category(),
        0i64..400_000, // up to 4.000 kr.
        any::<bool>(),
        any::<bool>(),
        prop_oneof![Just(0i64), 0i64..100_000],
    )
        .prop_map(|(kategori, oere, aar, dokumenteret, forbrug)| Udgift {
            kategori,
            beloeb: Beloeb::fra_oere(if aar { oere * 12 } else { oere }),
            periode: if aar { Periode::Aar } else { Periode::Maaned },
            dokumenteret,
            normalt_forbrug: Beloeb::fra_oere(forbrug),
        })
}

fn any_input() -> impl Strategy<Value = Oplysninger100> {
    (
        prop::collection::vec(any_expense(), 0..5),
        prop_oneof![Just(0i64), 0i64..50_000],
        any::<bool>(),
    )
        .prop_map(|(udgifter, forbrug, aar)| Oplysninger100 {
            person: Person {
                alder: Some(40),
                folkepension: Folkepension::IkkeNaaet,
                foertidspension: Foertidspension::Nej,
                ..Person::default()
            },
            udgifter,
            normalt_forbrug: Beloeb::fra_oere(forbrug),
            normalt_forbrug_periode: if aar { Periode::Aar } else { Periode::Maaned },
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn money_round_trips(oere in 0i64..=Beloeb::MAKS.oere()) {
        let b = Beloeb::fra_oere(oere);
        prop_assert_eq!(Beloeb::parse(&b.tal()), Ok(b));
        prop_assert_eq!(Beloeb::parse(&b.kr_tekst()), Ok(b));
        prop_assert_eq!(Beloeb::parse(&b.tal().replace('.', " ")), Ok(b));
        // Whole kroner have no decimals, others exactly two.
        let tal = b.tal();
        if b.er_hele_kroner() {
            prop_assert!(!tal.contains(','));
        } else {
            prop_assert_eq!(tal.split(',').nth(1).map(str::len), Some(2));
        }
    }

    #[test]
    fn money_parser_never_panics(s in "\\PC{0,20}") {
        let _ = Beloeb::parse(&s);
    }

    #[test]
    fn money_parser_accepts_only_what_it_can_format(s in "[0-9., kr-]{0,14}") {
        if let Ok(b) = Beloeb::parse(&s) {
            prop_assert!(b >= Beloeb::NUL && b <= Beloeb::MAKS);
            prop_assert_eq!(Beloeb::parse(&b.tal()), Ok(b));
        }
    }

    #[test]
    fn p100_is_never_negative(dato in any_date(), input in any_input()) {
        let r = beregn_100(satser(), dato, &input).unwrap();
        let m = r.maaned();
        prop_assert!(m.min >= Beloeb::NUL);
        prop_assert!(m.min <= m.max);
        prop_assert_eq!(r.trin.last().map(|t| t.id), Some("calc-estimate"));
    }

    #[test]
    fn p100_never_decreases_when_an_expense_rises(
        dato in any_date(),
        input in any_input(),
        which in any::<prop::sample::Index>(),
        extra in 1i64..300_000,
    ) {
        prop_assume!(!input.udgifter.is_empty());
        let before = beregn_100(satser(), dato, &input).unwrap();
        let mut more = input.clone();
        let i = which.index(more.udgifter.len());
        more.udgifter[i].beloeb += Beloeb::fra_oere(extra);
        let after = beregn_100(satser(), dato, &more).unwrap();
        prop_assert_eq!(before.ordning, after.ordning);
        prop_assert!(after.maaned().min >= before.maaned().min,
            "min fell from {} to {}", before.maaned().min, after.maaned().min);
        prop_assert!(after.maaned().max >= before.maaned().max,
            "max fell from {} to {}", before.maaned().max, after.maaned().max);
    }

    #[test]
    fn p100_never_decreases_when_an_expense_is_added(
        dato in any_date(),
        input in any_input(),
        udgift in any_expense(),
    ) {
        let before = beregn_100(satser(), dato, &input).unwrap();
        let mut more = input.clone();
        more.udgifter.push(udgift);
        let after = beregn_100(satser(), dato, &more).unwrap();
        prop_assert!(after.maaned().min >= before.maaned().min);
        prop_assert!(after.maaned().max >= before.maaned().max);
    }

    #[test]
    fn documenting_an_expense_never_lowers_the_amount(
        dato in any_date(),
        input in any_input(),
        which in any::<prop::sample::Index>(),
    ) {
        prop_assume!(!input.udgifter.is_empty());
        let mut estimated = input.clone();
        let i = which.index(estimated.udgifter.len());
        estimated.udgifter[i].dokumenteret = false;
        let mut documented = estimated.clone();
        documented.udgifter[i].dokumenteret = true;
        let a = beregn_100(satser(), dato, &estimated).unwrap();
        let b = beregn_100(satser(), dato, &documented).unwrap();
        prop_assert!(b.maaned().min >= a.maaned().min);
        prop_assert!(b.maaned().max >= a.maaned().max);
    }

    #[test]
    fn whatif_series_rises_and_agrees_with_the_calculator(dato in any_date()) {
        let serie = hvis_serie(satser(), dato, Beloeb::kr(4_000), Beloeb::kr(25)).unwrap();
        prop_assert_eq!(serie.ordning, ordning_for(satser(), dato).unwrap());
        for pair in serie.punkter.windows(2) {
            prop_assert!(pair[0].udgift < pair[1].udgift);
            prop_assert!(pair[1].min >= pair[0].min);
            prop_assert!(pair[1].max >= pair[0].max);
        }
        // Spot-check every 40th point against the calculator with one documented
        // positive-list expense.
        for p in serie.punkter.iter().step_by(40) {
            let input = Oplysninger100 {
                person: Person {
                    alder: Some(40),
                    folkepension: Folkepension::IkkeNaaet,
                    foertidspension: Foertidspension::Nej,
                    ..Person::default()
                },
                udgifter: vec![Udgift::ny(Udgiftskategori::Medicin, p.udgift, Periode::Maaned, true)],
                ..Oplysninger100::default()
            };
            let r = beregn_100(satser(), dato, &input).unwrap();
            prop_assert_eq!(r.maaned().min, p.min);
            prop_assert_eq!(r.maaned().max, p.max);
        }
    }
}

#[test]
fn the_regime_changes_on_1_september_2025() {
    assert_eq!(
        ordning_for(satser(), day(2025, 8, 31)).unwrap(),
        Ordning::Merudgiftsydelse
    );
    assert_eq!(
        ordning_for(satser(), day(2025, 9, 1)).unwrap(),
        Ordning::Kompensationsydelse
    );
}

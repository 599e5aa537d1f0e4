//! The what-if series: the monthly § 100 amount as a function of monthly expenses, as
//! points for a chart (and its table alternative), with the thresholds marked.
//!
//! The series uses the same functions as the calculator ([`merudgift_udfald`],
//! [`kompensation_udfald`]) and assumes every expense is documented (and, for
//! kompensationsydelse, on the positive list); the trail says so.

use chrono::NaiveDate;

use super::aar_trin;
use super::p100::{kompensation_udfald, merudgift_udfald, ordning_for, Ordning};
use super::satser::{Niveau, Satser};
use super::trin::{Art, Sats, SatsFejl, Trin};
use crate::domain::money::Beloeb;

/// One point of the series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Punkt {
    /// Monthly expenses (net, documented).
    pub udgift: Beloeb,
    /// The monthly amount: lowest and highest reading (equal unless the tables are
    /// ambiguous at this amount).
    pub min: Beloeb,
    pub max: Beloeb,
    /// Kompensationsydelse: group 1 (0 below the threshold).
    pub gruppe1: Option<Beloeb>,
    /// Kompensationsydelse: group 2 (`None` where it does not apply).
    pub gruppe2: Option<Beloeb>,
}

/// A marked amount on the expense axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Markering {
    /// Fluent message id, e.g. `"calc-marker-threshold"`.
    pub id: &'static str,
    /// For `calc-marker-interval`: the interval's number (1-based).
    pub nr: Option<usize>,
    pub beloeb: Beloeb,
    pub sats: Sats,
}

/// The series for a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hvisserie {
    pub dato: NaiveDate,
    pub ordning: Ordning,
    pub niveau: Niveau,
    /// Sorted by expense; includes 1 kr. below, at and 1 kr. above every marker.
    pub punkter: Vec<Punkt>,
    pub markeringer: Vec<Markering>,
    /// Which rates, and the assumption.
    pub trin: Vec<Trin>,
}

/// The most points a series gets (the step is widened to stay below).
pub const MAKS_PUNKTER: i64 = 2_000;

/// The series from 0 to `op_til` a month in steps of `skridt` (at least 1 kr.), plus the
/// points around every marker.
pub fn hvis_serie(
    satser: &Satser,
    dato: NaiveDate,
    op_til: Beloeb,
    skridt: Beloeb,
) -> Result<Hvisserie, SatsFejl> {
    let ordning = ordning_for(satser, dato)?;
    let op_til = op_til.max(Beloeb::NUL);
    let mut skridt = skridt.max(Beloeb::kr(1));
    if op_til.oere() / skridt.oere() > MAKS_PUNKTER {
        skridt = Beloeb::fra_oere(op_til.oere() / MAKS_PUNKTER + 1);
    }

    let mut trin = Vec::new();
    let mut markeringer = Vec::new();
    let niveau;
    let beregn: Box<dyn Fn(Beloeb) -> Punkt>;
    match ordning {
        Ordning::Merudgiftsydelse => {
            let o = satser
                .merudgift_for(dato)
                .ok_or(SatsFejl::IngenSatser("merudgift"))?;
            let t = o.tabel;
            niveau = t.niveau;
            trin.push(aar_trin(&o, "merudgift", t.kilde));
            let sats = |id, b| Sats::beloeb(id, b, niveau, t.kilde);
            markeringer.push(Markering {
                id: "calc-marker-threshold",
                nr: None,
                beloeb: t.graense,
                sats: sats("merudgift-threshold", t.graense),
            });
            for (i, iv) in t.intervaller.iter().enumerate().skip(1) {
                markeringer.push(Markering {
                    id: "calc-marker-interval",
                    nr: Some(i + 1),
                    beloeb: iv.fra,
                    sats: sats("merudgift-standard", iv.standard),
                });
                if iv.fra <= t.intervaller[i - 1].til {
                    markeringer.push(Markering {
                        id: "calc-marker-overlap",
                        nr: Some(i + 1),
                        beloeb: iv.fra,
                        sats: sats("merudgift-standard", iv.standard),
                    });
                }
            }
            markeringer.push(Markering {
                id: "calc-marker-actual",
                nr: None,
                beloeb: t.faktisk_over,
                sats: sats("merudgift-actual-above", t.faktisk_over),
            });
            beregn = Box::new(move |udgift| {
                let aar = udgift.gange(12);
                let s = merudgift_udfald(t, aar, aar).spaend();
                Punkt {
                    udgift,
                    min: s.min,
                    max: s.max,
                    gruppe1: None,
                    gruppe2: None,
                }
            });
        }
        Ordning::Kompensationsydelse => {
            let o = satser
                .kompensation_for(dato)
                .ok_or(SatsFejl::IngenSatser("kompensation"))?;
            let t = o.tabel;
            niveau = Niveau::Aar(t.aar);
            trin.push(aar_trin(&o, "kompensation", t.kilde));
            let sats = |id, b| Sats::beloeb(id, b, niveau, t.kilde);
            markeringer.push(Markering {
                id: "calc-marker-threshold",
                nr: None,
                beloeb: t.graense,
                sats: sats("kompensation-threshold", t.graense),
            });
            markeringer.push(Markering {
                id: "calc-marker-group2",
                nr: None,
                beloeb: t.gruppe2_over,
                sats: sats("kompensation-group2-above", t.gruppe2_over),
            });
            beregn = Box::new(move |udgift| {
                let aar = udgift.gange(12);
                let k = kompensation_udfald(t, aar, aar, aar);
                let best = k.maaned();
                Punkt {
                    udgift,
                    min: best,
                    max: best,
                    gruppe1: Some(k.gruppe1.unwrap_or(Beloeb::NUL)),
                    gruppe2: k.gruppe2,
                }
            });
        }
    }
    trin.push(
        Trin::ny("calc-whatif-assumption", Art::Note)
            .valg(
                "ordning",
                match ordning {
                    Ordning::Merudgiftsydelse => "merudgift",
                    Ordning::Kompensationsydelse => "kompensation",
                },
            )
            .kr("op_til", op_til)
            .kr("skridt", skridt),
    );

    let mut xs: Vec<Beloeb> = Vec::new();
    let mut x = Beloeb::NUL;
    while x <= op_til {
        xs.push(x);
        x += skridt;
    }
    for m in &markeringer {
        for x in [m.beloeb - Beloeb::kr(1), m.beloeb, m.beloeb + Beloeb::kr(1)] {
            if x >= Beloeb::NUL && x <= op_til {
                xs.push(x);
            }
        }
    }
    xs.sort();
    xs.dedup();
    let punkter = xs.into_iter().map(beregn).collect();
    Ok(Hvisserie {
        dato,
        ordning,
        niveau,
        punkter,
        markeringer,
        trin,
    })
}

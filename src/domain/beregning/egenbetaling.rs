//! Co-payments and related amounts:
//!
//! - § 109 krisecenter / § 110 forsorgshjem: the daily rate × days (food and laundry may
//!   come on top);
//! - § 97, stk. 7: the companion's expenses, most per year;
//! - § 108 botilbud: a rough estimate of the housing payment (§ 163, stk. 3): a
//!   percentage of the income up to the year's limit and a higher one above it, the
//!   income basis reduced for real single pensioners, never more than the housing's
//!   actual cost.
//!
//! Each takes a date and uses the newest year's rates not after it, and says so.

use chrono::{Datelike, NaiveDate};

use super::satser::{Boform, Niveau, Satser};
use super::trin::{Arg, Art, Sats, SatsFejl, Trin, Vaerdi};
use super::{aar_trin, skoen_trin};
use crate::domain::money::Beloeb;

// ---------------------------------------------------------------------------------------
// § 109 / § 110
// ---------------------------------------------------------------------------------------

/// Egenbetaling for a stay on a krisecenter or forsorgshjem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doegnbetaling {
    pub dato: NaiveDate,
    pub boform: Boform,
    pub niveau: Niveau,
    /// Per døgn.
    pub takst: Beloeb,
    pub doegn: u32,
    /// `takst × doegn`.
    pub i_alt: Beloeb,
    pub trin: Vec<Trin>,
}

/// A stay of `doegn` days from `fra`, at the rate of `fra`'s year.
pub fn beregn_doegnbetaling(
    satser: &Satser,
    boform: Boform,
    fra: NaiveDate,
    doegn: u32,
) -> Result<Doegnbetaling, SatsFejl> {
    let o = satser
        .doegntakst_for(boform, fra)
        .ok_or(SatsFejl::IngenSatser("daily_rate"))?;
    let t = o.tabel;
    let niveau = Niveau::Aar(t.aar);
    let sats = Sats::beloeb("daily-rate", t.beloeb, niveau, t.kilde);
    let i_alt = t.beloeb.gange(i64::from(doegn));
    let mut trin = vec![aar_trin(&o, boform.paragraf(), t.kilde)];
    trin.push(
        Trin::ny("calc-daily-rate", Art::Beregning)
            .valg("paragraf", boform.paragraf())
            .kr("takst", t.beloeb)
            .sats(sats),
    );
    trin.push(
        Trin::ny("calc-daily-total", Art::Resultat)
            .arg("doegn", Arg::Tal(i64::from(doegn)))
            .kr("takst", t.beloeb)
            .kr("i_alt", i_alt)
            .sats(sats),
    );
    // The stay reaches into a later year: the rate may change on 1 January.
    let sidste = fra.checked_add_days(chrono::Days::new(u64::from(doegn.saturating_sub(1))));
    if let Some(sidste) = sidste.filter(|d| d.year() > fra.year()) {
        trin.push(
            Trin::ny("calc-daily-year-change", Art::Note)
                .arg(
                    "aar",
                    Arg::Aar(u16::try_from(sidste.year()).unwrap_or(u16::MAX)),
                )
                .arg("brugt", Arg::Aar(t.aar)),
        );
    }
    trin.push(Trin::ny("calc-daily-covers", Art::Note).valg("paragraf", boform.paragraf()));
    trin.push(Trin::ny("calc-daily-food-laundry", Art::Note));
    trin.push(skoen_trin());
    Ok(Doegnbetaling {
        dato: fra,
        boform,
        niveau,
        takst: t.beloeb,
        doegn,
        i_alt,
        trin,
    })
}

// ---------------------------------------------------------------------------------------
// § 97, stk. 7
// ---------------------------------------------------------------------------------------

/// The companion's expenses under § 97, stk. 7.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ledsagerudgifter {
    pub dato: NaiveDate,
    pub niveau: Niveau,
    /// The most per year.
    pub hoejst_aar: Beloeb,
    /// The person's expenses per year, if given.
    pub udgifter_aar: Option<Beloeb>,
    /// What can be covered: the expenses, at most the maximum.
    pub daekket_aar: Option<Beloeb>,
    pub trin: Vec<Trin>,
}

/// The maximum for a date, and what of `udgifter_aar` it covers.
pub fn beregn_ledsagerudgifter(
    satser: &Satser,
    dato: NaiveDate,
    udgifter_aar: Option<Beloeb>,
) -> Result<Ledsagerudgifter, SatsFejl> {
    let o = satser
        .ledsager_for(dato)
        .ok_or(SatsFejl::IngenSatser("companion"))?;
    let t = o.tabel;
    let mut trin = vec![aar_trin(&o, "97", t.kilde)];
    if o.valgt == super::Valgt::FoerData {
        if let Some(lov) = satser.ledsager_lovtekst() {
            trin.push(
                Trin::ny("calc-companion-law-text", Art::Note)
                    .kr("beloeb", lov.beloeb)
                    .sats(Sats::beloeb(
                        "companion-law-text",
                        lov.beloeb,
                        lov.niveau,
                        lov.kilde,
                    )),
            );
        }
    }
    let sats = Sats::beloeb("companion-max", t.beloeb, t.niveau, t.kilde);
    trin.push(
        Trin::ny("calc-companion-max", Art::Resultat)
            .kr("hoejst", t.beloeb)
            .sats(sats),
    );
    let daekket_aar = udgifter_aar.map(|u| u.max(Beloeb::NUL).min(t.beloeb));
    if let (Some(u), Some(d)) = (udgifter_aar, daekket_aar) {
        trin.push(
            Trin::ny("calc-companion-covered", Art::Resultat)
                .kr("udgifter", u)
                .kr("daekket", d)
                .sats(sats),
        );
        if u > t.beloeb {
            trin.push(
                Trin::ny("calc-companion-above-max", Art::Note)
                    .kr("over", u - t.beloeb)
                    .kr("hoejst", t.beloeb),
            );
        }
    }
    trin.push(skoen_trin());
    Ok(Ledsagerudgifter {
        dato,
        niveau: t.niveau,
        hoejst_aar: t.beloeb,
        udgifter_aar,
        daekket_aar,
        trin,
    })
}

// ---------------------------------------------------------------------------------------
// § 108
// ---------------------------------------------------------------------------------------

/// What the § 108 estimate needs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Botilbudsoplysninger {
    /// The person's income per year (before tax).
    pub indkomst_aar: Beloeb,
    /// A real single pensioner ("reelt enlig pensionist").
    pub reelt_enlig_pensionist: bool,
    /// The housing's actual cost per year, if known (the payment never exceeds it).
    pub boligudgift_aar: Option<Beloeb>,
}

/// A rough estimate of the payment for the housing in a § 108 botilbud.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Botilbudsbetaling {
    pub dato: NaiveDate,
    pub niveau: Niveau,
    /// The income basis (after the single-pensioner reduction).
    pub grundlag_aar: Beloeb,
    /// The percentage of the basis up to the limit.
    pub under_graensen_aar: Beloeb,
    /// The percentage of the basis above the limit.
    pub over_graensen_aar: Beloeb,
    /// Before the cap.
    pub beregnet_aar: Beloeb,
    /// After the cap (never above the actual housing cost).
    pub betaling_aar: Beloeb,
    pub betaling_maaned: Beloeb,
    /// The actual housing cost capped the payment.
    pub loft_brugt: bool,
    /// Always `true`: the portal gives a rough estimate only.
    pub groft_skoen: bool,
    pub trin: Vec<Trin>,
}

/// The § 108 housing payment for a date (a rough estimate).
pub fn beregn_botilbudsbetaling(
    satser: &Satser,
    dato: NaiveDate,
    input: &Botilbudsoplysninger,
) -> Result<Botilbudsbetaling, SatsFejl> {
    let o = satser
        .botilbud_for(dato)
        .ok_or(SatsFejl::IngenSatser("housing"))?;
    let t = o.tabel;
    let niveau = Niveau::Aar(t.aar);
    let kr_sats = |id, b| Sats::beloeb(id, b, niveau, t.kilde);
    let pct_sats = |id, p| Sats {
        id,
        vaerdi: Vaerdi::Procent(p),
        niveau,
        kilde: t.kilde,
    };

    let mut trin = vec![aar_trin(&o, "108", t.kilde)];
    let indkomst = input.indkomst_aar.max(Beloeb::NUL);
    trin.push(Trin::ny("calc-housing-income", Art::Beregning).kr("indkomst", indkomst));
    let grundlag = if input.reelt_enlig_pensionist {
        let g = indkomst.minus_ned_til_nul(t.enlig_pensionist_fradrag);
        trin.push(
            Trin::ny("calc-housing-single-pensioner", Art::Beregning)
                .kr("fradrag", t.enlig_pensionist_fradrag)
                .kr("grundlag", g)
                .sats(kr_sats(
                    "housing-single-pensioner",
                    t.enlig_pensionist_fradrag,
                )),
        );
        g
    } else {
        indkomst
    };
    let under_del = grundlag.min(t.indkomstgraense);
    let over_del = grundlag.minus_ned_til_nul(t.indkomstgraense);
    let under = under_del.procent(t.procent_under);
    let over = over_del.procent(t.procent_over);
    trin.push(
        Trin::ny("calc-housing-below", Art::Beregning)
            .arg("procent", Arg::Procent(t.procent_under))
            .kr("graense", t.indkomstgraense)
            .kr("grundlag", under_del)
            .kr("beloeb", under)
            .sats(kr_sats("housing-income-limit", t.indkomstgraense))
            .sats(pct_sats("housing-percent-below", t.procent_under)),
    );
    if over_del > Beloeb::NUL {
        trin.push(
            Trin::ny("calc-housing-above", Art::Beregning)
                .arg("procent", Arg::Procent(t.procent_over))
                .kr("graense", t.indkomstgraense)
                .kr("grundlag", over_del)
                .kr("beloeb", over)
                .sats(pct_sats("housing-percent-above", t.procent_over)),
        );
    }
    let beregnet = under + over;
    trin.push(
        Trin::ny("calc-housing-sum", Art::Beregning)
            .kr("aar", beregnet)
            .kr("maaned", beregnet.del(12)),
    );
    let (betaling, loft_brugt) = match input.boligudgift_aar {
        Some(bolig) if beregnet > bolig => {
            trin.push(
                Trin::ny("calc-housing-capped", Art::Beregning)
                    .kr("boligudgift", bolig)
                    .kr("beregnet", beregnet),
            );
            (bolig.max(Beloeb::NUL), true)
        }
        Some(bolig) => {
            trin.push(Trin::ny("calc-housing-under-cap", Art::Note).kr("boligudgift", bolig));
            (beregnet, false)
        }
        None => {
            trin.push(Trin::ny("calc-housing-cap-unknown", Art::Note));
            (beregnet, false)
        }
    };
    trin.push(
        Trin::ny("calc-result", Art::Resultat)
            .kr("maaned", betaling.del(12))
            .kr("aar", betaling),
    );
    trin.push(Trin::ny("calc-housing-services-extra", Art::Note));
    trin.push(Trin::ny("calc-rough-estimate", Art::Advarsel));
    trin.push(skoen_trin());
    Ok(Botilbudsbetaling {
        dato,
        niveau,
        grundlag_aar: grundlag,
        under_graensen_aar: under,
        over_graensen_aar: over,
        beregnet_aar: beregnet,
        betaling_aar: betaling,
        betaling_maaned: betaling.del(12),
        loft_brugt,
        groft_skoen: true,
        trin,
    })
}

//! Beregn: the calculators' pages. The domain (`domain::beregning`, `domain::money`)
//! computes every amount, step, rate, year and source; these pages collect the input,
//! show errors next to the fields and in a summary, and render the result with its
//! trail. There is no rule and no rate in here.
//!
//! - `/beregn`: the calculators, and the chosen municipality's services without
//!   egenbetaling (with what the person pays for themselves);
//! - `/beregn/kompensationsydelse`: § 100 (both regimes), the what-if chart, and
//!   "Tag med i ansøgningen";
//! - `/beregn/krisecenter-og-forsorgshjem` (§ 109/§ 110), `/beregn/ledsager` (§ 97),
//!   `/beregn/botilbud` (§ 108).

mod egenbetaling;
mod felter;
mod graf;
mod p100;
mod trail;

pub use egenbetaling::{BeregnBotilbud, BeregnDoegn, BeregnLedsager};
pub use p100::Beregn100;

use super::{PageHead, P};
use crate::domain::beregning::{
    beregn_100, satser, Beregning100, Foertidspension, Folkepension, Oplysninger100, Periode,
    Person, SatsFejl, Udgift, Udgiftskategori,
};
use crate::domain::content::{self, Egenbetalingsform};
use crate::domain::money::Beloeb;
use crate::domain::privacy;
use crate::ui::i18n::use_i18n;
use crate::ui::shell::MunicipalityPicker;
use crate::ui::storage::Store;
use crate::ui::{tk, use_chosen};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;

/// Whether the application draft (`/ansoegning`) exists yet; until it does, the page
/// says that the kept calculation waits for it.
pub const ANSOEGNING_KLAR: bool = true;

/// The calculators on `/beregn`: (path, title key, one-sentence explanation key).
const BEREGNERE: &[(&str, &str, &str)] = &[
    (
        "/beregn/kompensationsydelse",
        tk("beregn-100-link"),
        tk("beregn-100-explain"),
    ),
    (
        "/beregn/krisecenter-og-forsorgshjem",
        tk("beregn-doegn-link"),
        tk("beregn-doegn-explain"),
    ),
    (
        "/beregn/ledsager",
        tk("beregn-ledsager-link"),
        tk("beregn-ledsager-explain"),
    ),
    (
        "/beregn/botilbud",
        tk("beregn-botilbud-link"),
        tk("beregn-botilbud-explain"),
    ),
];

// ---------------------------------------------------------------------------------------
// The kept § 100 calculation (for the application draft)
// ---------------------------------------------------------------------------------------

/// A § 100 calculation's input, kept so that the application draft can take it (and
/// compute it again with [`Gemt100::beregn`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gemt100 {
    pub dato: NaiveDate,
    pub oplysninger: Oplysninger100,
}

impl Gemt100 {
    /// The calculation, with the portal's rates.
    pub fn beregn(&self) -> Result<Beregning100, SatsFejl> {
        beregn_100(satser(), self.dato, &self.oplysninger)
    }

    /// A small line format for the storage module (`key=value` lines).
    pub fn til_tekst(&self) -> String {
        let p = &self.oplysninger.person;
        let ja_nej = |b: bool| if b { "ja" } else { "nej" };
        let mut out = vec![
            "v=1".to_string(),
            format!("dato={}", crate::domain::dato::iso(self.dato)),
        ];
        if let Some(a) = p.alder {
            out.push(format!("alder={a}"));
        }
        match p.folkepension {
            Folkepension::IkkeBesvaret => {}
            Folkepension::IkkeNaaet => out.push("folkepension=ikke-naaet".into()),
            Folkepension::Opsat => out.push("folkepension=opsat".into()),
            Folkepension::Modtager => out.push("folkepension=modtager".into()),
        }
        match p.foertidspension {
            Foertidspension::IkkeBesvaret => {}
            Foertidspension::Nej => out.push("foertidspension=nej".into()),
            Foertidspension::EfterNyeRegler => out.push("foertidspension=efter".into()),
            Foertidspension::FoerNyeRegler => out.push("foertidspension=foer".into()),
        }
        for (k, v) in [
            ("bpa", p.bpa_96),
            ("p95", p.tilskud_95),
            ("merudgift", p.modtager_merudgiftsydelse),
        ] {
            if let Some(v) = v {
                out.push(format!("{k}={}", ja_nej(v)));
            }
        }
        let o = &self.oplysninger;
        out.push(format!("forbrug={}", o.normalt_forbrug.oere()));
        out.push(format!(
            "forbrug-periode={}",
            o.normalt_forbrug_periode.tekst()
        ));
        for u in &o.udgifter {
            out.push(format!(
                "udgift={};{};{};{};{}",
                u.kategori.as_str(),
                u.beloeb.oere(),
                u.periode.tekst(),
                ja_nej(u.dokumenteret),
                u.normalt_forbrug.oere()
            ));
        }
        out.join("\n")
    }

    /// Reads [`Gemt100::til_tekst`]; `None` for anything it did not write.
    pub fn fra_tekst(tekst: &str) -> Option<Gemt100> {
        let beloeb = |s: &str| -> Option<Beloeb> {
            let n: i64 = s.parse().ok()?;
            (0..=Beloeb::MAKS.oere())
                .contains(&n)
                .then(|| Beloeb::fra_oere(n))
        };
        let periode = |s: &str| match s {
            "month" => Some(Periode::Maaned),
            "year" => Some(Periode::Aar),
            _ => None,
        };
        let ja_nej = |s: &str| match s {
            "ja" => Some(true),
            "nej" => Some(false),
            _ => None,
        };
        let mut lines = tekst.lines();
        if lines.next()? != "v=1" {
            return None;
        }
        let mut dato = None;
        let mut p = Person::default();
        let mut o = Oplysninger100::default();
        for line in lines {
            let (k, v) = line.split_once('=')?;
            match k {
                "dato" => dato = crate::domain::dato::fra_iso(v),
                "alder" => p.alder = Some(v.parse().ok()?),
                "folkepension" => {
                    p.folkepension = match v {
                        "ikke-naaet" => Folkepension::IkkeNaaet,
                        "opsat" => Folkepension::Opsat,
                        "modtager" => Folkepension::Modtager,
                        _ => return None,
                    }
                }
                "foertidspension" => {
                    p.foertidspension = match v {
                        "nej" => Foertidspension::Nej,
                        "efter" => Foertidspension::EfterNyeRegler,
                        "foer" => Foertidspension::FoerNyeRegler,
                        _ => return None,
                    }
                }
                "bpa" => p.bpa_96 = Some(ja_nej(v)?),
                "p95" => p.tilskud_95 = Some(ja_nej(v)?),
                "merudgift" => p.modtager_merudgiftsydelse = Some(ja_nej(v)?),
                "forbrug" => o.normalt_forbrug = beloeb(v)?,
                "forbrug-periode" => o.normalt_forbrug_periode = periode(v)?,
                "udgift" => {
                    let f: Vec<&str> = v.split(';').collect();
                    if f.len() != 5 {
                        return None;
                    }
                    o.udgifter.push(Udgift {
                        kategori: Udgiftskategori::parse(f[0])?,
                        beloeb: beloeb(f[1])?,
                        periode: periode(f[2])?,
                        dokumenteret: ja_nej(f[3])?,
                        normalt_forbrug: beloeb(f[4])?,
                    });
                }
                _ => return None,
            }
        }
        o.person = p;
        Some(Gemt100 {
            dato: dato?,
            oplysninger: o,
        })
    }
}

/// The last § 100 calculation the person chose to take into the application draft.
/// App-level; it lives in the storage module (the tab's memory, and the device only in
/// "Gem på denne enhed"), so "Slet alle mine data" removes it too.
#[derive(Clone, Copy)]
pub struct SidsteBeregning {
    store: Store,
}

impl SidsteBeregning {
    pub fn new(store: Store) -> SidsteBeregning {
        // A kept calculation that cannot be read is reported by the store (checked when
        // the store was read anew), not silently dropped.
        Effect::new(move |_| {
            store.indlaest.track();
            store.take(&privacy::BEREGNING_100, |t| {
                Gemt100::fra_tekst(t).map(|_| ())
            });
        });
        SidsteBeregning { store }
    }

    /// The kept calculation (reactive).
    pub fn get(&self) -> Option<Gemt100> {
        self.store
            .get(&privacy::BEREGNING_100)
            .and_then(|t| Gemt100::fra_tekst(&t))
    }

    pub fn get_untracked(&self) -> Option<Gemt100> {
        untrack(|| self.get())
    }

    /// Keeps a calculation for the application draft.
    pub fn set(&self, g: &Gemt100) {
        self.store.set(&privacy::BEREGNING_100, g.til_tekst());
    }

    /// Forgets it.
    pub fn fjern(&self) {
        self.store.remove(&privacy::BEREGNING_100);
    }
}

pub fn use_sidste_beregning() -> SidsteBeregning {
    expect_context::<SidsteBeregning>()
}

// ---------------------------------------------------------------------------------------
// /beregn
// ---------------------------------------------------------------------------------------

#[component]
pub fn Calculators() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page-narrow">
            <PageHead title=tk("calculators-title") heading=tk("calculators-heading") />
            <P key=tk("beregn-lead") class="font-lead" />
            <ul class="task-list unstyled-list calc-list" data-testid="calculators">
                {BEREGNERE
                    .iter()
                    .map(|(href, title, text)| view! {
                        <li class="task-card">
                            <A href=*href attr:class="task-link">{move || i18n.t(title)}</A>
                            <p>{move || i18n.t(text)}</p>
                        </li>
                    })
                    .collect_view()}
            </ul>
            <div class="alert alert-info" role="note">
                <div class="alert-body">
                    <p class="alert-text">{move || i18n.t("beregn-estimate-note")}</p>
                </div>
            </div>
            <GratisYdelser />
        </div>
    }
}

/// The chosen municipality's services with no egenbetaling, and what the person pays for
/// themselves (from the content).
#[component]
fn GratisYdelser() -> impl IntoView {
    let i18n = use_i18n();
    let chosen = use_chosen();
    view! {
        <section class="free-services" aria-labelledby="free-heading">
            <h2 id="free-heading">{move || i18n.t("beregn-free-heading")}</h2>
            {move || match chosen.municipality.get().and_then(|id| content::municipality(&id)) {
                None => view! {
                    <P key=tk("beregn-free-choose") />
                    <MunicipalityPicker id="beregn-municipality" />
                }
                .into_any(),
                Some(m) => {
                    // The municipality's own standards, and the law's floor where it has none.
                    let gratis: Vec<_> = content::standards_in(m.id)
                        .into_iter()
                        .filter(|s| s.egenbetaling.kind == Egenbetalingsform::Ingen)
                        .collect();
                    view! {
                        <p>{move || i18n.t_with("beregn-free-intro", &[("kommune", m.name)])}</p>
                        {(!m.own_data).then(|| view! {
                            <p data-testid="free-services-law">{move || i18n.t_with("beregn-free-law", &[("kommune", m.name)])}</p>
                        })}
                        <ul class="free-list" data-testid="free-services">
                            {gratis
                                .into_iter()
                                .map(|s| view! {
                                    <li>
                                        <A href=s.path_in(m.id)>{s.title}</A>
                                        {s.is_national().then(|| view! {
                                            <span class="free-self-paid">{s.egenbetaling.text}</span>
                                        })}
                                        {(!s.egenbetaling.self_paid.is_empty()).then(|| view! {
                                            <span class="free-self-paid">
                                                {move || i18n.t("beregn-free-self-paid")} " "
                                                {s.egenbetaling.self_paid.join(" ")}
                                            </span>
                                        })}
                                    </li>
                                })
                                .collect_view()}
                        </ul>
                        <p class="form-hint">{move || i18n.t("beregn-free-note")}</p>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

/// "Beregn › <page>" above a calculator.
#[component]
fn Kruemmer(title: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <crate::ui::components::Breadcrumbs
            parent_href="/beregn"
            parent=Signal::derive(move || i18n.t("nav-calculators"))
            current=Signal::derive(move || i18n.t(title))
            label=Signal::derive(move || i18n.t("breadcrumb-label"))
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::beregning::{FLUENT_IDS, SATS_IDS};
    use crate::ui::i18n::Lang;
    use std::collections::BTreeSet;

    fn keys(lang: Lang) -> BTreeSet<String> {
        crate::ui::i18n::keys(lang).map(str::to_string).collect()
    }

    /// The ids the domain gives (trail steps, money errors, rate names, categories)
    /// and the privacy descriptions exist in both languages.
    #[test]
    fn every_domain_message_id_has_a_text() {
        let mut wanted: Vec<String> = FLUENT_IDS.iter().map(|s| s.to_string()).collect();
        wanted.extend(SATS_IDS.iter().map(|id| format!("calc-rate-{id}")));
        wanted.extend(
            crate::domain::money::BeloebFejl::ALL
                .iter()
                .map(|f| f.fluent_id().to_string()),
        );
        wanted.extend(
            Udgiftskategori::ALL
                .iter()
                .map(|k| crate::domain::beregning::p100::kategori_id(*k).to_string()),
        );
        wanted.extend(
            privacy::STORED_ITEMS
                .iter()
                .map(|i| i.description.to_string()),
        );
        for lang in Lang::ALL {
            let have = keys(lang);
            let missing: Vec<_> = wanted.iter().filter(|k| !have.contains(*k)).collect();
            assert!(missing.is_empty(), "{lang:?} misses {missing:?}");
        }
    }

    #[test]
    fn kept_calculation_round_trips() {
        let g = Gemt100 {
            dato: NaiveDate::from_ymd_opt(2025, 10, 1).unwrap(),
            oplysninger: Oplysninger100 {
                person: Person {
                    alder: Some(45),
                    folkepension: Folkepension::IkkeNaaet,
                    foertidspension: Foertidspension::FoerNyeRegler,
                    bpa_96: Some(true),
                    tilskud_95: None,
                    modtager_merudgiftsydelse: Some(false),
                },
                udgifter: vec![
                    Udgift {
                        kategori: Udgiftskategori::Medicin,
                        beloeb: Beloeb::fra_oere(153_050),
                        periode: Periode::Maaned,
                        dokumenteret: true,
                        normalt_forbrug: Beloeb::kr(100),
                    },
                    Udgift::ny(
                        Udgiftskategori::Andet,
                        Beloeb::kr(6000),
                        Periode::Aar,
                        false,
                    ),
                ],
                normalt_forbrug: Beloeb::kr(50),
                normalt_forbrug_periode: Periode::Aar,
            },
        };
        assert_eq!(Gemt100::fra_tekst(&g.til_tekst()), Some(g.clone()));
        assert!(g.beregn().is_ok());
        assert_eq!(Gemt100::fra_tekst("v=2\ndato=2025-10-01"), None);
        assert_eq!(
            Gemt100::fra_tekst("v=1\nudgift=medicin;-5;month;ja;0"),
            None
        );
        assert_eq!(Gemt100::fra_tekst("v=1"), None);
    }
}

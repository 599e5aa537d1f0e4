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
pub use crate::domain::beregning::Gemt100;
use crate::domain::content::{self, Egenbetalingsform};
use crate::domain::privacy;
use crate::ui::i18n::use_i18n;
use crate::ui::shell::MunicipalityPicker;
use crate::ui::storage::Store;
use crate::ui::{tk, use_chosen};
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
                Gemt100::laes(t).ok().map(|_| ())
            });
        });
        SidsteBeregning { store }
    }

    /// The kept calculation (reactive).
    pub fn get(&self) -> Option<Gemt100> {
        self.store
            .get(&privacy::BEREGNING_100)
            .and_then(|t| Gemt100::laes(&t).ok())
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
    use crate::domain::beregning::{Udgiftskategori, FLUENT_IDS, SATS_IDS};
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
}

//! Ansøgning: the application draft's pages. The domain (`domain::ansoegning`) holds the
//! draft, the steps, the validation, the file format and the dates; these pages collect
//! and render.
//!
//! - `/ansoegning`: what it is, who writes (the citizen or a helper), start / continue,
//!   "Åbn gemt ansøgning".
//! - `/ansoegning/:trin`: one step ([`trin`]); `tjek` is "Tjek dine svar" with the print
//!   layout ([`tjek`]); `kvittering` is the receipt and next steps ([`kvittering`]).
//!
//! The draft lives in the app-wide [`Ansoegning`] context and goes through the storage
//! module: the tab's memory by default, the device only in "Gem på denne enhed". Nothing
//! is sent anywhere; a CPR number is never in a URL or a file name.

mod felter;
mod kvittering;
mod tjek;
mod trin;

pub use kvittering::Kvittering;
pub use trin::AnsoegningTrin;

use super::P;
use crate::domain::ansoegning::{self as domain, fil, ordvalg, Kladde, Ordvalg, Rolle, Trin};
use crate::domain::privacy::{self, StorageMode};
use crate::ui::browser;
use crate::ui::components::PageTitle;
use crate::ui::i18n::{translate_with, use_i18n, Lang};
use crate::ui::shell::MAIN_HEADING_ID;
use crate::ui::storage::{use_store, Store};
use crate::ui::{tk, use_answers, use_chosen};
use felter::{Fejlopsummering, Valg};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The start page.
pub const START: &str = "/ansoegning";

/// The path of a step.
pub fn trin_sti(t: Trin) -> String {
    format!("{START}/{}", t.id())
}

/// The application draft, app-wide.
#[derive(Clone, Copy)]
pub struct Ansoegning {
    pub kladde: RwSignal<Kladde>,
    /// Changes not yet saved as a file (or on the device).
    pub ugemt: RwSignal<bool>,
    /// The last change was refused: the draft would have become too large to save as a
    /// file and open again ([`fil::MAKS_BYTES`]). Nothing already in the draft was lost.
    pub for_stor: RwSignal<bool>,
    /// The draft's wording (du / personen / hun …, see [`ord_args`]) in the UI's language.
    /// A memo: it changes only when the wording or the language does, not on every key
    /// typed into the draft, so the labels and texts built from it are not formatted again
    /// on every key (issue 15).
    pub ord: Memo<Vec<(&'static str, String)>>,
    store: Store,
}

impl Ansoegning {
    /// The context; follows the storage module (a draft saved on the device comes back
    /// after start-up; "Slet alle mine data" empties it) and warns before the page is left
    /// with unsaved changes.
    pub fn new(store: Store) -> Ansoegning {
        let i18n = use_i18n();
        let kladde = RwSignal::new(Kladde::default());
        let valg = Memo::new(move |_| kladde.with(ordvalg));
        let a = Ansoegning {
            kladde,
            ugemt: RwSignal::new(false),
            for_stor: RwSignal::new(false),
            ord: Memo::new(move |_| valg.with(|o| ord_args_for(i18n.lang.get(), o))),
            store,
        };
        // The draft comes from the store only when the store was read anew (start-up,
        // "Slet alle mine data", another tab): never because this tab wrote it. A stored
        // draft that cannot be read is reported by the store and left as it is.
        Effect::new(move |_| {
            store.indlaest.track();
            let kept = store
                .take(&privacy::ANSOEGNING_KLADDE, |t| fil::laes(t).ok())
                .unwrap_or_default();
            if a.kladde.with_untracked(|k| *k != kept) {
                a.kladde.set(kept);
                a.ugemt.set(false);
            }
        });
        Effect::new(move |prev: Option<()>| {
            if prev.is_none() {
                browser::advar_ved_forlad(move || a.advar());
            }
        });
        a
    }

    /// Whether leaving the page would lose work: unsaved changes, and not on the device.
    pub fn advar(&self) -> bool {
        self.ugemt.try_get_untracked().unwrap_or(false)
            && self.store.mode.try_get_untracked() != Some(StorageMode::Device)
            && self
                .kladde
                .try_with_untracked(|k| !k.er_tom())
                .unwrap_or(false)
    }

    /// Keeps the draft through the storage module (`skrevet`: the draft as a file).
    fn gem(&self, k: &Kladde, skrevet: String) {
        if k.er_tom() {
            self.store.remove(&privacy::ANSOEGNING_KLADDE);
        } else {
            self.store.set(&privacy::ANSOEGNING_KLADDE, skrevet);
        }
    }

    /// Changes the draft (and keeps it through the storage module). A change that would
    /// make the draft too large to open again is refused (and said so); the draft stays
    /// as it was, so nothing already written is lost.
    pub fn opdater(&self, f: impl FnOnce(&mut Kladde)) {
        let mut k = self.kladde.get_untracked();
        f(&mut k);
        let skrevet = fil::skriv(&k, browser::idag());
        if !fil::kan_laeses(&skrevet) {
            self.for_stor.set(true);
            return;
        }
        if self.for_stor.get_untracked() {
            self.for_stor.set(false);
        }
        self.gem(&k, skrevet);
        self.kladde.set(k);
        self.ugemt.set(true);
    }

    /// Replaces the draft with an opened file.
    pub fn erstat(&self, k: Kladde) {
        let skrevet = fil::skriv(&k, browser::idag());
        self.gem(&k, skrevet);
        self.kladde.set(k);
        self.ugemt.set(false);
    }

    /// Starts over with an empty draft.
    pub fn ryd(&self) {
        let k = Kladde::default();
        self.gem(&k, String::new());
        self.kladde.set(k);
        self.ugemt.set(false);
        self.for_stor.set(false);
    }

    /// "Gem som fil": downloads the draft as a versioned JSON file named by date.
    pub fn gem_som_fil(&self) {
        let idag = browser::idag();
        let tekst = self.kladde.with_untracked(|k| fil::skriv(k, idag));
        browser::hent(&fil::filnavn(idag), "application/json", &tekst);
        self.ugemt.set(false);
    }
}

pub fn use_ansoegning() -> Ansoegning {
    expect_context::<Ansoegning>()
}

/// The wording arguments for Fluent: `hvem` (du / personen / hun / han / navn), `navn`,
/// and the words `subj` (du / personen / hun …), `obj` (dig / personen / hende …),
/// `poss` (din / personens / hendes …) and `subjstort` (Du / Personen / Hun …).
pub fn ord_args(lang: Lang, k: &Kladde) -> Vec<(&'static str, String)> {
    ord_args_for(lang, &ordvalg(k))
}

/// [`ord_args`] for a wording already worked out.
fn ord_args_for(lang: Lang, o: &Ordvalg) -> Vec<(&'static str, String)> {
    let navngen = if o.navn.ends_with(['s', 'x', 'z']) {
        format!("{}'", o.navn)
    } else {
        format!("{}s", o.navn)
    };
    let base = [
        ("hvem", o.hvem.to_string()),
        ("navn", o.navn.clone()),
        ("navngen", navngen),
    ];
    let refs: Vec<(&str, &str)> = base.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let w = |key: &str| translate_with(lang, key, &refs);
    let mut out: Vec<(&'static str, String)> = base.to_vec();
    out.push(("subj", w("ans-ord-subj")));
    out.push(("obj", w("ans-ord-obj")));
    out.push(("poss", w("ans-ord-poss")));
    out.push(("subjstort", w("ans-ord-subj-stort")));
    out
}

/// A view of the draft in the UI's language, drawn again when either changes.
pub fn med_kladde<V: IntoView + 'static>(
    vis: impl Fn(Lang, Kladde) -> V + Send + Sync + 'static,
) -> impl Fn() -> V + Send + Sync + 'static {
    let i18n = use_i18n();
    let a = use_ansoegning();
    move || vis(i18n.lang.get(), a.kladde.get())
}

/// Translates with the wording arguments and extra ones.
pub fn tekst(lang: Lang, k: &Kladde, key: &str, extra: &[(&str, &str)]) -> String {
    med_ord(lang, &ord_args(lang, k), key, extra)
}

/// Translates with given wording arguments ([`ord_args`]) and extra ones.
fn med_ord(
    lang: Lang,
    ord: &[(&'static str, String)],
    key: &str,
    extra: &[(&str, &str)],
) -> String {
    let mut args: Vec<(&str, &str)> = ord.iter().map(|(k, v)| (*k, v.as_str())).collect();
    args.extend_from_slice(extra);
    translate_with(lang, key, &args)
}

/// A reactive text with the wording of the current draft: formatted again only when the
/// wording or the language changes ([`Ansoegning::ord`]), not on every key typed.
pub fn t_ord(key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    let a = use_ansoegning();
    move || a.ord.with(|o| med_ord(i18n.lang.get(), o, key, &[]))
}

/// "Gem som fil", and in memory mode the notice that the draft is gone when the tab
/// closes (while there are unsaved changes).
#[component]
pub fn Gemmelinje() -> impl IntoView {
    let i18n = use_i18n();
    let a = use_ansoegning();
    let store = use_store();
    view! {
        <div class="ans-save ans-no-print">
            <div role="alert">
                {move || a.for_stor.get().then(|| view! {
                    <div class="alert alert-error" data-testid="draft-too-big">
                        <div class="alert-body"><p class="alert-text">{move || i18n.t("ans-for-stor")}</p></div>
                    </div>
                })}
            </div>
            <div role="status" aria-live="polite">
                {move || (a.ugemt.get() && store.mode.get() != StorageMode::Device).then(|| view! {
                    <div class="alert alert-warning ans-unsaved" data-testid="unsaved-notice">
                        <div class="alert-body">
                            <p class="alert-text">
                                {move || i18n.t("ans-ugemt")} " "
                                <a href="/om-portalen">{move || i18n.t("ans-ugemt-link")}</a>
                            </p>
                        </div>
                    </div>
                })}
                {move || (store.mode.get() == StorageMode::Device).then(|| view! {
                    <p class="form-hint">{move || i18n.t("ans-gemmes-paa-enheden")}</p>
                })}
            </div>
            <button type="button" class="button button-secondary" data-testid="save-file" on:click=move |_| a.gem_som_fil()>
                {move || i18n.t("ans-gem-som-fil")}
            </button>
        </div>
    }
}

/// "Åbn gemt ansøgning": a file field; on success the draft is replaced, on failure the
/// current draft stays and a plain message says why.
#[component]
pub fn AabnFil() -> impl IntoView {
    let i18n = use_i18n();
    let a = use_ansoegning();
    let status = RwSignal::new(None::<Result<(), fil::FilFejl>>);
    let on_change = move |ev: leptos::ev::Event| {
        browser::laes_valgt(&ev, move |r| {
            let r = r.and_then(|t| fil::laes(&t));
            match r {
                Ok(k) => {
                    a.erstat(k);
                    status.set(Some(Ok(())));
                }
                Err(e) => status.set(Some(Err(e))),
            }
        });
    };
    view! {
        <section class="ans-open" aria-labelledby="ans-open-heading">
            <h2 id="ans-open-heading">{move || i18n.t("ans-aabn-heading")}</h2>
            <div class=move || if matches!(status.get(), Some(Err(_))) { "form-group form-error" } else { "form-group" }>
                <label class="form-label" for="ans-fil">{move || i18n.t("ans-aabn-label")}</label>
                <span class="form-hint" id="ans-fil-hint">{move || i18n.t("ans-aabn-hint")}</span>
                {move || match status.get() {
                    Some(Err(e)) => Some(view! {
                        <span class="form-error-message" id="ans-fil-error" data-testid="open-error">
                            <span class="sr-only">{i18n.t("form-error-prefix")} " "</span>
                            {i18n.t_with(e.besked_id(), &[("detalje", &e.detalje())])}
                        </span>
                    }),
                    _ => None,
                }}
                <input
                    type="file"
                    id="ans-fil"
                    class="form-input ans-file-input"
                    accept=".json,application/json"
                    aria-describedby=move || if matches!(status.get(), Some(Err(_))) { "ans-fil-hint ans-fil-error" } else { "ans-fil-hint" }
                    on:change=on_change
                />
            </div>
            <div role="status" aria-live="polite">
                {move || matches!(status.get(), Some(Ok(()))).then(|| view! {
                    <p class="ans-opened" data-testid="open-ok"><strong>{i18n.t("ans-aabn-ok")}</strong></p>
                })}
            </div>
        </section>
    }
}

const START_PUNKTER: &[&str] = &[
    tk("ans-start-punkt-1"),
    tk("ans-start-punkt-2"),
    tk("ans-start-punkt-3"),
    tk("ans-start-punkt-4"),
];

/// `/ansoegning`: the start page.
#[component]
pub fn Application() -> impl IntoView {
    let i18n = use_i18n();
    let a = use_ansoegning();
    let answers = use_answers();
    let chosen = use_chosen();
    let navigate = use_navigate();
    let begyndt = move || a.kladde.with(|k| !k.er_tom());
    let fra_svar = answers.svar.with_untracked(|s| match s.hvem {
        Some(crate::domain::screener::Hvem::Hjaelper) => Some(Rolle::Hjaelper),
        Some(_) => Some(Rolle::Selv),
        None => None,
    });
    let rolle = RwSignal::new(if begyndt() {
        Some(a.kladde.with_untracked(|k| k.rolle))
    } else {
        fra_svar
    });
    let fejl = RwSignal::new(Vec::<domain::Fejl>::new());
    let nav = navigate.clone();
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let kladdens = a
            .kladde
            .with_untracked(|k| (!k.er_tom()).then_some(k.rolle));
        let Some(r) = rolle.get_untracked().or(kladdens) else {
            fejl.set(vec![domain::Fejl {
                felt: "rolle-selv".into(),
                besked: "ans-fejl-hvem-skriver",
            }]);
            crate::ui::components::focus_error_summary();
            return;
        };
        fejl.set(vec![]);
        let svar = answers.svar.get_untracked();
        let valgt_kommune = chosen.municipality.get_untracked();
        a.opdater(|k| {
            domain::udfyld_fra_screener(k, &svar);
            k.rolle = r;
            if k.kommune.is_none() {
                k.kommune = valgt_kommune;
            }
        });
        nav(&trin_sti(Trin::OmDig), Default::default());
    };
    // "Slet ansøgningen og start forfra" asks first; the answer moves focus back.
    let spoerg = RwSignal::new(false);
    let ryd = move |_| {
        a.ryd();
        rolle.set(None);
        spoerg.set(false);
        browser::focus_later(MAIN_HEADING_ID);
    };
    let fortryd = move |_| {
        spoerg.set(false);
        browser::focus_later("ans-clear");
    };
    let title = move || {
        let t = i18n.t("application-title");
        if fejl.with(|f| f.is_empty()) {
            t
        } else {
            i18n.t_with("ans-title-error", &[("title", &t)])
        }
    };
    let valg = vec![
        ("selv".to_string(), tk("ans-rolle-selv")),
        ("hjaelper".to_string(), tk("ans-rolle-hjaelper")),
    ];
    view! {
        <div class="page-narrow ans-start">
            <PageTitle text=title />
            <Fejlopsummering fejl=fejl />
            <h1 id=MAIN_HEADING_ID tabindex="-1">{move || i18n.t("application-heading")}</h1>
            <P key=tk("application-lead") class="font-lead" />
            <ul>{START_PUNKTER.iter().map(|k| view! { <li>{move || i18n.t(k)}</li> }).collect_view()}</ul>
            <div class="alert alert-info" role="note">
                <div class="alert-body">
                    <p class="alert-text">{move || i18n.t("ans-intet-sendes")}</p>
                </div>
            </div>
            <form novalidate on:submit=start class="ans-start-form">
                <Valg
                    navn="rolle"
                    legend=Signal::derive(move || i18n.t("ans-rolle-legend"))
                    valg=valg
                    fejl=fejl
                    valgt=Signal::derive(move || {
                        let kladdens = a.kladde.with(|k| (!k.er_tom()).then_some(k.rolle));
                        rolle.get().or(kladdens).map(|r| match r {
                            Rolle::Selv => "selv".to_string(),
                            Rolle::Hjaelper => "hjaelper".to_string(),
                        })
                    })
                    saet=Callback::new(move |v: String| rolle.set(Some(if v == "hjaelper" { Rolle::Hjaelper } else { Rolle::Selv })))
                />
                <button type="submit" class="button button-primary" data-testid="ans-start">
                    {move || if begyndt() { i18n.t("ans-fortsaet-kladde") } else { i18n.t("ans-start") }}
                </button>
            </form>
            {move || begyndt().then(|| view! {
                {move || if spoerg.get() {
                    view! {
                        <div class="alert alert-warning ans-confirm" role="alertdialog" aria-labelledby="ans-confirm-heading" aria-describedby="ans-confirm-text" data-testid="ans-confirm">
                            <div class="alert-body">
                                <h2 class="alert-heading" id="ans-confirm-heading" tabindex="-1">{move || i18n.t("ans-slet-spoerg")}</h2>
                                <p class="alert-text" id="ans-confirm-text">{move || i18n.t("ans-slet-spoerg-tekst")}</p>
                                <p>
                                    <button type="button" class="button button-primary" data-testid="ans-clear-yes" on:click=ryd>
                                        {move || i18n.t("ans-slet-ja")}
                                    </button>
                                    " "
                                    <button type="button" class="button button-secondary" data-testid="ans-clear-no" on:click=fortryd>
                                        {move || i18n.t("ans-slet-nej")}
                                    </button>
                                </p>
                            </div>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <p>
                            <button type="button" class="button button-secondary" id="ans-clear" data-testid="ans-clear"
                                on:click=move |_| {
                                    spoerg.set(true);
                                    browser::focus_later("ans-confirm-heading");
                                }>
                                {move || i18n.t("ans-start-forfra")}
                            </button>
                        </p>
                    }
                    .into_any()
                }}
            })}
            <AabnFil />
            <h2>{move || i18n.t("ans-data-heading")}</h2>
            <p>
                {move || i18n.t("ans-data-tekst")} " "
                <a href="/om-portalen">{move || i18n.t("ans-data-link")}</a>
            </p>
        </div>
    }
}

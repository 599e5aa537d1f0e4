//! Ydelser: the catalogue front door (search, life situations, national paragraphs,
//! general pages), the service page, the national paragraph page, general pages and the
//! glossary. Everything shown comes from `domain::content`; these files only render it.

use super::P;
use crate::domain::content::{
    self, Fact, HitTarget, Inconsistency, Kvalitetsstandard, Livssituation, Municipality,
    Paragraph, Part, Segment, Source,
};
use crate::domain::content::{Egenbetalingsform, Klageadgang, MaxAge, Pligt, VumRegel};
use crate::ui::components::{Breadcrumbs, PageTitle, ReadAloud};
use crate::ui::i18n::{use_i18n, Lang};
use crate::ui::shell::{MunicipalityPicker, MAIN_HEADING_ID};
use crate::ui::{tk, use_chosen};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

mod easy;
mod paragraph;
mod service;

use easy::EasySwitch;
pub use easy::{GuideEasy, ParagraphEasy, ServiceEasy};
pub use paragraph::*;
pub use service::*;

/// The catalogue in the UI's language: the English texts (seeds/en/) in English. Read
/// where the page is built, so a change of language builds it anew.
fn cat() -> &'static content::Catalog {
    use_i18n().catalog()
}

/// A link inside the portal in the UI's language (English content at `/en/…`).
fn to(path: impl AsRef<str>) -> String {
    use_i18n().href(path.as_ref())
}

/// The order of the general pages on the catalogue page.
const GUIDES: &[&str] = &[
    "saadan-soeger-du",
    "klage",
    "sagsbehandlingstider",
    "principper",
];

/// A text with links to the glossary at the first use of each term.
#[component]
pub fn Linked(text: &'static str, #[prop(optional)] except: Option<&'static str>) -> impl IntoView {
    cat().link_terms(text, except)
        .into_iter()
        .map(|seg| match seg {
            Segment::Text(t) => t.to_string().into_any(),
            Segment::Term { text, term_id } => view! {
                <a class="term-link" href=to(format!("/ordforklaringer#{term_id}"))>{text.to_string()}</a>
            }
            .into_any(),
        })
        .collect_view()
}

/// One `<h1>` with the focus target id and a page title from data.
#[component]
fn DataHead(#[prop(into)] title: Signal<String>) -> impl IntoView {
    view! {
        <PageTitle text=move || title.get() />
        <h1 id=MAIN_HEADING_ID tabindex="-1">{move || title.get()}</h1>
    }
}

pub fn source_text(lang: Lang, source: &Source) -> String {
    match cat().document(source.document) {
        Some(d) => {
            let (key, args) = d.source_line(source.section);
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            crate::ui::i18n::translate_with(lang, key, &args)
        }
        None => format!("{}, {}", source.document, source.section),
    }
}

/// A fact's year, or "år ikke oplyst i kilden" when the source states none.
pub fn fact_year_text(lang: Lang, f: &Fact) -> String {
    match f.year.number() {
        Some(y) => y.to_string(),
        None => crate::ui::i18n::translate(lang, "facts-year-not-stated"),
    }
}

/// The notes where the sources disagree ("Kilden er ikke entydig"): what is unclear, the
/// two readings and the sources. Used on the service page and in the law box.
#[component]
pub fn SourceConflicts(items: Vec<&'static Inconsistency>) -> impl IntoView {
    let i18n = use_i18n();
    items
        .into_iter()
        .map(|inc| {
            view! {
                <div class="alert alert-warning source-conflict" role="note" data-testid="source-conflict" data-inconsistency=inc.id>
                    <div class="alert-body">
                        <p class="alert-heading"><strong>{move || i18n.t("conflict-heading")}</strong></p>
                        <p class="alert-text"><Linked text=inc.text /></p>
                        <p class="alert-text">{move || i18n.t("conflict-readings")}</p>
                        <ol class="source-conflict-readings">
                            {inc.readings.iter().map(|r| view! { <li><Linked text=r /></li> }).collect_view()}
                        </ol>
                        <p class="alert-text">{move || i18n.t("conflict-what-now")}</p>
                        <p class="source-note">
                            {move || i18n.t("conflict-sources")} " "
                            {move || {
                                let lang = i18n.lang.get();
                                inc.sources.iter().map(|s| source_text(lang, s)).collect::<Vec<_>>().join("; ")
                            }}
                        </p>
                    </div>
                </div>
            }
        })
        .collect_view()
}

/// In English: a note that the text is our English version of the Danish text, and that
/// the Danish text is the one that applies (with a link to it).
#[component]
fn DanishContentNote() -> impl IntoView {
    let i18n = use_i18n();
    let location = leptos_router::hooks::use_location();
    move || {
        (i18n.lang.get() == Lang::En).then(|| {
            let danish = format!(
                "{}?lang=da",
                crate::ui::i18n::danish_address(&location.pathname.get())
            );
            view! {
                <p class="content-lang-note" data-testid="english-note">
                    {i18n.t("services-content-danish")} " "
                    <a href=danish hreflang="da" lang="da">{i18n.t("services-content-danish-link")}</a>
                </p>
            }
        })
    }
}

// ---------------------------------------------------------------- catalogue front door

/// `/ydelser/:kommune`: the catalogue of one municipality at its own address, so it can
/// be linked to and read without JavaScript (pre-rendered). Opening it chooses the
/// municipality if none is chosen yet.
#[component]
pub fn MunicipalityServices() -> impl IntoView {
    let found = from_address(|p| cat().municipality(&p("kommune")));
    choose_if_none(move || found().map(|m| m.id));
    or_not_found(found, |m| view! { <Services from_path=m /> })
}

/// What the page's address names: `find` gets the route's parameters by name ("" when one
/// is missing).
fn from_address<T>(
    find: impl Fn(&dyn Fn(&str) -> String) -> Option<T> + Copy + Send + Sync + 'static,
) -> impl Fn() -> Option<T> + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.with(|p| find(&|name| p.get(name).unwrap_or_default()))
}

/// Opening a page of a municipality chooses that municipality, if none is chosen yet.
fn choose_if_none(municipality: impl Fn() -> Option<&'static str> + 'static) {
    let chosen = use_chosen();
    Effect::new(move |_| {
        if let Some(id) = municipality() {
            if chosen.municipality.get_untracked().is_none() {
                chosen.choose(Some(id.to_string()));
            }
        }
    });
}

/// The page for what the address names, or "Siden findes ikke" when it names nothing.
fn or_not_found<T: 'static, V: IntoView + 'static>(
    found: impl Fn() -> Option<T> + Send + Sync + 'static,
    page: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView {
    move || match found() {
        Some(x) => page(x).into_any(),
        None => view! { <super::NotFound /> }.into_any(),
    }
}

#[component]
pub fn Services(
    /// The municipality named in the address (`/ydelser/:kommune`), if any.
    #[prop(optional)]
    from_path: Option<&'static Municipality>,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = use_chosen();
    let query_map = use_query_map();
    let navigate = use_navigate();
    // The search from the address (`?q=`) is applied after the first render, so the first
    // render is the pre-rendered page the browser hydrates.
    let query = RwSignal::new(String::new());
    Effect::new(move |_| {
        if let Some(q) = query_map.with(|q| q.get("q")) {
            query.set(q);
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = query.get_untracked();
        let target = if q.trim().is_empty() {
            "/ydelser".to_string()
        } else {
            format!("/ydelser?q={}", urlencode(q.trim()))
        };
        navigate(&target, Default::default());
    };
    let municipality = move || {
        from_path.or_else(|| {
            chosen
                .municipality
                .get()
                .and_then(|id| cat().municipality(&id))
        })
    };

    view! {
        <PageTitle text=move || i18n.t("services-title") />
        <h1 id=MAIN_HEADING_ID tabindex="-1">{move || i18n.t("services-heading")}</h1>
        <div class="page-narrow">
            <P key=tk("services-lead-data") class="font-lead" />
            <DanishContentNote />
        </div>

        <section class="search-box page-narrow" aria-labelledby="search-heading">
            <h2 id="search-heading">{move || i18n.t("search-heading")}</h2>
            <form role="search" on:submit=on_submit>
                <div class="form-group">
                    <label class="form-label" for="service-search">{move || i18n.t("search-label")}</label>
                    <div class="search-row">
                        <input
                            class="form-input"
                            type="search"
                            id="service-search"
                            name="q"
                            autocomplete="off"
                            prop:value=move || query.get()
                            on:input=move |ev| query.set(event_target_value(&ev))
                        />
                        <button type="submit" class="button button-primary">{move || i18n.t("search-button")}</button>
                    </div>
                </div>
            </form>
            <SearchResults query=query.into() />
        </section>

        {move || match municipality() {
            None => view! {
                <section class="home-municipality page-narrow">
                    <P key=tk("services-choose-first") />
                    <MunicipalityPicker id="services-municipality" />
                    <p>{move || i18n.t("services-or-link")}</p>
                    <ul class="link-list" data-testid="municipality-links">
                        {cat()
                            .with_own_data()
                            .into_iter()
                            .map(|m| view! { <li><A href=to(format!("/ydelser/{}", m.id))>{m.name}</A></li> })
                            .collect_view()}
                    </ul>
                    <p>{move || i18n.t("services-other-municipalities")}</p>
                </section>
            }
            .into_any(),
            Some(m) => view! { <MunicipalityCatalogue m=m /> }.into_any(),
        }}

        <section class="page-narrow" aria-labelledby="guides-heading">
            <h2 id="guides-heading">{move || i18n.t("guides-heading")}</h2>
            <ul class="link-list">
                {GUIDES
                    .iter()
                    .filter_map(|id| cat().page(id))
                    .map(|p| view! {
                        <li>
                            <A href=to(format!("/vejledning/{}", p.id))>{p.title}</A>
                            <span class="link-list-text">{p.summary}</span>
                        </li>
                    })
                    .collect_view()}
                <li><A href=to("/ordforklaringer")>{move || i18n.t("glossary-link")}</A></li>
            </ul>
        </section>
    }
}

/// Percent-encodes a search query for the URL.
fn urlencode(s: &str) -> String {
    let mut out = String::new();
    for b in s.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(*b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[component]
fn SearchResults(query: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = use_chosen();
    let hits = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return None;
        }
        let language = i18n.lang.get().content();
        let mut hits: Vec<(content::SearchHit, &'static Municipality)> =
            match chosen.municipality.get() {
                Some(m) => cat()
                    .municipality(&m)
                    .map(|mm| {
                        content::search_in(language, &q, &m)
                            .into_iter()
                            .map(|h| (h, mm))
                            .collect()
                    })
                    .unwrap_or_default(),
                // Without a chosen municipality: the municipalities with data of their own
                // (their standards, and the law layer once).
                None => cat()
                    .with_own_data()
                    .into_iter()
                    .flat_map(|mm| {
                        content::search_in(language, &q, mm.id)
                            .into_iter()
                            .map(move |h| (h, mm))
                    })
                    .collect(),
            };
        hits.sort_by_key(|(h, _)| std::cmp::Reverse(h.score));
        // Without a chosen municipality the law layer, pages and terms appear once.
        let mut seen = std::collections::HashSet::new();
        hits.retain(|(h, m)| {
            let key = match h.target {
                HitTarget::Service(s) => format!("s/{}/{}", m.id, s.id),
                HitTarget::Paragraph(p) => format!("p/{}", p.key),
                HitTarget::Page(p) => format!("g/{}", p.id),
                HitTarget::Term(t) => format!("t/{}", t.id),
            };
            seen.insert(key)
        });
        hits.truncate(20);
        Some((q, hits))
    };
    let show_muni = move || chosen.municipality.get().is_none();
    view! {
        <div class="search-results" aria-live="polite" data-testid="search-results">
            {move || hits().map(|(q, hits)| {
                let count = hits.len().to_string();
                view! {
                    <h3>{i18n.t_with("search-results-heading", &[("query", q.trim())])}</h3>
                    <p>{i18n.t_with("search-count", &[("count", &count)])}</p>
                    {hits.is_empty().then(|| view! { <p>{i18n.t("search-none-help")}</p> })}
                    <ul class="result-list unstyled-list">
                        {hits.into_iter().map(|(h, m)| {
                            let (href, kind) = match h.target {
                                HitTarget::Service(s) => (s.path(), "search-kind-service"),
                                HitTarget::Paragraph(p) => (format!("/ydelser/{}/paragraf/{}", m.id, p.key), "search-kind-paragraph"),
                                HitTarget::Page(p) => (format!("/vejledning/{}", p.id), "search-kind-page"),
                                HitTarget::Term(t) => (format!("/ordforklaringer#{}", t.id), "search-kind-term"),
                            };
                            let muni = (show_muni() && matches!(h.target, HitTarget::Service(_) | HitTarget::Paragraph(_)))
                                .then(|| format!(" · {}", m.name));
                            view! {
                                <li class="result">
                                    <a href=to(href) class="result-title">{h.title()}</a>
                                    <span class="result-kind">{i18n.t(kind)}{muni}</span>
                                    <p class="result-summary">{h.summary()}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
            })}
        </div>
    }
}

#[component]
fn MunicipalityCatalogue(m: &'static Municipality) -> impl IntoView {
    let i18n = use_i18n();
    let national: Vec<&'static Paragraph> = cat()
        .paragraphs
        .iter()
        .filter(|p| {
            cat()
                .paragraph_in(m.id, p.key)
                .is_some_and(|pm| pm.own_level_missing())
        })
        .collect();
    // A municipality without data of its own: the law's floor for every paragraph, by life
    // situation, linking to the paragraph pages.
    let floor = cat().floor_for(m.id);
    view! {
        <p class="municipality-note">{move || i18n.t_with("services-showing", &[("name", m.name)])}</p>
        {(!m.own_data).then(|| view! { <NoDataNotice m=m /> })}
        <section aria-labelledby="situations-heading">
            <h2 id="situations-heading">{move || i18n.t("situations-heading")}</h2>
            <div class="situation-grid">
                {Livssituation::ALL.iter().map(|sit| {
                    let mut services = cat().services_by_situation(m.id, *sit);
                    if !m.own_data {
                        services = floor.iter().copied().filter(|f| f.situations.contains(sit)).collect();
                    }
                    let key = format!("situation-{}", sit.as_str());
                    let heading_id = format!("sit-{}", sit.as_str());
                    let key2 = key.clone();
                    let label_id = heading_id.clone();
                    view! {
                        <section class="situation" aria-labelledby=label_id>
                            <h3 id=heading_id>{move || i18n.t(&key2)}</h3>
                            {if services.is_empty() {
                                view! { <p>{move || i18n.t("situation-none")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="service-links">
                                        {services.into_iter().map(|s| view! {
                                            <li><A href=to(s.path_in(m.id))>{s.title}</A></li>
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </section>
                    }
                }).collect_view()}
            </div>
        </section>
        {m.own_data.then(|| view! {
        <section aria-labelledby="all-services-heading">
            <h2 id="all-services-heading">{move || i18n.t_with("all-services-heading", &[("name", m.name)])}</h2>
            <ul class="service-cards unstyled-list">
                {cat().services_for(m.id).iter().map(|s| view! {
                    <li class="service-card">
                        <A href=to(s.path()) attr:class="service-card-title">{s.title}</A>
                        <span class="service-card-law">{law_labels(s)}</span>
                        <p>{s.summary}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        })}
        {(!national.is_empty()).then(|| view! {
            <section aria-labelledby="national-heading">
                <h2 id="national-heading">{move || i18n.t("national-heading")}</h2>
                <p class="page-narrow">{move || i18n.t_with(if m.own_data { "national-intro" } else { "national-intro-no-data" }, &[("name", m.name)])}</p>
                <ul class="service-links two-col">
                    {national.into_iter().map(|p| view! {
                        <li><A href=to(format!("/ydelser/{}/paragraf/{}", m.id, p.key))>{format!("{} – {}", p.label, p.title)}</A></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}

fn law_labels(s: &Kvalitetsstandard) -> String {
    s.paragraphs
        .iter()
        .filter_map(|k| cat().paragraph(k))
        .map(|p| p.label)
        .collect::<Vec<_>>()
        .join(", ")
}

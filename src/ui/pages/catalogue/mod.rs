//! Ydelser: the catalogue front door (search, life situations, national paragraphs,
//! general pages), the service page, the national paragraph page, general pages and the
//! glossary. Everything shown comes from `domain::content`; this file only renders it.

use super::P;
use crate::domain::content::{
    self, Fact, HitTarget, Inconsistency, Kvalitetsstandard, Livssituation, Municipality,
    Paragraph, Part, Segment, Source,
};
use crate::domain::content::{Egenbetalingsform, Klageadgang, MaxAge, Pligt, VumRegel};
use crate::ui::components::PageTitle;
use crate::ui::i18n::{use_i18n, Lang};
use crate::ui::shell::{MunicipalityPicker, MAIN_HEADING_ID};
use crate::ui::{tk, use_chosen};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

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
    content::link_terms(text, except)
        .into_iter()
        .map(|seg| match seg {
            Segment::Text(t) => t.to_string().into_any(),
            Segment::Term { text, term_id } => view! {
                <a class="term-link" href=format!("/ordforklaringer#{term_id}")>{text.to_string()}</a>
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
    match content::document(source.document) {
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

/// Short note that content texts are Danish, shown only in the English UI.
#[component]
fn DanishContentNote() -> impl IntoView {
    let i18n = use_i18n();
    move || {
        (i18n.lang.get() == Lang::En).then(|| {
            view! { <p class="content-lang-note" lang="en">{i18n.t("services-content-danish")}</p> }
        })
    }
}

// ---------------------------------------------------------------- catalogue front door

/// `/ydelser/:kommune`: the catalogue of one municipality at its own address, so it can
/// be linked to and read without JavaScript (pre-rendered). Opening it chooses the
/// municipality if none is chosen yet.
#[component]
pub fn MunicipalityServices() -> impl IntoView {
    let params = use_params_map();
    let chosen = use_chosen();
    let found =
        move || params.with(|p| content::municipality(&p.get("kommune").unwrap_or_default()));
    Effect::new(move |_| {
        if let Some(m) = found() {
            if chosen.municipality.get_untracked().is_none() {
                chosen.choose(Some(m.id.to_string()));
            }
        }
    });
    move || match found() {
        Some(m) => view! { <Services from_path=m /> }.into_any(),
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
                .and_then(|id| content::municipality(&id))
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
                        {content::catalog()
                            .with_own_data()
                            .into_iter()
                            .map(|m| view! { <li><A href=format!("/ydelser/{}", m.id)>{m.name}</A></li> })
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
                    .filter_map(|id| content::page(id))
                    .map(|p| view! {
                        <li>
                            <A href=format!("/vejledning/{}", p.id)>{p.title}</A>
                            <span class="link-list-text">{p.summary}</span>
                        </li>
                    })
                    .collect_view()}
                <li><A href="/ordforklaringer">{move || i18n.t("glossary-link")}</A></li>
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
        let mut hits: Vec<(content::SearchHit, &'static Municipality)> =
            match chosen.municipality.get() {
                Some(m) => content::municipality(&m)
                    .map(|mm| {
                        content::search(&q, &m)
                            .into_iter()
                            .map(|h| (h, mm))
                            .collect()
                    })
                    .unwrap_or_default(),
                // Without a chosen municipality: the municipalities with data of their own
                // (their standards, and the law layer once).
                None => content::catalog()
                    .with_own_data()
                    .into_iter()
                    .flat_map(|mm| content::search(&q, mm.id).into_iter().map(move |h| (h, mm)))
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
                                    <a href=href class="result-title">{h.title()}</a>
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
    let national: Vec<&'static Paragraph> = content::paragraphs()
        .iter()
        .filter(|p| content::paragraph_in(m.id, p.key).is_some_and(|pm| pm.own_level_missing()))
        .collect();
    // A municipality without data of its own: the law's floor for every paragraph, by life
    // situation, linking to the paragraph pages.
    let floor = content::catalog().floor_for(m.id);
    view! {
        <p class="municipality-note">{move || i18n.t_with("services-showing", &[("name", m.name)])}</p>
        {(!m.own_data).then(|| view! { <NoDataNotice m=m /> })}
        <section aria-labelledby="situations-heading">
            <h2 id="situations-heading">{move || i18n.t("situations-heading")}</h2>
            <div class="situation-grid">
                {Livssituation::ALL.iter().map(|sit| {
                    let mut services = content::services_by_situation(m.id, *sit);
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
                                            <li><A href=s.path_in(m.id)>{s.title}</A></li>
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
                {content::services_for(m.id).iter().map(|s| view! {
                    <li class="service-card">
                        <A href=s.path() attr:class="service-card-title">{s.title}</A>
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
                        <li><A href=format!("/ydelser/{}/paragraf/{}", m.id, p.key)>{format!("{} – {}", p.label, p.title)}</A></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}

fn law_labels(s: &Kvalitetsstandard) -> String {
    s.paragraphs
        .iter()
        .filter_map(|k| content::paragraph(k))
        .map(|p| p.label)
        .collect::<Vec<_>>()
        .join(", ")
}

// ---------------------------------------------------------------- service page

#[component]
pub fn ServicePage() -> impl IntoView {
    let params = use_params_map();
    let chosen = use_chosen();
    let found = move || {
        params.with(|p| {
            let m = p.get("kommune").unwrap_or_default();
            let id = p.get("id").unwrap_or_default();
            content::service(&m, &id)
        })
    };
    // Opening a service of a municipality chooses it, if none is chosen yet.
    Effect::new(move |_| {
        if let Some(s) = found() {
            if chosen.municipality.get_untracked().is_none() {
                chosen.choose(Some(s.municipality.to_string()));
            }
        }
    });
    move || match found() {
        Some(s) => view! { <ServiceView s=s /> }.into_any(),
        None => view! { <super::NotFound /> }.into_any(),
    }
}

#[component]
fn Section(
    id: &'static str,
    heading: &'static str,
    #[prop(optional)] testid: &'static str,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="service-section" aria-labelledby=id data-testid=testid>
            <h2 id=id>{move || i18n.t(heading)}</h2>
            {children()}
        </section>
    }
}

/// The source conflicts of one part of a service page, if any.
fn conflicts(s: &'static Kvalitetsstandard, part: Part) -> impl IntoView {
    let items: Vec<&'static Inconsistency> = s.inconsistencies_in(part).collect();
    (!items.is_empty()).then(|| view! { <SourceConflicts items=items /> })
}

fn text_list(items: &'static [&'static str]) -> impl IntoView {
    view! { <ul>{items.iter().map(|t| view! { <li><Linked text=t /></li> }).collect_view()}</ul> }
}

#[component]
fn ServiceView(s: &'static Kvalitetsstandard) -> impl IntoView {
    let i18n = use_i18n();
    let m = content::municipality(s.municipality).expect("a service belongs to a municipality");
    let title = Signal::derive(move || s.title.to_string());
    view! {
        <nav class="breadcrumbs" aria-label=move || i18n.t("breadcrumb-label")>
            <ol>
                <li><A href="/ydelser">{move || i18n.t("nav-services")}</A></li>
                <li aria-current="page">{s.title}</li>
            </ol>
        </nav>
        <article class="service-page page-narrow" data-testid="service-page">
            <DataHead title=title />
            <p class="service-meta">
                {move || i18n.t_with("service-municipality", &[("name", m.name), ("section", s.section)])}
                " · " {law_labels(s)}
            </p>
            <DanishContentNote />
            <p class="font-lead"><Linked text=s.summary /></p>
            {conflicts(s, Part::Summary)}

            <Section id="who" heading=tk("service-section-who")><p><Linked text=s.who /></p>{conflicts(s, Part::Who)}</Section>
            <Section id="purpose" heading=tk("service-section-purpose")><p><Linked text=s.purpose /></p>{conflicts(s, Part::Purpose)}</Section>
            <Section id="included" heading=tk("service-section-included")>{text_list(s.included)}{conflicts(s, Part::Included)}</Section>
            {(!s.not_included.is_empty() || s.inconsistencies_in(Part::NotIncluded).next().is_some()).then(|| view! {
                <Section id="not-included" heading=tk("service-section-not-included")>{text_list(s.not_included)}{conflicts(s, Part::NotIncluded)}</Section>
            })}
            <Section id="criteria" heading=tk("service-section-criteria") testid="criteria"><Criteria s=s />{conflicts(s, Part::Criteria)}</Section>
            <Section id="scope" heading=tk("service-section-scope")><p><Linked text=s.scope /></p>{conflicts(s, Part::Scope)}</Section>
            <Section id="place" heading=tk("service-section-place")><p><Linked text=s.place /></p>{conflicts(s, Part::Place)}</Section>
            <Section id="cost" heading=tk("service-section-cost") testid="cost"><Cost s=s />{conflicts(s, Part::Egenbetaling)}</Section>
            <Section id="follow-up" heading=tk("service-section-follow-up")><p><Linked text=s.follow_up /></p>{conflicts(s, Part::FollowUp)}</Section>
            <Section id="free-choice" heading=tk("service-section-free-choice")><p><Linked text=s.free_choice /></p>{conflicts(s, Part::FreeChoice)}</Section>
            <Section id="processing" heading=tk("service-section-processing") testid="processing-time">
                <p>{content::processing_time_text(s)}</p>
                {conflicts(s, Part::ProcessingTime)}
            </Section>
            <Section id="apply" heading=tk("service-section-apply")>
                <p><Linked text=s.how_to_apply /></p>
                {conflicts(s, Part::HowToApply)}
                <ContactBox m=m />
            </Section>
            {s.elaboration.map(|e| view! {
                <section class="service-section" aria-labelledby="elaboration">
                    <h2 id="elaboration">{e.title}</h2>
                    {e.paragraphs.iter().map(|p| view! { <p><Linked text=p /></p> }).collect_view()}
                    {(!e.list.is_empty()).then(|| text_list(e.list))}
                    {conflicts(s, Part::Elaboration)}
                    <p class="source-note">{move || source_text(i18n.lang.get(), &e.source)}</p>
                </section>
            })}
            {(!s.facts.is_empty()).then(|| view! {
                <Section id="facts" heading=tk("service-section-facts") testid="facts"><FactsTable facts=s.facts.iter().collect() /></Section>
            })}
            <Section id="law" heading=tk("service-section-law")>
                {s.paragraphs.iter().filter_map(|k| content::paragraph(k)).map(|p| view! { <LawBox p=p /> }).collect_view()}
            </Section>
            {(!s.see_also.is_empty()).then(|| view! {
                <Section id="see-also" heading=tk("service-section-see-also")>
                    <ul>{content::see_also(s).into_iter().map(|o| view! { <li><A href=o.path()>{o.title}</A></li> }).collect_view()}</ul>
                    {conflicts(s, Part::SeeAlso)}
                </Section>
            })}
            <Section id="sources" heading=tk("service-section-sources") testid="sources"><Sources s=s /></Section>
            <p><A href="/ydelser">{move || i18n.t("back-to-services")}</A></p>
        </article>
    }
}

#[component]
fn Criteria(s: &'static Kvalitetsstandard) -> impl IntoView {
    let i18n = use_i18n();
    let c = &s.criteria;
    let level = move |n: u8| i18n.t(&format!("vum-level-{n}"));
    view! {
        <p><Linked text=c.text /></p>
        <ul class="criteria-list">
            <li>{move || i18n.t(if c.visitation { "criteria-visitation-yes" } else { "criteria-visitation-no" })}</li>
            {c.anonymous.then(|| view! { <li>{move || i18n.t("criteria-anonymous")}</li> })}
            {c.min_age.map(|a| view! { <li>{move || i18n.t_with("criteria-min-age", &[("age", &a.to_string())])}</li> })}
            {c.max_age.map(|m| {
                let key = match m {
                    MaxAge::Folkepensionsalder => "criteria-max-age-folkepension",
                    MaxAge::FolkepensionsalderMin67 => "criteria-max-age-folkepension-67",
                };
                view! { <li>{move || i18n.t(key)}</li> }
            })}
            {(!c.needs.is_empty()).then(|| {
                let themes = move || c.needs.iter().map(|t| i18n.t(&format!("vum-{}", t.as_str())).to_lowercase()).collect::<Vec<_>>().join(", ");
                view! { <li>{move || i18n.t_with("criteria-needs", &[("themes", &themes())])}</li> }
            })}
        </ul>
        {(!c.vum.is_empty()).then(|| view! {
            <p>{move || i18n.t("criteria-vum-heading")}</p>
            <ul data-testid="vum-criteria">
                {c.vum.iter().map(|v| {
                    let theme = move || i18n.t(&format!("vum-{}", v.theme.as_str()));
                    view! {
                        <li>
                            {move || i18n.t_with("criteria-vum-range", &[("theme", &theme()), ("from", &level(v.min_level)), ("to", &level(v.max_level))])}
                            {v.note.map(|n| view! { <span class="form-hint">" " {n}</span> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(c.vum.len() > 1).then(|| view! {
                <p>{move || i18n.t(match c.vum_rule { VumRegel::Any => "criteria-vum-any", VumRegel::All => "criteria-vum-all" })}</p>
            })}
        })}
        {(!c.exclusions.is_empty()).then(|| view! {
            <p>{move || i18n.t("criteria-exclusions-heading")}</p>
            {text_list(c.exclusions)}
        })}
        <p class="form-hint">{move || i18n.t(if s.is_national() { "floor-criteria-individual" } else { "criteria-individual" })}</p>
    }
}

#[component]
fn Cost(s: &'static Kvalitetsstandard) -> impl IntoView {
    let i18n = use_i18n();
    let e = &s.egenbetaling;
    let key = match e.kind {
        Egenbetalingsform::Ingen => "cost-none",
        Egenbetalingsform::Takst => "cost-rate",
        Egenbetalingsform::Individuel => "cost-individual",
    };
    let facts = s.egenbetaling_facts();
    view! {
        <p><strong>{move || i18n.t(key)}</strong></p>
        <p><Linked text=e.text /></p>
        {(!facts.is_empty()).then(|| view! { <FactsTable facts=facts /> })}
        {(!e.self_paid.is_empty()).then(|| view! {
            <p>{move || i18n.t("cost-self-paid")}</p>
            {text_list(e.self_paid)}
        })}
    }
}

#[component]
fn FactsTable(facts: Vec<&'static Fact>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-wrap">
            <table class="table table--compact facts-table stack-table">
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t("facts-what")}</th>
                        <th scope="col">{move || i18n.t("facts-value")}</th>
                        <th scope="col">{move || i18n.t("facts-year")}</th>
                        <th scope="col">{move || i18n.t("facts-source")}</th>
                    </tr>
                </thead>
                <tbody>
                    {facts.into_iter().map(|f| view! {
                        <tr>
                            <td data-label=move || i18n.t("facts-what")>{f.label}</td>
                            <td class="nowrap" data-label=move || i18n.t("facts-value")>{f.display()}</td>
                            <td data-label=move || i18n.t("facts-year")>{move || fact_year_text(i18n.lang.get(), f)}</td>
                            <td data-label=move || i18n.t("facts-source")>{move || source_text(i18n.lang.get(), &f.source)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn LawBox(p: &'static Paragraph) -> impl IntoView {
    let i18n = use_i18n();
    let kind = match p.kind {
        Pligt::Skal => "law-kind-skal",
        Pligt::Kan => "law-kind-kan",
        Pligt::IkkeOplyst => "law-kind-ikke-oplyst",
    };
    let complaint = match p.complaint {
        Klageadgang::Ankestyrelsen => "law-complaint-ankestyrelsen",
        Klageadgang::IngenKlage => "law-complaint-ingen-klage",
        Klageadgang::Delvis => "law-complaint-delvis",
        Klageadgang::Uafklaret => "law-complaint-uafklaret",
        Klageadgang::IkkeOplyst => "law-complaint-ikke-oplyst",
    };
    // Which version of the law the link opens: the document it is built on, if any.
    let version = p.url_document.and_then(content::document);
    let read = move || match version {
        Some(d) => {
            let year = d.year.map(|y| y.to_string()).unwrap_or_default();
            i18n.t_with(
                "law-read-version",
                &[("label", p.label), ("document", d.title), ("year", &year)],
            )
        }
        None => i18n.t_with("law-read", &[("label", p.label)]),
    };
    view! {
        <div class="law-box">
            <h3>{format!("{} – {}", p.label, p.title)}</h3>
            <p><Linked text=p.plain /></p>
            <ul>
                <li>{move || i18n.t(kind)}</li>
                <li>{move || i18n.t(complaint)} {p.complaint_note.map(|n| view! { " " {n} })}</li>
            </ul>
            <SourceConflicts items=p.inconsistencies.iter().collect() />
            <p><a href=p.url rel="noopener noreferrer">{read}</a></p>
        </div>
    }
}

#[component]
pub fn ContactBox(m: &'static Municipality) -> impl IntoView {
    let i18n = use_i18n();
    if !m.own_data {
        return view! {
            <div class="contact-box" data-testid="contact-box">
                <h3>{move || i18n.t_with("contact-municipality", &[("name", m.name)])}</h3>
                <NoDataContact />
            </div>
        }
        .into_any();
    }
    view! {
        <div class="contact-box" data-testid="contact-box">
            <h3>{move || i18n.t_with("contact-municipality", &[("name", m.name)])}</h3>
            {m.department.map(|d| view! { <p>{d}</p> })}
            {(!m.address.is_empty()).then(|| view! {
                <p><span class="sr-only">{move || i18n.t("contact-address")} ": "</span>
                {m.address.iter().map(|l| view! { {*l} <br /> }).collect_view()}</p>
            })}
            {(m.phone.is_none() && m.email.is_none() && m.website.is_none()).then(|| view! {
                <p>{move || i18n.t("contact-none")}</p>
            })}
            <dl class="contact-list">
                {m.phone.map(|ph| view! {
                    <dt>{move || i18n.t("contact-phone")}</dt>
                    <dd><a href=format!("tel:{}", ph.replace(' ', ""))>{ph}</a></dd>
                })}
                {m.email.map(|e| view! {
                    <dt>{move || i18n.t("contact-email")}</dt>
                    <dd><a href=format!("mailto:{e}")>{e}</a></dd>
                })}
                {m.website.map(|w| view! {
                    <dt>{move || i18n.t("contact-website")}</dt>
                    <dd><a href=w rel="noopener noreferrer">{w.trim_start_matches("https://")}</a></dd>
                })}
            </dl>
            {(!m.phone_hours.is_empty()).then(|| view! {
                <h4>{move || i18n.t("contact-hours")}</h4>
                <ul>{m.phone_hours.iter().map(|h| view! { <li>{h.who} ": " {h.when}</li> }).collect_view()}</ul>
            })}
            <p class="form-hint">{move || i18n.t_with("contact-source", &[("source", &source_text(i18n.lang.get(), &m.source))])}</p>
        </div>
    }
    .into_any()
}

/// A municipality without data of its own: the portal says plainly what it lacks, that
/// what it shows is the law, and how to reach the municipality (never an invented phone
/// number, address, phone hours or processing time).
#[component]
pub fn NoDataNotice(
    m: &'static Municipality,
    /// `false` where a contact box below says how to reach the municipality.
    #[prop(default = true)]
    with_contact: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="alert alert-info" data-testid="no-data-notice">
            <div class="alert-body">
                <h2 class="alert-heading">{move || i18n.t_with("no-data-heading", &[("name", m.name)])}</h2>
                <p class="alert-text">{move || i18n.t_with("no-data-text", &[("name", m.name)])}</p>
                {with_contact.then(|| view! { <NoDataContact /> })}
            </div>
        </div>
    }
}

/// How to reach a municipality the portal has no contact data for, and the rule on
/// processing times (retssikkerhedsloven § 3, stk. 2).
#[component]
pub fn NoDataContact() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p data-testid="no-data-contact">{move || i18n.t("no-data-contact")}</p>
        <p>{move || i18n.t("no-data-processing")}</p>
    }
}

#[component]
fn Sources(s: &'static Kvalitetsstandard) -> impl IntoView {
    let i18n = use_i18n();
    let part_key = |p: Part| -> String {
        let k = format!("part-{}", p.as_str());
        if crate::ui::i18n::translate(Lang::Da, &k) == k {
            "part-other".to_string()
        } else {
            k
        }
    };
    view! {
        <ul class="sources-list">
            <li>
                <strong>{move || i18n.t("part-default")} ": "</strong>
                {move || source_text(i18n.lang.get(), &s.source)}
            </li>
            {s.sources.iter().map(|(part, src)| {
                let k = part_key(*part);
                view! {
                    <li>
                        <strong>{move || i18n.t(&k)} ": "</strong>
                        {move || source_text(i18n.lang.get(), src)}
                    </li>
                }
            }).collect_view()}
            {s.elaboration.map(|e| view! {
                <li>
                    <strong>{move || i18n.t("part-elaboration")} ": "</strong>
                    {move || source_text(i18n.lang.get(), &e.source)}
                </li>
            })}
            {s.paragraphs.iter().filter_map(|k| content::paragraph(k)).map(|p| view! {
                <li><strong>{p.label} ": "</strong>{move || source_text(i18n.lang.get(), &p.source)}</li>
            }).collect_view()}
        </ul>
    }
}

// ---------------------------------------------------------------- national paragraph page

#[component]
pub fn ParagraphPage() -> impl IntoView {
    let params = use_params_map();
    let chosen = use_chosen();
    let found = move || {
        params.with(|p| {
            let m = content::municipality(&p.get("kommune").unwrap_or_default())?;
            let key = p.get("key").unwrap_or_default();
            Some((m, content::paragraph_in(m.id, &key)?))
        })
    };
    // Opening a paragraph page of a municipality chooses it, if none is chosen yet.
    Effect::new(move |_| {
        if let Some((m, _)) = found() {
            if chosen.municipality.get_untracked().is_none() {
                chosen.choose(Some(m.id.to_string()));
            }
        }
    });
    move || match found() {
        Some((m, pm)) => {
            let i18n = use_i18n();
            let p = pm.paragraph;
            let title = Signal::derive(move || format!("{} – {}", p.label, p.title));
            view! {
                <article class="page-narrow" data-testid="paragraph-page">
                    <DataHead title=title />
                    <DanishContentNote />
                    {(!m.own_data).then(|| view! { <NoDataNotice m=m with_contact=false /> })}
                    {(pm.own_level_missing() && m.own_data).then(|| view! {
                        <div class="alert alert-info"><div class="alert-body"><p class="alert-text">
                            {move || i18n.t_with("law-no-standard", &[("name", m.name)])}
                        </p></div></div>
                    })}
                    <p class="font-lead"><Linked text=p.national /></p>
                    {p.floor.filter(|_| pm.own_level_missing()).map(|f| view! { <FloorView f=f /> })}
                    {(!pm.services.is_empty()).then(|| view! {
                        <ul>{pm.services.clone().into_iter().map(|s| view! { <li><A href=s.path()>{s.title}</A></li> }).collect_view()}</ul>
                    })}
                    <LawBox p=p />
                    {(!p.facts.is_empty()).then(|| view! {
                        <h2>{move || i18n.t("service-section-facts")}</h2>
                        <FactsTable facts=p.facts.iter().collect() />
                    })}
                    <ContactBox m=m />
                    <h2>{move || i18n.t("service-section-sources")}</h2>
                    <p>{move || source_text(i18n.lang.get(), &p.source)}</p>
                    <p><A href="/ydelser">{move || i18n.t("back-to-services")}</A></p>
                </article>
            }
            .into_any()
        }
        None => view! { <super::NotFound /> }.into_any(),
    }
}

/// The law's own criteria for a paragraph (the national floor), where the municipality has
/// no standard: who it is for, how the municipality assesses, what it costs, how to ask.
#[component]
fn FloorView(f: &'static Kvalitetsstandard) -> impl IntoView {
    let i18n = use_i18n();
    let src = move |part: Part| source_text(i18n.lang.get(), f.source_of(part));
    view! {
        <section class="service-section" aria-labelledby="floor-who" data-testid="floor">
            <h2 id="floor-who">{move || i18n.t("service-section-who")}</h2>
            <p><Linked text=f.who /></p>
            <p class="source-note">{move || src(Part::Who)}</p>
        </section>
        <section class="service-section" aria-labelledby="floor-criteria">
            <h2 id="floor-criteria">{move || i18n.t("service-section-criteria")}</h2>
            <Criteria s=f />
            <p class="source-note">{move || src(Part::Criteria)}</p>
        </section>
        <section class="service-section" aria-labelledby="floor-cost">
            <h2 id="floor-cost">{move || i18n.t("service-section-cost")}</h2>
            <p><Linked text=f.egenbetaling.text /></p>
            {(!f.facts.is_empty() && f.egenbetaling.kind == Egenbetalingsform::Takst).then(|| view! {
                <p>{move || i18n.t("floor-cost-facts")}</p>
            })}
            <p class="source-note">{move || src(Part::Egenbetaling)}</p>
        </section>
        <section class="service-section" aria-labelledby="floor-apply">
            <h2 id="floor-apply">{move || i18n.t("service-section-apply")}</h2>
            <p><Linked text=f.how_to_apply /></p>
            <p class="source-note">{move || src(Part::HowToApply)}</p>
        </section>
    }
}

// ---------------------------------------------------------------- general pages, glossary

#[component]
pub fn GuidePage() -> impl IntoView {
    let params = use_params_map();
    let chosen = use_chosen();
    let found = move || params.with(|p| content::page(&p.get("id").unwrap_or_default()));
    move || match found() {
        Some(page) => {
            let i18n = use_i18n();
            let title = Signal::derive(move || page.title.to_string());
            view! {
                <article class="page-narrow" data-testid="guide-page">
                    <DataHead title=title />
                    <DanishContentNote />
                    <p class="font-lead"><Linked text=page.summary /></p>
                    {page.sections.iter().map(|sec| view! {
                        <section class="service-section">
                            <h2>{sec.heading}</h2>
                            {sec.paragraphs.iter().map(|p| view! { <p><Linked text=p /></p> }).collect_view()}
                            {(!sec.list.is_empty()).then(|| text_list(sec.list))}
                            <p class="source-note">{move || source_text(i18n.lang.get(), &sec.source)}</p>
                        </section>
                    }).collect_view()}
                    {(page.id == "sagsbehandlingstider").then(|| view! { <ProcessingTimes chosen=chosen.municipality /> })}
                    {(!page.facts.is_empty()).then(|| view! {
                        <h2>{move || i18n.t("service-section-facts")}</h2>
                        <FactsTable facts=page.facts.iter().collect() />
                    })}
                </article>
            }
            .into_any()
        }
        None => view! { <super::NotFound /> }.into_any(),
    }
}

#[component]
fn ProcessingTimes(chosen: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let Some(m) = chosen.get().and_then(|id| content::municipality(&id)) else {
            return view! { <MunicipalityPicker id="guide-municipality" /> }.into_any();
        };
        if m.processing_times.is_empty() {
            return view! { <p>{i18n.t_with("processing-times-none", &[("name", m.name)])}</p> }
                .into_any();
        }
        view! {
            <h2>{i18n.t_with("processing-times-heading", &[("name", m.name)])}</h2>
            <div class="table-wrap">
                <table class="table table--compact stack-table" data-testid="processing-times">
                    <thead><tr>
                        <th scope="col">{i18n.t("processing-times-what")}</th>
                        <th scope="col">{i18n.t("processing-times-time")}</th>
                    </tr></thead>
                    <tbody>
                        {m.processing_times.iter().map(|pt| view! {
                            <tr><td data-label=i18n.t("processing-times-what")>{pt.label}</td><td data-label=i18n.t("processing-times-time")>{pt.text()}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="source-note">{source_text(i18n.lang.get(), &m.processing_times[0].source)}</p>
        }
        .into_any()
    }
}

#[component]
pub fn Glossary() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page-narrow">
            <PageTitle text=move || i18n.t("glossary-title") />
            <h1 id=MAIN_HEADING_ID tabindex="-1">{move || i18n.t("glossary-heading")}</h1>
            <P key=tk("glossary-lead") class="font-lead" />
            <DanishContentNote />
            <dl class="glossary">
                {content::glossary().iter().map(|t| view! {
                    <dt id=t.id>{t.term}</dt>
                    <dd>
                        <Linked text=t.plain except=t.id />
                        <span class="source-note">" (" {move || source_text(i18n.lang.get(), &t.source)} ")"</span>
                    </dd>
                }).collect_view()}
            </dl>
        </div>
    }
}

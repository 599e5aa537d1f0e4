//! Let dansk (easy-read): a service, a paragraph and a general page in short sentences
//! and everyday words, each at its own address (`…/let-dansk`, pre-rendered, so the
//! switch is a plain link that works without JavaScript). The texts are ours, in seeds/
//! next to the full text, with LIX ≤ 25 (tests/content_english.rs); easy-read is Danish
//! only, so these pages always show the Danish catalogue.

use super::*;
use crate::domain::content::{Easy, Page};
use crate::ui::i18n::translate;

/// Easy-read is Danish: its page text is Danish whatever the UI language.
fn da(key: &str) -> String {
    translate(Lang::Da, key)
}

/// The link from a full page to its easy-read version (and back). Shown in Danish only.
#[component]
pub(super) fn EasySwitch(
    /// The address of the other version.
    href: String,
    /// Whether this page is the easy-read version.
    easy: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        (i18n.lang.get() == Lang::Da).then(|| {
            let (key, class) = if easy {
                ("easy-switch-full", "easy-switch")
            } else {
                ("easy-switch-easy", "easy-switch")
            };
            view! {
                <p class=class data-testid="easy-switch">
                    <A href=href.clone()>{i18n.t(key)}</A>
                </p>
            }
        })
    }
}

/// The five parts of an easy-read text, each with its question as a heading.
#[component]
fn EasyParts(easy: Easy) -> impl IntoView {
    easy.parts()
        .into_iter()
        .map(|(part, text)| {
            let id = format!("easy-{}", part.name());
            view! {
                <section class="service-section easy-part" aria-labelledby=id.clone()>
                    <h2 id=id.clone()>{da(&format!("easy-{}", part.name()))}</h2>
                    <p>{text}</p>
                </section>
            }
        })
        .collect_view()
}

/// The frame of an easy-read page: heading, the marker "Let dansk", the parts, the note
/// that the municipality decides, and the link back to the full text.
#[component]
fn EasyFrame(
    #[prop(into)] title: String,
    full: String,
    /// The sources of the full text the easy-read version is written from.
    sources: Vec<Source>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = Signal::stored(title.clone());
    view! {
        <Breadcrumbs
            parent_href=full.clone()
            parent=heading
            current=Signal::stored(da("easy-label"))
            label=Signal::derive(move || i18n.t("breadcrumb-label"))
        />
        <article class="page-narrow easy-page" lang="da" data-testid="easy-page">
            <p class="easy-marker">{da("easy-label")}</p>
            <PageTitle text=move || format!("{} – {}", heading.get(), da("easy-label")) />
            <h1 id=MAIN_HEADING_ID tabindex="-1">{title}</h1>
            <ReadAloud target="[data-testid=easy-page]" />
            {children()}
            <p class="easy-note">{da("easy-note")}</p>
            {sources.iter().map(|src| view! { <p class="source-note">{source_text(Lang::Da, src)}</p> }).collect_view()}
            <p><A href=full>{da("easy-switch-full")}</A></p>
        </article>
    }
}

/// `/ydelser/:kommune/:id/let-dansk`.
#[component]
pub fn ServiceEasy() -> impl IntoView {
    let found = from_address(|p| {
        let s = content::catalog().service(&p("kommune"), &p("id"))?;
        Some((s, s.easy?))
    });
    or_not_found(found, |(s, easy)| {
        view! {
            <EasyFrame title=s.title full=s.path() sources=vec![s.source]>
                <EasyParts easy=easy />
            </EasyFrame>
        }
    })
}

/// `/ydelser/:kommune/paragraf/:key/let-dansk`.
#[component]
pub fn ParagraphEasy() -> impl IntoView {
    let found = from_address(|p| {
        let c = content::catalog();
        let m = c.municipality(&p("kommune"))?;
        let par = c.paragraph(&p("key"))?;
        Some((m, par, par.easy?))
    });
    or_not_found(found, |(m, p, easy)| {
        let title = format!("{} – {}", p.label, p.title);
        view! {
            <EasyFrame title=title full=format!("/ydelser/{}/paragraf/{}", m.id, p.key) sources=vec![p.source]>
                <EasyParts easy=easy />
            </EasyFrame>
        }
    })
}

/// `/vejledning/:id/let-dansk`.
#[component]
pub fn GuideEasy() -> impl IntoView {
    let found = from_address(|p| {
        content::catalog()
            .page(&p("id"))
            .filter(|page| !page.easy.is_empty())
    });
    or_not_found(found, |page| view! { <GuideEasyView page=page /> })
}

/// A general page's sources, each once, in the order of its sections.
fn page_sources(page: &'static Page) -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    for sec in page.sections {
        if !out.contains(&sec.source) {
            out.push(sec.source);
        }
    }
    out
}

#[component]
fn GuideEasyView(page: &'static Page) -> impl IntoView {
    view! {
        <EasyFrame title=page.title full=format!("/vejledning/{}", page.id) sources=page_sources(page)>
            {page.easy.iter().map(|e| view! {
                <section class="service-section easy-part">
                    <h2>{e.heading}</h2>
                    <p>{e.text}</p>
                </section>
            }).collect_view()}
        </EasyFrame>
    }
}

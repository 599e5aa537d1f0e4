//! Anonym hjælp: pages for help without a name (§ 101 a, § 109, § 110, § 99, § 81) and the
//! safety page. Visiting any of them switches zero-trace mode on; leaving it is an explicit
//! choice (the banner's button). No form here asks for anything that identifies the person.

use super::catalogue::Linked;
use super::{fact_year_text, ContactBox, PageHead, P};
use crate::domain::content::{self, Kvalitetsstandard};
use crate::ui::components::{PageTitle, ReadAloud};
use crate::ui::i18n::use_i18n;
use crate::ui::shell::{MunicipalityPicker, MAIN_HEADING_ID};
use crate::ui::storage::use_store;
use crate::ui::{tk, use_chosen};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

/// One anonymous-help topic.
pub struct Topic {
    pub slug: &'static str,
    /// The paragraph the help is given under.
    pub paragraph: &'static str,
    pub title: &'static str,
    pub text: &'static str,
    /// How to make contact without saying who you are.
    pub how: &'static [&'static str],
    /// Whether the help can be had anonymously. `false`: you need not apply first, but
    /// you are not anonymous (§ 110, stk. 6: the shelter reports name and CPR number).
    pub anonymous: bool,
}

pub const TOPICS: &[Topic] = &[
    Topic {
        slug: "stofmisbrug",
        paragraph: "101a",
        title: tk("anonymous-topic-stoffer"),
        text: tk("anonymous-topic-stoffer-text"),
        how: &[
            tk("anonymous-stoffer-1"),
            tk("anonymous-stoffer-2"),
            tk("anonymous-stoffer-3"),
            tk("anonymous-stoffer-4"),
        ],
        anonymous: true,
    },
    Topic {
        slug: "vold",
        paragraph: "109",
        title: tk("anonymous-topic-vold"),
        text: tk("anonymous-topic-vold-text"),
        how: &[
            tk("anonymous-vold-1"),
            tk("anonymous-vold-2"),
            tk("anonymous-vold-3"),
            tk("anonymous-vold-4"),
        ],
        anonymous: true,
    },
    Topic {
        slug: "bolig",
        paragraph: "110",
        title: tk("anonymous-topic-bolig"),
        text: tk("anonymous-topic-bolig-text"),
        how: &[tk("anonymous-bolig-1"), tk("anonymous-bolig-2")],
        anonymous: false,
    },
    Topic {
        slug: "kontaktperson",
        paragraph: "99",
        title: tk("anonymous-topic-kontakt"),
        text: tk("anonymous-topic-kontakt-text"),
        how: &[tk("anonymous-kontakt-1"), tk("anonymous-kontakt-2")],
        anonymous: true,
    },
    Topic {
        slug: "raadgivning",
        paragraph: "81",
        title: tk("anonymous-topic-raad"),
        text: tk("anonymous-topic-raad-text"),
        how: &[tk("anonymous-raad-1")],
        anonymous: true,
    },
];

/// Switches zero-trace on for the anonymous pages (after rendering, not during it).
fn zero_trace_here() {
    let store = use_store();
    Effect::new(move |_| store.enter_zero_trace());
}

/// In zero-trace mode: what an earlier visit saved on this device (e.g. a draft with a
/// name, from "Gem på denne enhed") is named, with a button that deletes it. Zero-trace
/// writes nothing new, but it does not delete what is there unless the person asks.
#[component]
fn SavedOnDevice() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let saved = RwSignal::new(Vec::new());
    let deleted = RwSignal::new(false);
    // After rendering (it reads the device), and again when the store reads it anew.
    Effect::new(move |_| {
        store.indlaest.track();
        saved.set(store.saved_on_device());
    });
    let delete = move |_| {
        store.delete_everything();
        saved.set(store.saved_on_device());
        deleted.set(true);
    };
    move || {
        let list = saved.get();
        if list.is_empty() {
            return deleted.get().then(|| {
                view! {
                    <div class="alert alert-success" role="status" data-testid="saved-on-device-deleted">
                        <div class="alert-body"><p class="alert-text">{move || i18n.t("anonymous-saved-deleted")}</p></div>
                    </div>
                }
                .into_any()
            });
        }
        let names: Vec<String> = list.iter().map(|i| i18n.t(i.name)).collect();
        let has_draft = list
            .iter()
            .any(|i| i.key == crate::domain::privacy::ANSOEGNING_KLADDE.key);
        Some(
            view! {
                <div class="alert alert-warning" role="note" data-testid="saved-on-device">
                    <div class="alert-body">
                        <h2 class="alert-heading">{move || i18n.t("anonymous-saved-heading")}</h2>
                        <p class="alert-text">{move || i18n.t("anonymous-saved-text")}</p>
                        <ul class="alert-text">{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                        {has_draft.then(|| view! { <p class="alert-text">{move || i18n.t("anonymous-saved-draft")}</p> })}
                        <button type="button" class="button button-secondary" data-testid="saved-on-device-delete" on:click=delete>
                            {move || i18n.t("anonymous-saved-delete")}
                        </button>
                    </div>
                </div>
            }
            .into_any(),
        )
    }
}

#[component]
fn Danger() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="alert alert-warning" role="note">
            <div class="alert-body"><p class="alert-text"><strong>{move || i18n.t("anonymous-danger")}</strong></p></div>
        </div>
    }
}

#[component]
pub fn Anonymous() -> impl IntoView {
    zero_trace_here();
    let i18n = use_i18n();
    view! {
        <div class="page-narrow">
            <PageHead title=tk("anonymous-title") heading=tk("anonymous-heading") />
            <P key=tk("anonymous-lead-now") class="font-lead" />
            <Danger />
            <SavedOnDevice />
            <h2>{move || i18n.t("anonymous-topics-heading")}</h2>
            <ul class="task-list unstyled-list anonymous-topics">
                {TOPICS.iter().filter(|t| t.anonymous).map(topic_card).collect_view()}
            </ul>
            <h2>{move || i18n.t("anonymous-not-anonymous-heading")}</h2>
            <P key=tk("anonymous-not-anonymous-lead") />
            <ul class="task-list unstyled-list anonymous-topics" data-testid="not-anonymous-topics">
                {TOPICS.iter().filter(|t| !t.anonymous).map(topic_card).collect_view()}
            </ul>
            <p><A href="/sikkerhed">{move || i18n.t("anonymous-safety-link")}</A></p>
            <P key=tk("anonymous-no-form") />
        </div>
    }
}

fn topic_card(t: &'static Topic) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li class="task-card">
            <A href=format!("/anonym-hjaelp/{}", t.slug) attr:class="task-link">{move || i18n.t(t.title)}</A>
            <p>{move || i18n.t(t.text)}</p>
        </li>
    }
}

#[component]
pub fn AnonymousTopic() -> impl IntoView {
    zero_trace_here();
    let params = use_params_map();
    let topic = move || {
        params.with(|p| {
            let slug = p.get("emne").unwrap_or_default();
            TOPICS.iter().find(|t| t.slug == slug)
        })
    };
    move || match topic() {
        Some(t) => view! { <TopicView t=t /> }.into_any(),
        None => view! { <super::NotFound /> }.into_any(),
    }
}

#[component]
fn TopicView(t: &'static Topic) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = use_chosen();
    let paragraph = content::paragraph(t.paragraph);
    view! {
        <article class="page-narrow" data-testid="anonymous-topic">
            <PageTitle text=move || i18n.t(t.title) />
            <h1 id=MAIN_HEADING_ID tabindex="-1">{move || i18n.t(t.title)}</h1>
            <ReadAloud target="[data-testid=anonymous-topic]" />
            <Danger />
            <SavedOnDevice />
            {(!t.anonymous).then(|| view! {
                <div class="alert alert-info" role="note" data-testid="not-anonymous">
                    <div class="alert-body"><p class="alert-text">{move || i18n.t("anonymous-not-anonymous-note")}</p></div>
                </div>
            })}
            <h2>{move || i18n.t(if t.anonymous { "anonymous-how-heading" } else { "anonymous-how-heading-direct" })}</h2>
            {t.how.iter().map(|k| view! { <p>{move || i18n.t(k)}</p> }).collect_view()}
            <P key=tk("anonymous-no-form") />
            {move || {
                let m = chosen.municipality.get().and_then(|id| content::municipality(&id));
                match m {
                    None => view! {
                        <P key=tk("anonymous-choose") />
                        <MunicipalityPicker id="anonymous-municipality" />
                    }.into_any(),
                    Some(m) => {
                        let services: Vec<&'static Kvalitetsstandard> = content::paragraph_in(m.id, t.paragraph)
                            .map(|pm| pm.services)
                            .unwrap_or_default();
                        view! {
                            {services.into_iter().map(|s| view! { <ServiceSummary s=s /> }).collect_view()}
                            <ContactBox m=m />
                        }.into_any()
                    }
                }
            }}
            {paragraph.map(|p| view! {
                <h2>{move || i18n.t("anonymous-law-heading")}</h2>
                <p><strong>{p.label} " – " {p.title}</strong></p>
                <p><Linked text=p.national /></p>
                {(!p.facts.is_empty()).then(|| view! {
                    <ul>{p.facts.iter().map(|f| view! {
                        <li>{f.label} ": " {f.display()} " (" {move || fact_year_text(i18n.lang.get(), f)} ")"</li>
                    }).collect_view()}</ul>
                })}
            })}
            <p><A href="/sikkerhed">{move || i18n.t("anonymous-safety-link")}</A></p>
        </article>
    }
}

#[component]
fn ServiceSummary(s: &'static Kvalitetsstandard) -> impl IntoView {
    let i18n = use_i18n();
    let m = content::municipality(s.municipality)
        .map(|m| m.name)
        .unwrap_or_default();
    let facts = s.egenbetaling_facts();
    view! {
        <section class="law-box">
            <h2>{move || i18n.t_with("anonymous-service-heading", &[("name", m)])}</h2>
            <p><Linked text=s.summary /></p>
            <p><Linked text=s.how_to_apply /></p>
            {(!facts.is_empty()).then(|| view! {
                <ul data-testid="anonymous-facts">{facts.into_iter().map(|f| view! {
                        <li>{f.label} ": " {f.display()} " (" {move || fact_year_text(i18n.lang.get(), f)} ")"</li>
                }).collect_view()}</ul>
            })}
            <p><A href=s.path()>{move || i18n.t_with("anonymous-read-more", &[("title", s.title)])}</A></p>
        </section>
    }
}

const SAFETY_DOES: &[&str] = &[
    tk("safety-does-1"),
    tk("safety-does-2"),
    tk("safety-does-3"),
    tk("safety-does-4"),
];
const SAFETY_CANNOT: &[&str] = &[tk("safety-cannot-1"), tk("safety-cannot-2")];

#[component]
pub fn Safety() -> impl IntoView {
    zero_trace_here();
    let i18n = use_i18n();
    let list = move |keys: &'static [&'static str]| {
        view! { <ul>{keys.iter().map(|k| view! { <li>{move || i18n.t(k)}</li> }).collect_view()}</ul> }
    };
    view! {
        <div class="page-narrow">
            <PageHead title=tk("safety-title") heading=tk("safety-heading") />
            <P key=tk("safety-lead") class="font-lead" />
            <SavedOnDevice />
            <div class="alert alert-warning" role="note">
                <div class="alert-body"><p class="alert-text"><strong>{move || i18n.t("safety-danger")}</strong></p></div>
            </div>
            <h2>{move || i18n.t("safety-exit-heading")}</h2>
            <P key=tk("safety-exit-text") />
            <h2>{move || i18n.t("safety-does-heading")}</h2>
            {list(SAFETY_DOES)}
            <h2>{move || i18n.t("safety-cannot-heading")}</h2>
            {list(SAFETY_CANNOT)}
            <h2>{move || i18n.t("safety-private-heading")}</h2>
            <P key=tk("safety-private-text") />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::i18n::{translate, Lang};

    /// Only help the sources let you have without your name is listed as anonymous: a
    /// shelter (§ 110) must report name and CPR number (§ 110, stk. 6, seed 002); a crisis
    /// centre can take you in anonymously (§ 109, stk. 2).
    #[test]
    fn a_shelter_is_not_listed_as_anonymous() {
        let anonymous: Vec<&str> = TOPICS
            .iter()
            .filter(|t| t.anonymous)
            .map(|t| t.paragraph)
            .collect();
        assert!(!anonymous.contains(&"110"), "{anonymous:?}");
        assert!(anonymous.contains(&"109") && anonymous.contains(&"101a"));
        let shelter = TOPICS.iter().find(|t| t.paragraph == "110").unwrap();
        assert!(translate(Lang::Da, shelter.text).contains("ikke anonym"));
        assert!(translate(Lang::Da, "anonymous-not-anonymous-note").contains("CPR-nummer"));
        for lang in [Lang::Da, Lang::En] {
            assert_ne!(
                translate(lang, "anonymous-how-heading-direct"),
                translate(lang, "anonymous-how-heading")
            );
        }
    }
}

//! Find hjælp: the screener's pages. The domain (`domain::screener`) decides which
//! questions apply, evaluates the answers and explains every verdict; these pages only
//! collect the answers (one question per page), show them for checking, and render the
//! result. There is no rule here.
//!
//! - `/find-hjaelp`: what the guide does, Start / Fortsæt, hvor du slap.
//! - `/find-hjaelp/sporgsmaal/:id`: one question ([`question`]).
//! - `/find-hjaelp/tjek`: Tjek dine svar ([`check`]).
//! - `/find-hjaelp/resultat`: the result ([`result`]).
//!
//! The answers live in the app-wide [`crate::ui::Answers`] context (never in the URL).

mod check;
mod question;
mod result;

pub use check::ScreenerCheck;
pub use question::ScreenerQuestion;
pub use result::ScreenerResult;

use super::{PageHead, P};
use crate::domain::content::{self, Source};
use crate::domain::screener::{foerste_ubesvarede, tema_besked_id, Besked, Spoergsmaal, Svar};
use crate::ui::i18n::{translate, translate_with, use_i18n, Lang};
use crate::ui::{tk, use_answers};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The start page.
pub const START: &str = "/find-hjaelp";
/// "Tjek dine svar".
pub const CHECK: &str = "/find-hjaelp/tjek";
/// The result.
pub const RESULT: &str = "/find-hjaelp/resultat";

/// The page of one question; `fra_tjek` when changing an answer from the check page.
pub fn question_path(q: Spoergsmaal, fra_tjek: bool) -> String {
    let path = format!("/find-hjaelp/sporgsmaal/{}", q.id());
    if fra_tjek {
        format!("{path}?fra=tjek")
    } else {
        path
    }
}

/// Where "Fortsæt, hvor du slap" goes: the first unanswered question, else the check page.
pub fn resume_path(svar: &Svar) -> String {
    foerste_ubesvarede(svar)
        .map(|q| question_path(q, false))
        .unwrap_or_else(|| CHECK.to_string())
}

/// A domain message in the current language (its arguments include `hvem`). Areas of
/// daily life (`tema_id`, `temaer_ids`) are named in the words of the question, so a
/// reason never names something the screener did not ask about in those words.
pub fn besked(lang: Lang, b: &Besked) -> String {
    let tema_ord = |id: &str| lower_first(&translate(lang, &format!("screener-tema-{id}")));
    let mut args: Vec<(&str, String)> = b
        .args()
        .into_iter()
        .map(|(k, v)| (k, v.to_string()))
        .collect();
    if let Some(id) = b.arg("tema_id") {
        let ord = tema_ord(id);
        for (k, v) in args.iter_mut() {
            if *k == "tema" {
                *v = ord.clone();
            }
        }
    }
    if let Some(ids) = b.arg("temaer_ids") {
        let words: Vec<String> = ids
            .split(',')
            .filter(|i| !i.is_empty())
            .map(tema_ord)
            .collect();
        let connector = match b.arg("og_eller") {
            Some("og") => translate(lang, "screener-liste-og"),
            _ => translate(lang, "screener-liste-eller"),
        };
        let list = match words.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{}; {connector} {last}", rest.join("; ")),
        };
        for (k, v) in args.iter_mut() {
            if *k == "temaer" {
                *v = list.clone();
            }
        }
    }
    let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    translate_with(lang, b.id, &refs)
}

/// "Praktiske ting …" → "praktiske ting …" (for use inside a sentence).
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The question's text, saying "du" or "personen" as the answers say.
pub fn question_text(lang: Lang, q: Spoergsmaal, svar: &Svar) -> String {
    let hvem = svar.ordvalg().as_str();
    match q {
        Spoergsmaal::Niveau(tema) => {
            let tema = lower_first(&translate(lang, tema_besked_id(tema)));
            translate_with(lang, q.besked_id(), &[("hvem", hvem), ("tema", &tema)])
        }
        _ => translate_with(lang, q.besked_id(), &[("hvem", hvem)]),
    }
}

/// The text of one offered answer (form value) of a question.
pub fn answer_label(lang: Lang, q: Spoergsmaal, value: &str, svar: &Svar) -> String {
    let hvem = svar.ordvalg().as_str();
    match q {
        Spoergsmaal::Kommune => content::municipality(value)
            .map(|m| m.name.to_string())
            .unwrap_or_else(|| value.to_string()),
        Spoergsmaal::Alder if value == "ved-ikke" => {
            translate_with(lang, tk("screener-q-alder-ved-ikke"), &[("hvem", hvem)])
        }
        Spoergsmaal::Alder => translate_with(lang, tk("screener-alder-aar"), &[("alder", value)]),
        _ => q
            .valg()
            .into_iter()
            .find(|(v, _)| *v == value)
            .map(|(_, msg)| translate_with(lang, msg, &[("hvem", hvem)]))
            .unwrap_or_else(|| value.to_string()),
    }
}

/// "Kilde: <document title>, afsnit <section>".
pub fn source_text(lang: Lang, source: &Source) -> String {
    let title = content::document(source.document)
        .map(|d| d.title)
        .unwrap_or(source.document);
    translate_with(
        lang,
        tk("screener-kilde"),
        &[("dokument", title), ("afsnit", source.section)],
    )
}

/// The paragraph's label (`"§ 85"`), or the key when the catalogue does not know it.
pub fn paragraph_label(key: &str) -> String {
    content::paragraph(key)
        .map(|p| p.label.to_string())
        .unwrap_or_else(|| format!("§ {key}"))
}

const HOW: &[&str] = &[
    tk("screener-start-how-1"),
    tk("screener-start-how-2"),
    tk("screener-start-how-3"),
];

#[component]
pub fn ScreenerStart() -> impl IntoView {
    let i18n = use_i18n();
    let answers = use_answers();
    let navigate = use_navigate();
    let started = move || answers.svar.with(|s| *s != Svar::default());
    let first = question_path(Spoergsmaal::Hvem, false);
    view! {
        <div class="page-narrow fh-start">
            <PageHead title=tk("screener-title") heading=tk("screener-heading") />
            <P key=tk("screener-start-lead") class="font-lead" />
            <h2>{move || i18n.t("screener-start-how-heading")}</h2>
            <ul>{HOW.iter().map(|k| view! { <li>{move || i18n.t(k)}</li> }).collect_view()}</ul>
            <div class="alert alert-info fh-decide" role="note">
                <div class="alert-body">
                    <h2 class="alert-heading">{move || i18n.t("screener-start-decide-heading")}</h2>
                    <p class="alert-text">{move || i18n.t("screener-start-decide")}</p>
                </div>
            </div>
            {move || {
                if started() {
                    let resume = answers.svar.with(resume_path);
                    let navigate = navigate.clone();
                    let first = first.clone();
                    view! {
                        <section class="fh-resume" aria-labelledby="fh-resume-heading">
                            <h2 id="fh-resume-heading">{move || i18n.t("screener-start-resume-heading")}</h2>
                            <p>
                                <a class="button button-primary" href=resume data-testid="screener-resume">
                                    {move || i18n.t("screener-start-resume")}
                                </a>
                            </p>
                            <p><a href=CHECK>{move || i18n.t("screener-start-check")}</a></p>
                            <p>
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    on:click=move |_| {
                                        answers.set(Svar::default());
                                        navigate(&first, Default::default());
                                    }
                                >
                                    {move || i18n.t("screener-start-over")}
                                </button>
                            </p>
                        </section>
                    }
                    .into_any()
                } else {
                    view! {
                        <p class="fh-start-button">
                            <a class="button button-primary" href=first.clone() data-testid="screener-start">
                                {move || i18n.t("screener-start-button")}
                            </a>
                        </p>
                    }
                    .into_any()
                }
            }}
            <h2>{move || i18n.t("screener-start-privacy-heading")}</h2>
            <p>
                {move || i18n.t("screener-start-privacy")}
                " "
                <a href="/om-portalen">{move || i18n.t("screener-start-privacy-link")}</a>
            </p>
        </div>
    }
}

/// The body of the check and result pages: `page(language, answers)` once something is
/// answered; before that what `empty_key` says, and the way to the first question.
fn when_answered(
    empty_key: &'static str,
    page: impl Fn(Lang, Svar) -> AnyView + Send + Sync + 'static,
) -> impl Fn() -> AnyView + Send + Sync + 'static {
    let i18n = use_i18n();
    let answers = use_answers();
    move || {
        let svar = answers.svar.get();
        if svar == Svar::default() {
            return view! {
                <p>{i18n.t(empty_key)}</p>
                <p><a class="button button-primary" href=START>{i18n.t("screener-start-button")}</a></p>
            }
            .into_any();
        }
        page(i18n.lang.get(), svar)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::screener::{Hvem, BESKED_IDS, SPURGTE_TEMAER};

    #[test]
    fn every_domain_message_has_a_text_in_both_languages() {
        for lang in Lang::ALL {
            for id in BESKED_IDS {
                let text = translate_with(lang, id, &[("hvem", "du")]);
                assert_ne!(&text, id, "{lang:?}: no text for {id}");
            }
        }
    }

    #[test]
    fn the_screener_files_never_promise_a_right() {
        for src in [
            include_str!("../../../../locales/da/screener.ftl"),
            include_str!("../../../../locales/en/screener.ftl"),
        ] {
            let lower = src.to_lowercase();
            for bad in ["ret til", "berettig", "entitled", "right to"] {
                assert!(!lower.contains(bad), "the screener texts say {bad:?}");
            }
        }
    }

    #[test]
    fn questions_say_du_or_personen() {
        let mut svar = Svar::default();
        let q = Spoergsmaal::Niveau(SPURGTE_TEMAER[0]);
        assert_eq!(
            question_text(Lang::Da, Spoergsmaal::Alder, &svar),
            "Hvor gammel er du?"
        );
        assert!(question_text(Lang::Da, q, &svar).contains("for dig: praktiske ting"));
        svar.hvem = Some(Hvem::Hjaelper);
        assert_eq!(
            question_text(Lang::Da, Spoergsmaal::Alder, &svar),
            "Hvor gammel er personen?"
        );
        assert!(question_text(Lang::En, Spoergsmaal::Alder, &svar).contains("the person"));
    }

    #[test]
    fn answers_are_shown_in_words() {
        let svar = Svar::default();
        for (q, value, words) in [
            (Spoergsmaal::Kommune, "viborg", "Viborg Kommune"),
            (Spoergsmaal::Alder, "30", "30 år"),
            (Spoergsmaal::Alder, "ved-ikke", "Ved ikke"),
            (Spoergsmaal::Vanskeligheder, "", "Intet af dette"),
        ] {
            assert_eq!(
                answer_label(Lang::Da, q, value, &svar),
                words,
                "{q:?} {value:?}"
            );
        }
        assert_eq!(
            question_path(Spoergsmaal::Alder, true),
            "/find-hjaelp/sporgsmaal/alder?fra=tjek"
        );
        assert_eq!(resume_path(&svar), "/find-hjaelp/sporgsmaal/hvem");
    }
}

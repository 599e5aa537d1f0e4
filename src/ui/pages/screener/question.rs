//! One question per page (the GOV.UK question-page pattern in DKFDS style): back link,
//! step indicator, the question as the page's `<h1>`, radios or checkboxes ("Ved ikke"
//! where the domain offers it), the age field or the municipality select, "Fortsæt"; with
//! no valid answer an error summary at the top (focused), "Fejl: " in the title and a
//! message at the field.

use super::{question_path, question_text, CHECK, START};
use crate::domain::screener::{
    foerste_ubesvarede, forrige, naeste, spoergsmaal, Spoergsmaal, AFSNIT,
};
use crate::ui::components::{
    error_id, focus_error_summary, BackLink, Checkbox, Choice, Choices, ErrorLink, ErrorSummary,
    Field, MunicipalitySelect, PageTitle, ReadAloud, TextInput,
};
use crate::ui::i18n::use_i18n;
use crate::ui::{tk, use_answers, use_chosen};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

/// The id of the age field.
const AGE_INPUT_ID: &str = "alder-input";
/// The id of the municipality select (not `kommune`: that is Ansøgning's).
const KOMMUNE_SELECT_ID: &str = "fh-kommune";

/// The Fluent key of the message when nothing is chosen.
fn missing_key(q: Spoergsmaal) -> &'static str {
    match q {
        Spoergsmaal::Hvem => tk("screener-fejl-hvem"),
        Spoergsmaal::Kommune => tk("screener-fejl-kommune"),
        Spoergsmaal::Alder => tk("screener-fejl-alder-tom"),
        Spoergsmaal::Bolig => tk("screener-fejl-bolig"),
        Spoergsmaal::Vanskeligheder => tk("screener-fejl-vanskeligheder"),
        Spoergsmaal::Niveau(_) => tk("screener-fejl-niveau"),
        Spoergsmaal::Socialt => tk("screener-fejl-socialt"),
        Spoergsmaal::Pension => tk("screener-fejl-pension"),
        Spoergsmaal::Anonym
        | Spoergsmaal::Paaroerende
        | Spoergsmaal::Doevblind
        | Spoergsmaal::Bpa
        | Spoergsmaal::Merudgifter => tk("screener-fejl-ja-nej"),
    }
}

/// Reads the age field: the form value for `Spoergsmaal::saet`, or the Fluent key of the
/// message to show. (Whether the number is a possible age is the domain's call.)
pub fn age_value(text: &str, ved_ikke: bool) -> Result<String, &'static str> {
    let text = text.trim();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    match (text.is_empty(), ved_ikke) {
        (true, true) => Ok("ved-ikke".to_string()),
        (true, false) => Err(tk("screener-fejl-alder-tom")),
        (false, true) => Err(tk("screener-fejl-alder-begge")),
        (false, false) if digits(text) => Ok(text.to_string()),
        (false, false) if text.strip_prefix('-').is_some_and(digits) => {
            Err(tk("screener-fejl-alder-negativ"))
        }
        (false, false) => Err(tk("screener-fejl-alder-tal")),
    }
}

/// The route: resolves the question from the address, or goes to the first unanswered
/// question when the id is unknown or the question does not apply to these answers.
#[component]
pub fn ScreenerQuestion() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let answers = use_answers();
    let navigate = use_navigate();
    // `?fra=tjek` (a change from "Tjek dine svar") is applied after the first render, so
    // the first render depends on the path only (the pre-rendered first question).
    let fra_tjek = RwSignal::new(false);
    Effect::new(move |_| fra_tjek.set(query.with(|q| q.get("fra").as_deref() == Some("tjek"))));
    let key = Memo::new(move |_| {
        (
            params.with(|p| p.get("id").unwrap_or_default()),
            fra_tjek.get(),
        )
    });
    let resolve = move |id: &str| {
        Spoergsmaal::fra_id(id)
            .filter(|q| answers.svar.with_untracked(|s| spoergsmaal(s).contains(q)))
    };
    Effect::new(move |_| {
        let (id, _) = key.get();
        if resolve(&id).is_none() {
            let target = answers.svar.with_untracked(|s| {
                foerste_ubesvarede(s)
                    .map(|q| question_path(q, false))
                    .unwrap_or_else(|| CHECK.to_string())
            });
            navigate(
                &target,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    // A new form for every question (its state starts from the saved answer).
    move || {
        let (id, fra_tjek) = key.get();
        resolve(&id).map(|q| view! { <QuestionForm q=q fra_tjek=fra_tjek /> })
    }
}

#[component]
fn QuestionForm(q: Spoergsmaal, fra_tjek: bool) -> impl IntoView {
    let i18n = use_i18n();
    let answers = use_answers();
    let chosen = use_chosen();
    let navigate = use_navigate();
    let qid = q.id();

    // The form's state, from the saved answer (the chosen municipality pre-selects the
    // municipality question). Nothing typed or ticked is lost on an error.
    let mut initial = answers.svar.with_untracked(|s| q.vaerdier(s));
    if initial.is_empty() && q == Spoergsmaal::Kommune {
        initial.extend(chosen.municipality.get_untracked());
    }
    let age_unknown = RwSignal::new(initial.first().is_some_and(|v| v == "ved-ikke"));
    let age_text = RwSignal::new(
        initial
            .first()
            .filter(|v| q == Spoergsmaal::Alder && *v != "ved-ikke")
            .cloned()
            .unwrap_or_default(),
    );
    let selected = RwSignal::new(initial);
    let error = RwSignal::new(None::<&'static str>);

    // Memos: "Fortsæt" sets the answers just before this form is replaced by the next
    // question's; only what actually changes (rarely anything) is rendered again, so the
    // outgoing form's heading, title, back link and every option's label are not redone.
    let ordvalg = Memo::new(move |_| answers.svar.with(|s| s.ordvalg()));
    let hvem = move || ordvalg.get().as_str();
    let text = Memo::new(move |_| answers.svar.with(|s| question_text(i18n.lang.get(), q, s)));
    let title = move || match error.get() {
        Some(_) => i18n.t_with("screener-title-error", &[("title", &text.get())]),
        None => text.get(),
    };
    // Progress by part ("Del 2 af 4: Din hverdag"): it never goes back as the person moves
    // on, however many questions the answers add (issue 13).
    let step = move || {
        let nr = q.afsnit();
        let navn = i18n.t(&format!("screener-afsnit-{nr}"));
        i18n.t_with(
            tk("screener-step"),
            &[
                ("nr", &nr.to_string()),
                ("antal", &AFSNIT.to_string()),
                ("afsnit", &navn),
            ],
        )
    };
    let back = Memo::new(move |_| {
        if fra_tjek {
            return CHECK.to_string();
        }
        answers
            .svar
            .with(|s| forrige(s, q))
            .map(|p| question_path(p, false))
            .unwrap_or_else(|| START.to_string())
    });
    let message = move || error.get().map(|k| i18n.t_with(k, &[("hvem", hvem())]));

    // The options of a radio or checkbox question: (form value, Fluent message id). The
    // municipality question is a select of its own (`MunicipalitySelect`).
    let options: Vec<(String, &'static str)> = q
        .valg()
        .into_iter()
        .map(|(v, msg)| (v.to_string(), msg))
        .collect();
    let field_id = if q == Spoergsmaal::Alder {
        AGE_INPUT_ID.to_string()
    } else if q == Spoergsmaal::Kommune {
        KOMMUNE_SELECT_ID.to_string()
    } else {
        format!("{qid}-0")
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let values = if q == Spoergsmaal::Alder {
            age_value(&age_text.get_untracked(), age_unknown.get_untracked()).map(|v| vec![v])
        } else {
            let v = selected.get_untracked();
            if v.is_empty() {
                Err(missing_key(q))
            } else {
                Ok(v)
            }
        };
        let svar = values.and_then(|values| {
            let mut svar = answers.svar.get_untracked();
            let refs: Vec<&str> = values.iter().map(String::as_str).collect();
            q.saet(&mut svar, &refs).map_err(|_| match q {
                Spoergsmaal::Alder => tk("screener-fejl-alder-for-hoej"),
                _ => tk("screener-fejl-ugyldig"),
            })?;
            Ok(svar)
        });
        match svar {
            Err(key) => {
                error.set(Some(key));
                focus_error_summary();
            }
            Ok(svar) => {
                // From the check page: the questions that became relevant, then back there.
                let next = if fra_tjek {
                    foerste_ubesvarede(&svar).map(|n| question_path(n, true))
                } else {
                    naeste(&svar, Some(q)).map(|n| question_path(n, false))
                };
                if q == Spoergsmaal::Kommune {
                    chosen.choose(svar.kommune.clone());
                }
                answers.set(svar);
                error.set(None);
                navigate(
                    &next.unwrap_or_else(|| CHECK.to_string()),
                    Default::default(),
                );
            }
        }
    };

    let summary_field = field_id.clone();
    let error_summary = view! {
        <ErrorSummary
            heading=Signal::derive(move || i18n.t("screener-error-summary"))
            items=Signal::derive(move || {
                message().map(|msg| ErrorLink::field(summary_field.clone(), msg)).into_iter().collect()
            })
        />
    };
    let message = Signal::derive(message);
    let caption = Signal::derive(step);
    let heading: Signal<String> = text.into();
    let field = if q == Spoergsmaal::Alder {
        let unknown = Choice::new(
            "alder-ved-ikke",
            "ved-ikke",
            Signal::derive(move || i18n.t_with("screener-q-alder-ved-ikke", &[("hvem", hvem())])),
            age_unknown,
            move |on| age_unknown.set(on),
        )
        .divider(Signal::derive(move || i18n.t("screener-or")));
        view! {
            <TextInput
                id=AGE_INPUT_ID.to_string()
                label=heading
                caption=caption
                hint=Signal::derive(move || i18n.t("screener-alder-hint"))
                error=message
                value=age_text
                on_input=Callback::new(move |v| age_text.set(v))
                inputmode="numeric"
                input_class="fh-age-input"
                suffix=Signal::derive(move || i18n.t("screener-alder-unit"))
                class="fh-field"
                after=move || view! { <Checkbox name="alder-ved-ikke".to_string() choice=unknown.clone() /> }
            />
        }
        .into_any()
    } else if q == Spoergsmaal::Kommune {
        // 98 municipalities: a select (type the first letters to get there; the same
        // control as the header's and Ansøgning's), not 98 radio buttons.
        let (select_id, select_name) = (field_id.clone(), qid.clone());
        view! {
            <Field id=field_id.clone() label=heading caption=caption error=message class="fh-field">
                <MunicipalitySelect
                    id=select_id
                    name=select_name
                    placeholder="screener-kommune-vaelg"
                    described_by=Signal::derive(move || message.with(Option::is_some).then(|| error_id(KOMMUNE_SELECT_ID)))
                    value=Signal::derive(move || selected.with(|s| s.first().cloned().unwrap_or_default()))
                    on_choose=Callback::new(move |v: String| selected.set(if v.is_empty() { vec![] } else { vec![v] }))
                />
            </Field>
        }
        .into_any()
    } else {
        let multi = q.flere_valg();
        let choices = options
            .into_iter()
            .enumerate()
            .map(|(i, (value, msg))| {
                let v_checked = value.clone();
                let v_change = value.clone();
                let label_text = Signal::derive(move || i18n.t_with(msg, &[("hvem", hvem())]));
                let on_change = move |on: bool| {
                    let v = v_change.clone();
                    selected.update(|s| {
                        if !multi {
                            *s = vec![v];
                        } else if on && v.is_empty() {
                            // "Intet af dette" stands alone.
                            *s = vec![v];
                        } else if on {
                            s.retain(|x| !x.is_empty() && *x != v);
                            s.push(v);
                        } else {
                            s.retain(|x| *x != v);
                        }
                    });
                };
                let checked = Signal::derive(move || selected.with(|s| s.contains(&v_checked)));
                let choice = Choice::new(
                    format!("{qid}-{i}"),
                    value.clone(),
                    label_text,
                    checked,
                    on_change,
                );
                // "Intet af dette" comes after "eller".
                if multi && value.is_empty() {
                    choice.divider(Signal::derive(move || i18n.t("screener-or")))
                } else {
                    choice
                }
            })
            .collect::<Vec<_>>();
        view! { <Choices multiple=multi name=qid.clone() legend=heading caption=caption error=message choices=choices class="fh-field" /> }.into_any()
    };

    view! {
        <PageTitle text=title />
        <div class="page-narrow fh-question" data-question=qid.clone()>
            <BackLink href=back label=Signal::derive(move || i18n.t("screener-back")) />
            <ReadAloud target=".fh-question form" />
            {error_summary}
            <form novalidate on:submit=on_submit>
                {field}
                <button type="submit" class="button button-primary fh-continue">{move || i18n.t("screener-continue")}</button>
            </form>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_age_field_is_read_forgivingly_and_explained() {
        assert_eq!(age_value(" 45 ", false), Ok("45".to_string()));
        assert_eq!(age_value("", true), Ok("ved-ikke".to_string()));
        assert_eq!(age_value("", false), Err("screener-fejl-alder-tom"));
        assert_eq!(age_value("45", true), Err("screener-fejl-alder-begge"));
        assert_eq!(age_value("fyrre", false), Err("screener-fejl-alder-tal"));
        assert_eq!(age_value("4,5", false), Err("screener-fejl-alder-tal"));
        assert_eq!(age_value("-3", false), Err("screener-fejl-alder-negativ"));
        // A very large number is a number: the domain rejects it (too high).
        assert_eq!(age_value("999", false), Ok("999".to_string()));
        let mut svar = crate::domain::screener::Svar::default();
        assert!(Spoergsmaal::Alder.saet(&mut svar, &["999"]).is_err());
    }

    #[test]
    fn every_question_has_a_message_when_nothing_is_chosen() {
        use crate::ui::i18n::{translate, Lang};
        let mut all = vec![
            Spoergsmaal::Hvem,
            Spoergsmaal::Kommune,
            Spoergsmaal::Alder,
            Spoergsmaal::Bolig,
            Spoergsmaal::Vanskeligheder,
            Spoergsmaal::Socialt,
            Spoergsmaal::Anonym,
            Spoergsmaal::Paaroerende,
            Spoergsmaal::Doevblind,
            Spoergsmaal::Pension,
            Spoergsmaal::Bpa,
            Spoergsmaal::Merudgifter,
        ];
        all.extend(
            crate::domain::screener::SPURGTE_TEMAER
                .iter()
                .map(|t| Spoergsmaal::Niveau(*t)),
        );
        for q in all {
            let key = missing_key(q);
            assert_ne!(translate(Lang::Da, key), key);
            assert_ne!(translate(Lang::En, key), key);
        }
    }
}

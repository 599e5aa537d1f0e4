//! "Tjek dine svar": every question that applies, its answer in words, and a change link
//! per answer (`?fra=tjek`, so "Fortsæt" comes back here).

use super::{answer_label, question_path, question_text, when_answered, RESULT};
use crate::domain::screener::spoergsmaal;
use crate::ui::i18n::use_i18n;
use crate::ui::pages::{PageHead, P};
use crate::ui::tk;
use leptos::prelude::*;

#[component]
pub fn ScreenerCheck() -> impl IntoView {
    let i18n = use_i18n();
    let body = when_answered(tk("screener-check-none"), move |lang, svar| {
        let flow = spoergsmaal(&svar);
        let missing = flow.iter().filter(|q| !q.er_besvaret(&svar)).count();
        let rows = flow
            .into_iter()
            .map(|q| {
                let question = question_text(lang, q, &svar);
                let values = q.vaerdier(&svar);
                let answered = q.er_besvaret(&svar);
                let value_view = if answered {
                    let labels: Vec<String> = values
                        .iter()
                        .map(|v| answer_label(lang, q, v, &svar))
                        .collect();
                    if labels.len() == 1 {
                        labels.into_iter().next().unwrap_or_default().into_any()
                    } else {
                        view! {
                            <ul class="nobullet-list fh-summary-values">
                                {labels.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }
                } else {
                    view! { <em>{i18n.t("screener-check-not-answered")}</em> }.into_any()
                };
                let link_key = if answered {
                    tk("screener-check-change")
                } else {
                    tk("screener-check-answer")
                };
                view! {
                    <div class="fh-summary-row" data-question=q.id()>
                        <dt class="fh-summary-key">{question.clone()}</dt>
                        <dd class="fh-summary-value">{value_view}</dd>
                        <dd class="fh-summary-action">
                            <a href=question_path(q, true)>
                                {i18n.t(link_key)}
                                <span class="sr-only">" " {question}</span>
                            </a>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <dl class="fh-summary" data-testid="screener-summary">{rows}</dl>
            {(missing > 0).then(|| view! {
                <div class="alert alert-info" role="note">
                    <div class="alert-body">
                        <p class="alert-text">{i18n.t_with("screener-check-missing", &[("antal", &missing.to_string())])}</p>
                    </div>
                </div>
            })}
            <p class="fh-actions">
                <a class="button button-primary" href=RESULT data-testid="screener-see-result">
                    {i18n.t("screener-check-results")}
                </a>
            </p>
        }
        .into_any()
    });
    view! {
        <div class="page-narrow fh-check">
            <PageHead title=tk("screener-check-title") heading=tk("screener-check-heading") />
            <P key=tk("screener-check-lead") />
            {body}
        </div>
    }
}

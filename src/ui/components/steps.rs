//! The step indicator (DKFDS "trinindikator"): the steps of a form that goes page by page,
//! as a numbered list in a `<nav>`.
//!
//! **Use** it at the top of each step of a long form whose steps a person may go back to
//! (Ansøgning): a step that is done, or that may be reached without skipping a step with
//! errors, is a link; the current step says `aria-current="step"`; a step not yet
//! reachable is plain text. Each state is said in words to screen readers ("du er her",
//! "udfyldt"), not only by colour. **Don't** use it for a short question flow whose
//! questions change with the answers (Find hjælp says "Del 2 af 4" in the heading, see
//! `QuestionHeading`), nor on the receipt or confirmation page.

use crate::ui::i18n::use_i18n;
use leptos::prelude::*;

/// Where a step stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    Done,
    Current,
    Later,
}

/// One step of the indicator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub title: String,
    /// A link to the step, if it may be reached now (never on the current step).
    pub href: Option<String>,
    pub state: StepState,
}

/// The steps, in order.
#[component]
pub fn StepIndicator(
    /// The navigation's name for screen readers ("Trin i ansøgningen").
    #[prop(into)]
    label: Signal<String>,
    #[prop(into)] steps: Signal<Vec<Step>>,
    /// Left out of the printed page.
    #[prop(optional)]
    no_print: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let class = if no_print {
        "ans-steps ans-no-print"
    } else {
        "ans-steps"
    };
    let items = move || {
        steps
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let status = match s.state {
                    StepState::Current => Some(i18n.t("step-status-current")),
                    StepState::Done => Some(i18n.t("step-status-done")),
                    StepState::Later => None,
                };
                let inner = view! {
                    <span class="step-number"><span>{i + 1}</span></span>
                    <div>
                        <span class="step-title">{s.title}</span>
                        {status.map(|st| view! { <span class="sr-only">" (" {st} ")"</span> })}
                    </div>
                };
                let li_class = match s.state {
                    StepState::Current => "current",
                    StepState::Done => "completed",
                    StepState::Later => "",
                };
                match (s.state, s.href) {
                    (StepState::Current, _) => view! {
                        <li class=li_class><span class="step" aria-current="step">{inner}</span></li>
                    }
                    .into_any(),
                    (_, Some(href)) => {
                        view! { <li class=li_class><a class="step" href=href>{inner}</a></li> }
                            .into_any()
                    }
                    (_, None) => view! {
                        <li class=li_class><span class="step step-later">{inner}</span></li>
                    }
                    .into_any(),
                }
            })
            .collect_view()
    };
    view! {
        <nav class=class aria-label=move || label.get()>
            <ol class="step-indicator">{items}</ol>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::components::assert_contains;

    #[test]
    fn each_state_is_said_and_only_reachable_steps_are_links() {
        let steps = vec![
            Step {
                title: "Om dig".into(),
                href: Some("/ansoegning/om-dig".into()),
                state: StepState::Done,
            },
            Step {
                title: "Hvad søger du".into(),
                href: Some("/ansoegning/hjaelp".into()),
                state: StepState::Current,
            },
            Step {
                title: "Udgifter".into(),
                href: None,
                state: StepState::Later,
            },
        ];
        let owner = Owner::new();
        let html = owner
            .with(|| {
                provide_context(crate::ui::i18n::I18n {
                    lang: RwSignal::new(crate::ui::i18n::Lang::Da),
                });
                view! { <StepIndicator label="Trin".to_string() steps=steps no_print=true /> }
                    .to_html()
            })
            .replace("<!>", "");
        assert_contains(
            &html,
            &[
                "<nav aria-label=\"Trin\" class=\"ans-steps ans-no-print\">",
                "<li class=\"completed\"><a href=\"/ansoegning/om-dig\" class=\"step\">",
            ],
        );
        // The current step is no link, even with an address.
        assert!(!html.contains("href=\"/ansoegning/hjaelp\""), "{html}");
        assert!(html.contains("aria-current=\"step\""), "{html}");
        assert!(
            html.contains("(du er her)") && html.contains("(udfyldt)"),
            "{html}"
        );
        assert!(html.contains("<span class=\"step step-later\">"), "{html}");
        assert_eq!(html.matches("<li").count(), 3);
    }
}

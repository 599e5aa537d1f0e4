//! The error summary at the top of a form (the GOV.UK / DKFDS pattern).
//!
//! **Use** it once per form, above the form, when the person has submitted and one or more
//! fields have errors: a heading and one link per message, each link moving focus to its
//! field (or opening the page where the field is). Call [`focus_error_summary`] when the
//! errors are shown, so a screen reader reads the summary and a keyboard user starts from
//! it. Put "Fejl: " in front of the page title at the same time (see `PageTitle`). The
//! message next to each field is the field's own (it says the same words).
//! **Don't** use it for a message that belongs to no field (use an alert), nor for a
//! warning that does not stop the form.
//!
//! The live region (`role="alert"`) is on a child, not on the element that takes focus:
//! when both are on one element, some screen readers announce it twice or lose the
//! announcement to the focus change (GOV.UK Frontend does the same).

use crate::ui::browser;
use leptos::prelude::*;

/// The summary's id (the target of [`focus_error_summary`]).
pub const ERROR_SUMMARY_ID: &str = "error-summary";

/// One message of the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorLink {
    /// The message, as the person reads it.
    pub text: String,
    /// Where the link goes.
    pub target: ErrorTarget,
}

/// Where a message's link goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorTarget {
    /// A field on this page, by its id: the link moves focus there.
    Field(String),
    /// Another page (a step of a form): an ordinary link.
    Page(String),
}

impl ErrorLink {
    /// A message about the field with this id on this page.
    pub fn field(id: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            target: ErrorTarget::Field(id.into()),
        }
    }
    /// A message about a field on another page.
    pub fn page(href: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            target: ErrorTarget::Page(href.into()),
        }
    }
}

/// Moves focus to the summary once it is in the document (after the next frame).
pub fn focus_error_summary() {
    browser::focus_later(ERROR_SUMMARY_ID);
}

/// The summary; renders nothing while `items` is empty.
#[component]
pub fn ErrorSummary(
    /// "Der er et problem" or the form's own wording.
    #[prop(into)]
    heading: Signal<String>,
    /// The messages, in the order of the fields.
    #[prop(into)]
    items: Signal<Vec<ErrorLink>>,
) -> impl IntoView {
    move || {
        let list = items.get();
        (!list.is_empty()).then(|| {
            let links = list
                .into_iter()
                .map(|item| match item.target {
                    ErrorTarget::Page(href) => view! { <li><a href=href>{item.text}</a></li> }.into_any(),
                    ErrorTarget::Field(id) => {
                        let href = format!("#{id}");
                        view! {
                            <li>
                                <a
                                    href=href
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        browser::focus(&id);
                                    }
                                >
                                    {item.text}
                                </a>
                            </li>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! {
                <div
                    class="alert alert-error error-summary"
                    id=ERROR_SUMMARY_ID
                    tabindex="-1"
                    aria-labelledby="error-summary-heading"
                    data-testid="error-summary"
                >
                    <div class="alert-body" role="alert">
                        <h2 class="alert-heading" id="error-summary-heading">{move || heading.get()}</h2>
                        <ul class="alert-text nobullet-list">{links}</ul>
                    </div>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::components::assert_contains;

    fn render(items: Vec<ErrorLink>) -> String {
        crate::ui::components::render_html("/", || {
            view! { <ErrorSummary heading=String::from("Der er et problem") items=items /> }
        })
    }

    #[test]
    fn nothing_without_errors() {
        assert!(!render(vec![]).contains("error-summary"));
    }

    #[test]
    fn the_live_region_is_a_child_of_the_focused_element() {
        let html = render(vec![ErrorLink::field("amount", "Skriv et beløb")]);
        let outer = html.find("id=\"error-summary\"").expect("the summary");
        let alert = html.find("role=\"alert\"").expect("a live region");
        assert!(alert > outer, "{html}");
        // The element that takes focus is not itself the live region.
        let outer_tag =
            &html[html[..outer].rfind('<').unwrap()..html[outer..].find('>').unwrap() + outer];
        assert!(outer_tag.contains("tabindex=\"-1\""), "{outer_tag}");
        assert!(!outer_tag.contains("role="), "{outer_tag}");
        assert!(html.contains("aria-labelledby=\"error-summary-heading\""));
        assert!(html.contains(">Der er et problem</h2>"), "{html}");
    }

    #[test]
    fn a_field_link_points_at_the_field_and_a_page_link_at_the_page() {
        let html = render(vec![
            ErrorLink::field("fornavn", "Skriv dit fornavn"),
            ErrorLink::page("/ansoegning/hjaelp", "Vælg mindst én form for hjælp"),
        ]);
        assert_contains(
            &html,
            &[
                "href=\"#fornavn\"",
                ">Skriv dit fornavn</a>",
                "href=\"/ansoegning/hjaelp\"",
            ],
        );
        // In the order given.
        assert!(html.find("fornavn").unwrap() < html.find("/ansoegning/hjaelp").unwrap());
    }

    #[test]
    fn a_message_is_text_never_markup() {
        let html = render(vec![ErrorLink::field("x", "<b>fed</b>")]);
        assert!(html.contains("&lt;b&gt;fed&lt;/b&gt;"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
    }
}

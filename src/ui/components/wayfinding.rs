//! Where the person is, and the way back: breadcrumbs and the back link.
//!
//! **Breadcrumbs** — use on a page one level below a section's start page (a service page
//! under Ydelser, a calculator under Beregn): the section's start page as a link, then this
//! page's title (marked `aria-current="page"`). Don't use it on the sections' start pages
//! (the main menu marks the section) nor inside a form's steps (use the back link).
//!
//! **BackLink** — use at the top of a step in a form that goes page by page (a question in
//! Find hjælp, a step of Ansøgning): it goes to the previous step, never loses an answer.
//! Don't use it to leave a form (the breadcrumbs or the main menu do that). `no_print`
//! leaves it out of the printed page.

use leptos::prelude::*;
use leptos_router::components::A;

/// A section's start page, then this page.
#[component]
pub fn Breadcrumbs(
    /// The section's start page.
    #[prop(into)]
    parent_href: String,
    /// Its name ("Ydelser").
    #[prop(into)]
    parent: Signal<String>,
    /// This page's title.
    #[prop(into)]
    current: Signal<String>,
    /// The navigation's name for screen readers ("Du er her").
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label=move || label.get()>
            <ol>
                <li><A href=parent_href>{move || parent.get()}</A></li>
                <li aria-current="page">{move || current.get()}</li>
            </ol>
        </nav>
    }
}

/// The link back to the previous step of a form.
#[component]
pub fn BackLink(
    /// The previous step (it may change with the answers).
    #[prop(into)]
    href: Signal<String>,
    #[prop(into)] label: Signal<String>,
    /// Left out of the printed page.
    #[prop(optional)]
    no_print: bool,
) -> impl IntoView {
    let class = if no_print {
        "back-link fh-back ans-no-print"
    } else {
        "back-link fh-back"
    };
    view! { <a class=class href=move || href.get()>{move || label.get()}</a> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::components::assert_contains;
    use leptos_router::components::Router;

    fn render(f: impl FnOnce() -> AnyView + Send + 'static) -> String {
        crate::ui::components::render_html("/", || view! { <Router>{f()}</Router> })
    }

    #[test]
    fn breadcrumbs_link_the_section_and_mark_this_page() {
        let html = render(|| {
            view! {
                <Breadcrumbs
                    parent_href="/beregn"
                    parent=String::from("Beregn")
                    current=String::from("Kompensationsydelse")
                    label=String::from("Du er her")
                />
            }
            .into_any()
        });
        assert_contains(
            &html,
            &[
                "aria-label=\"Du er her\"",
                "href=\"/beregn\"",
                ">Beregn</a>",
                "<li aria-current=\"page\">Kompensationsydelse",
            ],
        );
    }

    #[test]
    fn a_back_link_goes_to_the_previous_step_and_can_stay_off_paper() {
        let html = render(|| {
            view! { <BackLink href="/ansoegning/om-dig" label=String::from("Tilbage") no_print=true /> }
                .into_any()
        });
        assert_contains(
            &html,
            &[
                "href=\"/ansoegning/om-dig\"",
                "ans-no-print",
                ">Tilbage</a>",
            ],
        );
        let on_paper =
            render(|| view! { <BackLink href="/x" label=String::from("Tilbage") /> }.into_any());
        assert!(!on_paper.contains("ans-no-print"), "{on_paper}");
    }
}

//! The "needs JavaScript" notice: a `<noscript>` on the app's own sections (Find hjælp,
//! Beregn, Ansøgning), kept by the pre-rendered page (scripts/prerender.mjs), so a visitor
//! without JavaScript learns that this part needs it and gets the municipalities' phone
//! numbers (and 112).
//!
//! **Use** it once, in the page shell: it shows itself on the app's sections. **Don't** put
//! it on a page of its own, nor on a content page (those work without JavaScript; a control
//! that needs the app is hidden by `html.no-js` instead). The app shell's fallback page
//! (index.html, for addresses that are not pre-rendered) has a short static copy outside
//! the app, which scripts/prerender.mjs takes out of every pre-rendered page.

use crate::ui::i18n::use_i18n;
use crate::ui::shell::escape_html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The parts of the portal that only work with JavaScript (the app itself). The same list is
/// in scripts/prerender.mjs (the test below) and public/boot.js (checked by prerender.mjs).
pub const APP_SECTIONS: &[&str] = &["/find-hjaelp", "/beregn", "/ansoegning"];

/// The notice, on the app's sections only (the shell places it once, above every page).
#[component]
pub fn NeedsJavaScript() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    // A memo: the notice is built again only when entering or leaving a section, not on
    // every step inside one.
    let in_app_section = Memo::new(move |_| {
        let path = location.pathname.get();
        APP_SECTIONS
            .iter()
            .any(|s| path == *s || path.starts_with(&format!("{s}/")))
    });
    move || {
        in_app_section.get().then(|| {
            // The municipalities with data of their own; every other one is named once.
            let mut contacts: String = crate::domain::content::catalog()
                .with_own_data()
                .into_iter()
                .map(|m| {
                    let line = match m.phone {
                        Some(phone) => i18n
                            .t_with("needs-js-phone", &[("kommune", m.name), ("telefon", phone)]),
                        None => match m.website {
                            Some(web) => {
                                i18n.t_with("needs-js-web", &[("kommune", m.name), ("web", web)])
                            }
                            None => i18n.t_with("needs-js-none", &[("kommune", m.name)]),
                        },
                    };
                    format!("<li>{}</li>", escape_html(&line))
                })
                .collect();
            contacts.push_str(&format!(
                "<li>{}</li>",
                escape_html(&i18n.t("needs-js-other"))
            ));
            // With JavaScript on, a browser reads a `<noscript>`'s content as text, so its
            // content is given as HTML (the app never hydrates inside it).
            let inner = format!(
                r#"<div class="alert alert-info needs-js" data-testid="needs-js"><div class="alert-body"><h2 class="alert-heading">{}</h2><p class="alert-text">{}</p><ul>{}</ul><p class="alert-text">{}</p></div></div>"#,
                escape_html(&i18n.t("needs-js-heading")),
                escape_html(&i18n.t("needs-js-text")),
                contacts,
                escape_html(&i18n.t("needs-js-danger")),
            );
            view! { <noscript inner_html=inner></noscript> }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_scripts_know_the_same_app_sections() {
        let script = include_str!("../../../scripts/prerender.mjs");
        let line = script
            .lines()
            .find(|l| l.starts_with("const APP_SECTIONS = "))
            .expect("APP_SECTIONS in scripts/prerender.mjs");
        let list = format!(
            "[{}]",
            APP_SECTIONS
                .iter()
                .map(|s| format!("'{s}'"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        assert_eq!(line, format!("const APP_SECTIONS = {list};"));
    }
    use leptos_router::components::Router;

    fn render(path: &str) -> String {
        crate::ui::components::render_html(path, || view! { <Router><NeedsJavaScript /></Router> })
    }

    #[test]
    fn only_on_the_app_sections_and_inside_a_noscript() {
        for path in ["/find-hjaelp", "/beregn/p100", "/ansoegning/om-dig"] {
            let html = render(path);
            assert!(html.contains("<noscript>"), "{path}: {html}");
            assert!(html.contains("data-testid=\"needs-js\""), "{path}: {html}");
            assert!(html.contains("112"), "{path}: {html}");
        }
        for path in ["/", "/ydelser", "/beregning"] {
            assert!(!render(path).contains("noscript"), "{path}");
        }
    }
}

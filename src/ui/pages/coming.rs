//! Pages whose features come in later issues. Each says plainly what will come and what
//! the user can do until then.

use super::{PageHead, P};
use crate::ui::i18n::use_i18n;
use crate::ui::tk;
use leptos::prelude::*;
use leptos_router::components::A;

const APPLICATION_ITEMS: &[&str] = &[
    tk("application-coming-1"),
    tk("application-coming-2"),
    tk("application-coming-3"),
];

#[component]
fn ComingPage(
    title: &'static str,
    heading: &'static str,
    lead: &'static str,
    items: &'static [&'static str],
    #[prop(optional)] alert: Option<&'static str>,
    #[prop(optional)] meanwhile: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page-narrow">
            <PageHead title=title heading=heading />
            <P key=lead class="font-lead" />
            {alert.map(|key| view! {
                <div class="alert alert-warning" role="note">
                    <div class="alert-body"><p class="alert-text"><strong>{move || i18n.t(key)}</strong></p></div>
                </div>
            })}
            <h2>{move || i18n.t("coming-heading")}</h2>
            <ul class="coming-list">
                {items.iter().map(|key| view! { <li>{move || i18n.t(key)}</li> }).collect_view()}
            </ul>
            <h2>{move || i18n.t("coming-meanwhile")}</h2>
            {meanwhile.map(|key| view! { <P key=key /> })}
            <p>
                {move || i18n.t("contact-fallback")}
                " "
                <A href="/kontakt">{move || i18n.t("contact-fallback-link")}</A>
            </p>
        </div>
    }
}

#[component]
pub fn Application() -> impl IntoView {
    view! {
        <ComingPage
            title=tk("application-title")
            heading=tk("application-heading")
            lead=tk("application-lead")
            items=APPLICATION_ITEMS
        />
    }
}

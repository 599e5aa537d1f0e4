//! The pages of the portal. Each page sets its title and renders one `<h1>` with the id
//! the shell moves focus to.

mod about;
mod anonymous;
mod ansoegning;
mod beregn;
mod catalogue;
mod contact;
mod home;
mod screener;

pub use about::{Accessibility, Privacy};
pub use anonymous::{Anonymous, AnonymousTopic, Safety};
pub use ansoegning::{use_ansoegning, Ansoegning, AnsoegningTrin, Application};
pub use beregn::{
    use_sidste_beregning, Beregn100, BeregnBotilbud, BeregnDoegn, BeregnLedsager, Calculators,
    Gemt100, SidsteBeregning,
};
pub use catalogue::{
    fact_year_text, source_text, ContactBox, Glossary, GuideEasy, GuidePage, Linked,
    MunicipalityServices, NoDataContact, NoDataNotice, ParagraphEasy, ParagraphPage, ServiceEasy,
    ServicePage, Services,
};
pub use contact::Contact;
pub use home::Home;
pub use screener::{ScreenerCheck, ScreenerQuestion, ScreenerResult, ScreenerStart};

use super::i18n::use_i18n;
use super::shell::MAIN_HEADING_ID;
use super::tk;
use crate::ui::components::PageTitle;
use leptos::prelude::*;

/// Every municipality in Denmark, in Danish alphabetical order: (id, name).
pub fn municipalities() -> Vec<(&'static str, &'static str)> {
    crate::domain::content::municipalities_by_name()
        .into_iter()
        .map(|m| (m.id, m.name))
        .collect()
}

/// The page title and the page's one `<h1>` (focus target after navigation).
#[component]
pub fn PageHead(title: &'static str, heading: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=move || i18n.t(title) />
        <h1 id=MAIN_HEADING_ID tabindex="-1">{move || i18n.t(heading)}</h1>
    }
}

/// A paragraph from a Fluent key.
#[component]
pub fn P(key: &'static str, #[prop(optional)] class: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! { <p class=class>{move || i18n.t(key)}</p> }
}

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page-narrow">
            <PageHead title=tk("notfound-title") heading=tk("notfound-heading") />
            <P key=tk("notfound-text") class="font-lead" />
            <P key=tk("notfound-help") />
            <p>
                <a class="button button-primary" href="/">{move || i18n.t("back-home")}</a>
            </p>
        </div>
    }
}

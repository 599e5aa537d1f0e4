use super::{ContactBox, PageHead, P};
use crate::domain::content;
use crate::ui::i18n::use_i18n;
use crate::ui::shell::MunicipalityPicker;
use crate::ui::{tk, use_chosen};
use leptos::prelude::*;

#[component]
pub fn Contact() -> impl IntoView {
    let i18n = use_i18n();
    let chosen = use_chosen();
    view! {
        <div class="page-narrow">
            <PageHead title=tk("contact-title") heading=tk("contact-heading") />
            <P key=tk("contact-lead") class="font-lead" />
            <div class="alert alert-warning" role="note">
                <div class="alert-body"><p class="alert-text"><strong>{move || i18n.t("contact-danger")}</strong></p></div>
            </div>
            {move || match chosen.municipality.get().and_then(|id| content::municipality(&id)) {
                Some(m) => view! { <ContactBox m=m /> }.into_any(),
                None => view! { <P key=tk("contact-choose") /> }.into_any(),
            }}
            <MunicipalityPicker id="contact-municipality" />
        </div>
    }
}

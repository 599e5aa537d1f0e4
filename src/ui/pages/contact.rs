use super::{PageHead, P};
use crate::ui::i18n::use_i18n;
use crate::ui::shell::MunicipalityPicker;
use crate::ui::tk;
use leptos::prelude::*;

#[component]
pub fn Contact() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="page-narrow">
            <PageHead title=tk("contact-title") heading=tk("contact-heading") />
            <P key=tk("contact-lead") class="font-lead" />
            <div class="alert alert-warning" role="note">
                <div class="alert-body"><p class="alert-text"><strong>{move || i18n.t("contact-danger")}</strong></p></div>
            </div>
            <P key=tk("contact-choose") />
            <MunicipalityPicker id="contact-municipality" />
        </div>
    }
}

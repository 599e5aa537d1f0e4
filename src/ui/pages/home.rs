use super::{PageHead, P};
use crate::ui::i18n::use_i18n;
use crate::ui::shell::MunicipalityPicker;
use crate::ui::tk;
use leptos::prelude::*;
use leptos_router::components::A;

/// The tasks on the front page: (href, title key, text key).
const TASKS: &[(&str, &str, &str)] = &[
    (
        "/find-hjaelp",
        tk("home-task-screener"),
        tk("home-task-screener-text"),
    ),
    (
        "/ydelser",
        tk("home-task-services"),
        tk("home-task-services-text"),
    ),
    (
        "/beregn",
        tk("home-task-calculators"),
        tk("home-task-calculators-text"),
    ),
    (
        "/ansoegning",
        tk("home-task-application"),
        tk("home-task-application-text"),
    ),
    (
        "/anonym-hjaelp",
        tk("home-task-anonymous"),
        tk("home-task-anonymous-text"),
    ),
];

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHead title=tk("home-title") heading=tk("home-heading") />
        <P key=tk("home-lead") class="font-lead" />

        <section class="home-municipality" aria-labelledby="home-municipality-heading">
            <h2 id="home-municipality-heading">{move || i18n.t("home-municipality-heading")}</h2>
            <P key=tk("home-municipality-text") />
            <MunicipalityPicker id="home-municipality" />
        </section>

        <section aria-labelledby="home-tasks-heading">
            <h2 id="home-tasks-heading">{move || i18n.t("home-tasks-heading")}</h2>
            <ul class="task-list unstyled-list">
                {TASKS
                    .iter()
                    .map(|(href, title, text)| {
                        view! {
                            <li class="task-card">
                                <A href=move || i18n.href(href) attr:class="task-link">{move || i18n.t(title)}</A>
                                <p>{move || i18n.t(text)}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>

        <div class="home-info">
            <section aria-labelledby="home-helper-heading">
                <h2 id="home-helper-heading">{move || i18n.t("home-helper-heading")}</h2>
                <P key=tk("home-helper-text") />
            </section>
            <section aria-labelledby="home-privacy-heading">
                <h2 id="home-privacy-heading">{move || i18n.t("home-privacy-heading")}</h2>
                <P key=tk("home-privacy-text") />
                <p><A href="/om-portalen">{move || i18n.t("home-privacy-link")}</A></p>
            </section>
        </div>
    }
}

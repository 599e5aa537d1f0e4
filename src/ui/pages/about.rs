//! "Om portalen og dine data" (privacy, storage modes, delete everything) and the
//! accessibility statement.

use super::{PageHead, P};
use crate::domain::privacy::{self, StorageMode};
use crate::ui::i18n::use_i18n;
use crate::ui::storage::use_store;
use crate::ui::{tk, use_chosen};
use leptos::prelude::*;
use leptos_router::components::A;

fn mode_keys(mode: StorageMode) -> (&'static str, &'static str) {
    match mode {
        StorageMode::Nothing => (tk("privacy-mode-nothing"), tk("privacy-mode-nothing-hint")),
        StorageMode::Memory => (tk("privacy-mode-memory"), tk("privacy-mode-memory-hint")),
        StorageMode::Device => (tk("privacy-mode-device"), tk("privacy-mode-device-hint")),
    }
}

#[component]
pub fn Privacy() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let chosen = use_chosen();
    // The radio selection before "Gem mit valg" is pressed.
    let selected = RwSignal::new(store.mode.get_untracked());
    // The choice follows a change of the mode made elsewhere (not the first run: a choice
    // made before the app was ready stays).
    Effect::new(move |prev: Option<StorageMode>| {
        let mode = store.mode.get();
        if prev.is_some_and(|p| p != mode) {
            selected.set(mode);
        }
        mode
    });
    let status = RwSignal::new(None::<String>);

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mode = selected.get_untracked();
        store.set_mode(mode);
        let name = i18n.t(mode_keys(mode).0);
        status.set(Some(i18n.t_with("privacy-mode-saved", &[("mode", &name)])));
    };
    let delete = move |_| {
        store.delete_everything();
        chosen.municipality.set(None);
        status.set(Some(i18n.t("privacy-deleted")));
    };

    view! {
        <div class="page-narrow">
            <PageHead title=tk("privacy-title") heading=tk("privacy-heading") />
            <P key=tk("privacy-lead") class="font-lead" />

            <div class="status-region" role="status" aria-live="polite" data-testid="privacy-status">
                {move || status.get().map(|s| view! {
                    <div class="alert alert-success"><div class="alert-body"><p class="alert-text">{s}</p></div></div>
                })}
            </div>

            <h2>{move || i18n.t("privacy-modes-heading")}</h2>
            <p data-testid="current-mode">
                {move || {
                    let name = i18n.t(mode_keys(store.mode.get()).0);
                    i18n.t_with("privacy-current", &[("mode", &name)])
                }}
            </p>
            <form on:submit=save>
                <fieldset>
                    <legend class="form-label">{move || i18n.t("privacy-modes-legend")}</legend>
                    <ul class="nobullet-list">
                        {StorageMode::ALL
                            .into_iter()
                            .map(|mode| {
                                let (label, hint) = mode_keys(mode);
                                let id = format!("mode-{}", mode.id());
                                let hint_id = format!("{id}-hint");
                                view! {
                                    <li class="form-group-radio">
                                        <input
                                            type="radio"
                                            class="form-radio radio-large"
                                            name="storage-mode"
                                            id=id.clone()
                                            value=mode.id()
                                            aria-describedby=hint_id.clone()
                                            prop:checked=move || selected.get() == mode
                                            on:change=move |_| selected.set(mode)
                                        />
                                        <label for=id>{move || i18n.t(label)}</label>
                                        <span class="form-hint" id=hint_id>{move || i18n.t(hint)}</span>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </fieldset>
                <button type="submit" class="button button-primary">{move || i18n.t("privacy-mode-save")}</button>
            </form>

            <h2>{move || i18n.t("privacy-items-heading")}</h2>
            <P key=tk("privacy-items-intro") />
            <ul data-testid="stored-items">
                {privacy::STORED_ITEMS
                    .iter()
                    .map(|item| view! {
                        <li data-key=item.storage_key()>{move || i18n.t(item.description)}</li>
                    })
                    .collect_view()}
            </ul>

            <h2>{move || i18n.t("privacy-delete-heading")}</h2>
            <P key=tk("privacy-delete-text") />
            <button type="button" class="button button-secondary" data-testid="delete-all" on:click=delete>
                {move || i18n.t("privacy-delete-button")}
            </button>

            <h2>{move || i18n.t("privacy-history-heading")}</h2>
            <P key=tk("privacy-history-text") />

            <h2>{move || i18n.t("privacy-sent-heading")}</h2>
            <P key=tk("privacy-sent-text") />
        </div>
    }
}

const A11Y_TESTING: &[&str] = &[
    tk("a11y-testing-1"),
    tk("a11y-testing-2"),
    tk("a11y-testing-3"),
    tk("a11y-testing-4"),
];
const A11Y_KNOWN: &[&str] = &[tk("a11y-known-1"), tk("a11y-known-2"), tk("a11y-known-3")];

#[component]
pub fn Accessibility() -> impl IntoView {
    let i18n = use_i18n();
    let list = |keys: &'static [&'static str]| {
        view! { <ul>{keys.iter().map(|k| view! { <li>{move || i18n.t(k)}</li> }).collect_view()}</ul> }
    };
    view! {
        <div class="page-narrow">
            <PageHead title=tk("a11y-title") heading=tk("a11y-heading") />
            <P key=tk("a11y-lead") class="font-lead" />
            <h2>{move || i18n.t("a11y-official-heading")}</h2>
            <P key=tk("a11y-official-text") />
            <h2>{move || i18n.t("a11y-testing-heading")}</h2>
            {list(A11Y_TESTING)}
            <h2>{move || i18n.t("a11y-known-heading")}</h2>
            {list(A11Y_KNOWN)}
            <h2>{move || i18n.t("a11y-contact-heading")}</h2>
            <p>
                {move || i18n.t("a11y-contact-text")}
                " "
                <A href="/kontakt">{move || i18n.t("contact-fallback-link")}</A>
            </p>
            <P key=tk("a11y-updated") />
        </div>
    }
}

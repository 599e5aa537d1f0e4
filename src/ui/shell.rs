//! The page shell: skip link, header (portal name, municipality, language), main
//! navigation, footer, and the app-wide effects (language from `?lang=`, `<html lang>`,
//! focus on the main heading after navigation).

use super::i18n::{t, use_i18n, Lang};
use super::safety::{safety_effects, QuickExitButton, QuickExitSkipLink};
use super::storage::use_store;
use super::{pages::municipalities, tk, use_chosen};
use crate::domain::privacy::{self, StorageMode};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_query_map};

/// The id of every page's `<h1>`; focus moves there after navigation.
pub const MAIN_HEADING_ID: &str = "main-heading";

const NAV: &[(&str, &str)] = &[
    ("/", tk("nav-home")),
    ("/find-hjaelp", tk("nav-screener")),
    ("/ydelser", tk("nav-services")),
    ("/beregn", tk("nav-calculators")),
    ("/ansoegning", tk("nav-application")),
    ("/anonym-hjaelp", tk("nav-anonymous")),
];

const FOOTER: &[(&str, &str)] = &[
    ("/om-portalen", tk("footer-privacy")),
    ("/tilgaengelighed", tk("footer-accessibility")),
    ("/kontakt", tk("footer-contact")),
];

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    app_effects();
    safety_effects();
    view! {
        <QuickExitSkipLink />
        <a class="skipnav" href="#main-content">{t("skip-to-content")}</a>
        <Header />
        <UpdateNotice />
        <StorageNotices />
        <ZeroTraceBanner />
        <main id="main-content" class="container page-main">
            <NeedsJavaScript />
            {children()}
        </main>
        <Footer />
        <AppStatus />
    }
}

/// The status line public/boot.js fills on a pre-rendered page while the app is loading:
/// empty (and hidden) until a tap has to wait for the app, then "wait a moment"; "could not
/// finish loading" if the app fails to start. A live region from the start, so a screen
/// reader says the text when it comes. Its texts are in data attributes, in the page's
/// language; the app itself never writes into it.
#[component]
fn AppStatus() -> impl IntoView {
    view! {
        <p class="app-status" role="status" data-app-status="" data-testid="app-status"
            data-waiting=t("app-status-waiting") data-failed=t("app-status-failed")></p>
    }
}

pub use super::components::APP_SECTIONS;
use super::components::{MunicipalitySelect, NeedsJavaScript};

/// Escapes text for use inside HTML.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Effects that talk to the browser. They run after rendering, never while rendering.
fn app_effects() {
    let i18n = use_i18n();
    let store = use_store();
    let chosen = use_chosen();
    let query = use_query_map();
    let location = use_location();

    // Start-up, once: read what the user saved earlier (only if they said yes then).
    Effect::new(move |_| {
        untrack(|| {
            store.load_from_device();
            if let Some(lang) = store.take(&privacy::LANGUAGE, Lang::from_code) {
                // An English address (`/en/…`) is English whatever was saved.
                if Lang::from_path(&location.pathname.get_untracked()).is_none() {
                    i18n.lang.set(lang);
                }
            }
            let known = |m: &str| {
                municipalities()
                    .iter()
                    .any(|(id, _)| *id == m)
                    .then(|| m.to_string())
            };
            if let Some(m) = store.take(&privacy::MUNICIPALITY, known) {
                if chosen.municipality.get_untracked().is_none() {
                    chosen.municipality.set(Some(m));
                }
            }
        })
    });

    // The offline copy (service worker) follows the storage mode; created after the
    // start-up effect, so it sees the mode saved earlier.
    Effect::new(move |_| store.sync_offline_copy());

    // `?lang=en` chooses the language (and is kept only if the user allowed saving).
    Effect::new(move |_| {
        if let Some(lang) = query
            .with(|q| q.get("lang"))
            .and_then(|c| Lang::from_code(&c))
        {
            i18n.lang.set(lang);
            store.set(&privacy::LANGUAGE, lang.code());
        }
    });

    // Arriving at an English address (`/en/…`) switches to English; leaving it keeps the
    // language (the app sections have one address for both languages).
    Effect::new(move |_| {
        if let Some(lang) = Lang::from_path(&location.pathname.get()) {
            if i18n.lang.get_untracked() != lang {
                i18n.lang.set(lang);
            }
        }
    });

    // `<html lang>` follows the language.
    Effect::new(move |_| {
        let code = i18n.lang.get().code();
        crate::ui::browser::set_html_lang(code);
    });

    // After navigation to another page, move focus to its main heading.
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        if prev.as_ref().is_some_and(|p| *p != path) {
            crate::ui::browser::focus_later(MAIN_HEADING_ID);
        }
        path
    });
}

/// "Der er en ny version af portalen": shown when a new version of the offline copy is
/// waiting; the button lets it take over and reloads the page.
#[component]
fn UpdateNotice() -> impl IntoView {
    let store = use_store();
    move || {
        store.update_ready.get().then(|| {
            view! {
                <Banner class="update-notice" role="status" text=tk("update-notice-text")
                    button=tk("update-notice-button") button_testid="" on_click=move || store.activate_update() />
            }
        })
    }
}

/// A bar across the top of every page: one sentence and the one thing to do about it
/// (the update notice, the zero-trace banner). Not for messages about a form (those are
/// the error summary) or about one page.
#[component]
fn Banner(
    /// The bar's own class (its colours), also its `data-testid`.
    class: &'static str,
    /// `status` when it appears while the person is on the page.
    #[prop(optional)]
    role: Option<&'static str>,
    /// The sentence's and the button's Fluent keys (pass them with `tk`, so the i18n test
    /// checks that they exist).
    text: &'static str,
    button: &'static str,
    /// The button's `data-testid` ("" for none).
    button_testid: &'static str,
    on_click: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class=format!("banner {class}") role=role data-testid=class>
            <div class="container banner-inner">
                <p>{t(text)}</p>
                <button
                    type="button"
                    class="button button-secondary button-small"
                    data-testid=(!button_testid.is_empty()).then_some(button_testid)
                    on:click=move |_| on_click()
                >
                    {t(button)}
                </button>
            </div>
        </div>
    }
}

/// What went wrong with what is kept on the device, on every page: an item that could not
/// be read (offered as a file and to delete; nothing is written over it meanwhile), a save
/// the browser refused, and an item another tab changed.
#[component]
fn StorageNotices() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let name = move |item: &privacy::StoredItem| i18n.t(item.name);
    let unreadable = move || {
        let list = store.ulaeselige.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|(item, raw)| {
                    let what = name(item);
                    let download = move |_| {
                        let file = format!(
                            "stotteportalen-{}-{}.txt",
                            item.key.replace('.', "-"),
                            crate::domain::dato::iso(super::browser::idag())
                        );
                        super::browser::hent(&file, "text/plain;charset=utf-8", &raw);
                    };
                    view! {
                        <li data-key=item.storage_key()>
                            <p>{i18n.t_with("storage-unreadable-text", &[("hvad", &what)])}</p>
                            <p>{move || i18n.t("storage-unreadable-kept")}</p>
                            <p class="storage-actions">
                                <button type="button" class="button button-secondary button-small" data-testid="unreadable-download" on:click=download>
                                    {move || i18n.t("storage-unreadable-download")}
                                </button>
                                " "
                                <button type="button" class="button button-secondary button-small" data-testid="unreadable-delete"
                                    on:click=move |_| store.delete_unreadable(item)>
                                    {move || i18n.t("storage-unreadable-delete")}
                                </button>
                            </p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="alert alert-warning storage-notice container" aria-labelledby="storage-unreadable-heading" data-testid="storage-unreadable">
                    <div class="alert-body">
                        <h2 class="alert-heading" id="storage-unreadable-heading">{move || i18n.t("storage-unreadable-heading")}</h2>
                        <ul class="nobullet-list">{items}</ul>
                    </div>
                </section>
            }
        })
    };
    let not_saved = move || {
        store.ikke_gemt.get().map(|item| {
            let what = name(item);
            view! {
                <div class="alert alert-error storage-notice container" role="alert" data-testid="storage-not-saved">
                    <div class="alert-body"><p class="alert-text">{i18n.t_with("storage-not-saved", &[("hvad", &what)])}</p></div>
                </div>
            }
        })
    };
    let other_tab = move || {
        store.fra_anden_fane.get().map(|item| {
            let what = name(item);
            view! {
                <div class="alert alert-info storage-notice container" data-testid="storage-other-tab">
                    <div class="alert-body">
                        <p class="alert-text">{i18n.t_with("storage-other-tab", &[("hvad", &what)])}</p>
                        <button type="button" class="button button-tertiary button-small" on:click=move |_| store.fra_anden_fane.set(None)>
                            {move || i18n.t("storage-notice-close")}
                        </button>
                    </div>
                </div>
            }
        })
    };
    view! {
        {unreadable}
        {not_saved}
        <div role="status" aria-live="polite">{other_tab}</div>
    }
}

/// Shown in zero-trace mode on every page, with the explicit way out.
#[component]
fn ZeroTraceBanner() -> impl IntoView {
    let store = use_store();
    move || {
        (store.mode.get() == StorageMode::Nothing).then(|| {
            view! {
                <Banner class="zero-trace-banner" text=tk("zero-trace-on") button=tk("zero-trace-leave")
                    button_testid="leave-zero-trace" on_click=move || store.leave_zero_trace() />
            }
        })
    }
}

#[component]
fn Header() -> impl IntoView {
    let store = use_store();
    let mode_badge = move || match store.mode.get() {
        StorageMode::Nothing => Some(view! {
            <p class="mode-badge" data-testid="mode-badge">{t("storage-mode-badge-nothing")}</p>
        }),
        StorageMode::Device => Some(view! {
            <p class="mode-badge" data-testid="mode-badge">{t("storage-mode-badge-device")}</p>
        }),
        StorageMode::Memory => None,
    };
    // On a phone the header is one sticky bar (the portal's name and the quick exit) and a
    // "Menu" button; the municipality, the language and the main navigation open under it.
    // The button is worked by public/boot.js (it works before the app has loaded); without
    // JavaScript the menu is always open (public/noscript.css).
    view! {
        <header class="header portal-header">
            <PortalBar />
            <div class="container portal-more">
                <p class="portal-tagline">{t("portal-tagline")}</p>
                <button
                    type="button"
                    class="button button-secondary menu-toggle"
                    aria-expanded="false"
                    aria-controls="portal-menu"
                    data-menu-toggle=""
                    data-testid="menu-toggle"
                >
                    {t("menu-button")}
                </button>
            </div>
            <div class="portal-menu" id="portal-menu">
                <div class="solution-info">
                    <div class="solution-info-inner container header-tools">
                        <MunicipalityPicker id="header-municipality" />
                        <LanguageSwitch />
                        {mode_badge}
                    </div>
                </div>
                <MainNav />
            </div>
        </header>
    }
}

/// The bar at the top of every page: the portal's name (a link to the front page) and the
/// quick exit (sticky on a phone).
#[component]
fn PortalBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="portal-bar">
            <div class="container portal-bar-inner">
                <A href=move || i18n.href("/") attr:class="portal-name">
                    <span class="portal-name-text">{t("portal-name")}</span>
                </A>
                <QuickExitButton />
            </div>
        </div>
    }
}

/// The body of app.html, the page the server gives every address that is not pre-rendered
/// (a question in Find hjælp, a step of Ansøgning, a reloaded page there): the portal's bar
/// and "the page is loading" until the app has loaded and renders the page in its place
/// (src/main.rs). Without JavaScript app.html's own `<noscript>` says what to do instead,
/// and the loading text is hidden (public/noscript.css).
#[component]
pub fn LoadingShell() -> impl IntoView {
    view! {
        <QuickExitSkipLink />
        <header class="header portal-header">
            <PortalBar />
        </header>
        <main id="main-content" class="container page-main">
            <p class="app-loading font-lead" data-testid="app-loading">{t("app-loading")}</p>
        </main>
    }
}

/// A `<select>` of the municipalities in the data, with its label.
#[component]
pub fn MunicipalityPicker(id: &'static str) -> impl IntoView {
    let chosen = use_chosen();
    view! {
        <div class="form-group municipality-picker">
            <label class="form-label" for=id>{t("municipality-label")}</label>
            <MunicipalitySelect
                id=id
                name="kommune"
                placeholder="municipality-choose"
                value=Signal::derive(move || chosen.municipality.get().unwrap_or_default())
                on_choose=Callback::new(move |v: String| chosen.choose((!v.is_empty()).then_some(v)))
            />
        </div>
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    view! {
        <nav class="language-switch" aria-label=t("language-label")>
            <ul class="inline-list unstyled-list">
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        // A content page switches to its address in the other language
                        // (`/en/…` and back); elsewhere `?lang=` switches in place.
                        let href = move || {
                            let path = super::i18n::danish_address(&location.pathname.get());
                            let path = match lang {
                                Lang::En => super::i18n::english_address(&path),
                                Lang::Da => path,
                            };
                            format!("{path}?lang={}", lang.code())
                        };
                        let current = move || i18n.lang.get() == lang;
                        view! {
                            <li>
                                <A
                                    href=href
                                    attr:hreflang=lang.code()
                                    attr:lang=lang.code()
                                    attr:aria-current=move || current().then_some("true")
                                    attr:class=move || if current() { "lang-link current" } else { "lang-link" }
                                >
                                    {move || i18n.t(lang.name_key())}
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
fn MainNav() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        // Not DKFDS's navigation-menu/nav classes: those hide the list on phones (DKFDS
        // opens its own drawer there; our header has the menu button instead).
        <nav class="main-nav" aria-label=t("nav-label")>
            <div class="container">
                <ul class="main-nav-list unstyled-list">
                    {NAV
                        .iter()
                        .map(|(href, key)| {
                            view! {
                                <li class="main-nav-item">
                                    // A section's page marks its section as the current one.
                                    <A href=move || i18n.href(href) exact={*href == "/"} attr:class="nav-link">
                                        <span>{move || i18n.t(key)}</span>
                                    </A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        </nav>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="footer">
            <div class="container">
                <nav aria-label=t("footer-label")>
                    <ul class="footer-links unstyled-list">
                        {FOOTER
                            .iter()
                            .map(|(href, key)| {
                                view! {
                                    <li>
                                        <A href=*href attr:class="function-link">{move || i18n.t(key)}</A>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <p class="footer-note">{t("footer-note")}</p>
                <ZeroTraceStart />
            </div>
        </footer>
    }
}

/// "Brug portalen uden at gemme noget", available from every page.
#[component]
fn ZeroTraceStart() -> impl IntoView {
    let store = use_store();
    move || {
        (store.mode.get() != StorageMode::Nothing).then(|| {
            view! {
                <p>
                    <button
                        type="button"
                        class="button button-tertiary"
                        data-testid="start-zero-trace"
                        on:click=move |_| store.enter_zero_trace()
                    >
                        {t("zero-trace-start")}
                    </button>
                </p>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::components::{assert_contains, assert_lacks, render_html};

    #[test]
    fn app_html_shows_the_portal_bar_and_that_the_page_is_loading() {
        let html = crate::ui::prerender::render_loading();
        assert_contains(
            &html,
            &[
                "<a href=\"/\" class=\"portal-name\">",
                "data-testid=\"quick-exit\"",
                "<main id=\"main-content\"",
                ">Siden hentes. Det kan tage lidt tid, hvis forbindelsen er langsom.",
            ],
        );
        // Nothing that only the app can work (it would be replaced under the person's finger).
        assert_lacks(&html, &["aria-current", "<select", "<button", "<input"]);
    }

    #[test]
    fn a_banner_is_one_sentence_and_one_button() {
        let html = render_html("/", || {
            view! {
                <Banner class="zero-trace-banner" text=tk("zero-trace-on") button=tk("zero-trace-leave")
                    button_testid="leave-zero-trace" on_click=|| () />
            }
        });
        assert_contains(
            &html,
            &[
                "<div data-testid=\"zero-trace-banner\" class=\"banner zero-trace-banner\">",
                "<p>Anonym tilstand: intet gemmes, og siderne kommer ikke i din historik.</p>",
                "data-testid=\"leave-zero-trace\"",
                ">Afslut anonym tilstand</button>",
            ],
        );
        assert!(!html.contains("role="), "{html}");
        let update = render_html("/", || {
            view! {
                <Banner class="update-notice" role="status" text=tk("update-notice-text")
                    button=tk("update-notice-button") button_testid="" on_click=|| () />
            }
        });
        assert_contains(&update, &["role=\"status\"", ">Genindlæs siden</button>"]);
        assert!(!update.contains("data-testid=\"\""), "{update}");
    }
}

//! The Leptos app: routes, the page shell, and the pages. It renders what the domain
//! computes and collects input; it holds no rules of its own.
//!
//! Rule for every component here: no browser API calls while rendering (they happen in
//! effects and event handlers only), so pages can also be rendered to HTML natively.

pub mod browser;
pub mod components;
pub mod i18n;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod safety;
pub mod shell;
pub mod storage;

use crate::domain::privacy;
use crate::domain::screener::Svar;
use i18n::{I18n, Lang};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use storage::Store;

/// Marks a string literal as a Fluent key in a static table (checked by the i18n tests).
pub const fn tk(key: &'static str) -> &'static str {
    key
}

/// The chosen municipality (id), shared by every page.
#[derive(Clone, Copy)]
pub struct Chosen {
    pub municipality: RwSignal<Option<String>>,
}

impl Chosen {
    /// Chooses a municipality and keeps the choice through the storage module.
    pub fn choose(&self, id: Option<String>) {
        let store = storage::use_store();
        match &id {
            Some(id) => store.set(&privacy::MUNICIPALITY, id.clone()),
            None => store.remove(&privacy::MUNICIPALITY),
        }
        self.municipality.set(id);
    }
}

pub fn use_chosen() -> Chosen {
    expect_context::<Chosen>()
}

/// The answers given in Find hjælp (the screener), app-wide so later features (the
/// application draft) can read them. Kept through the storage module: in memory by
/// default, on the device only in device mode; never in the URL.
#[derive(Clone, Copy)]
pub struct Answers {
    pub svar: RwSignal<Svar>,
    store: Store,
}

impl Answers {
    /// Replaces the answers and keeps them through the storage module.
    pub fn set(&self, svar: Svar) {
        if svar == Svar::default() {
            self.store.remove(&privacy::SCREENER_ANSWERS);
        } else if let Ok(json) = serde_json::to_string(&svar) {
            self.store.set(&privacy::SCREENER_ANSWERS, json);
        }
        self.svar.set(svar);
    }
}

pub fn use_answers() -> Answers {
    expect_context::<Answers>()
}

/// The language the page starts in: English at an English address (`/en/…`), so that
/// the browser hydrates exactly what the pre-renderer wrote there; Danish elsewhere (a
/// saved choice or `?lang=` is applied after start-up, by the shell).
fn initial_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    let path = leptos::prelude::window()
        .location()
        .pathname()
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let path = use_context::<leptos_router::location::RequestUrl>()
        .map(|u| u.as_ref().to_string())
        .unwrap_or_default();
    Lang::from_path(&path).unwrap_or(Lang::Da)
}

/// Provides the app-wide contexts (language, storage, municipality).
pub fn provide_app_context() {
    provide_meta_context();
    provide_context(I18n {
        lang: RwSignal::new(initial_lang()),
    });
    let store = Store::new();
    provide_context(store);
    provide_context(Chosen {
        municipality: RwSignal::new(None),
    });
    // The last § 100 calculation kept for the application draft (Beregn).
    provide_context(pages::SidsteBeregning::new(store));
    // The application draft (Ansøgning).
    provide_context(pages::Ansoegning::new(store));
    let answers = Answers {
        svar: RwSignal::new(Svar::default()),
        store,
    };
    provide_context(answers);
    // The answers follow the storage module: saved ones after start-up (device mode),
    // none after "Slet alle mine data".
    // Only when the store was read anew (start-up, "Slet alle mine data", another tab),
    // never because this tab wrote them; answers that cannot be read are reported.
    Effect::new(move |_| {
        store.indlaest.track();
        let kept = store
            .take(&privacy::SCREENER_ANSWERS, |json| {
                serde_json::from_str::<Svar>(json).ok()
            })
            .unwrap_or_default();
        if answers.svar.with_untracked(|svar| *svar != kept) {
            answers.svar.set(kept);
        }
    });
}

#[component]
pub fn App() -> impl IntoView {
    provide_app_context();
    let i18n = i18n::use_i18n();
    let store = storage::use_store();
    view! {
        <Title formatter=move |text: String| components::full_title(&text, store.mode.get(), i18n) />
        <Router>
            <shell::Shell>
                <AppRoutes />
            </shell::Shell>
        </Router>
    }
}

/// app.html's placeholder until the app has loaded (see [`shell::LoadingShell`]).
#[component]
pub fn LoadingApp() -> impl IntoView {
    provide_app_context();
    view! {
        <Router>
            <shell::LoadingShell />
        </Router>
    }
}

#[component]
pub fn AppRoutes() -> impl IntoView {
    use pages::*;
    view! {
        <Routes fallback=|| view! { <NotFound /> }>
            <Route path=path!("/") view=Home />
            <Route path=path!("/find-hjaelp") view=ScreenerStart />
            <Route path=path!("/find-hjaelp/sporgsmaal/:id") view=ScreenerQuestion />
            <Route path=path!("/find-hjaelp/tjek") view=ScreenerCheck />
            <Route path=path!("/find-hjaelp/resultat") view=ScreenerResult />
            <Route path=path!("/ydelser") view=|| view! { <Services /> } />
            <Route path=path!("/ydelser/:kommune") view=MunicipalityServices />
            <Route path=path!("/ydelser/:kommune/paragraf/:key") view=ParagraphPage />
            <Route path=path!("/ydelser/:kommune/paragraf/:key/let-dansk") view=ParagraphEasy />
            <Route path=path!("/ydelser/:kommune/:id") view=ServicePage />
            <Route path=path!("/ydelser/:kommune/:id/let-dansk") view=ServiceEasy />
            <Route path=path!("/vejledning/:id") view=GuidePage />
            <Route path=path!("/vejledning/:id/let-dansk") view=GuideEasy />
            <Route path=path!("/ordforklaringer") view=Glossary />
            // The English content pages (i18n::has_english_address): the same pages with
            // the texts of seeds/en/, pre-rendered at their own address.
            <Route path=path!("/en") view=Home />
            <Route path=path!("/en/ydelser") view=|| view! { <Services /> } />
            <Route path=path!("/en/ydelser/:kommune") view=MunicipalityServices />
            <Route path=path!("/en/ydelser/:kommune/paragraf/:key") view=ParagraphPage />
            <Route path=path!("/en/ydelser/:kommune/:id") view=ServicePage />
            <Route path=path!("/en/vejledning/:id") view=GuidePage />
            <Route path=path!("/en/ordforklaringer") view=Glossary />
            <Route path=path!("/beregn") view=Calculators />
            <Route path=path!("/beregn/kompensationsydelse") view=Beregn100 />
            <Route path=path!("/beregn/krisecenter-og-forsorgshjem") view=BeregnDoegn />
            <Route path=path!("/beregn/ledsager") view=BeregnLedsager />
            <Route path=path!("/beregn/botilbud") view=BeregnBotilbud />
            <Route path=path!("/ansoegning") view=Application />
            <Route path=path!("/ansoegning/:trin") view=AnsoegningTrin />
            <Route path=path!("/anonym-hjaelp") view=Anonymous />
            <Route path=path!("/anonym-hjaelp/:emne") view=AnonymousTopic />
            <Route path=path!("/sikkerhed") view=Safety />
            <Route path=path!("/om-portalen") view=Privacy />
            <Route path=path!("/tilgaengelighed") view=Accessibility />
            <Route path=path!("/kontakt") view=Contact />
        </Routes>
    }
}

/// The routes of the app with the Fluent key of their page title (used by tests and,
/// later, by the pre-renderer).
pub const ROUTES: &[(&str, &str)] = &[
    ("/", tk("home-title")),
    ("/find-hjaelp", tk("screener-title")),
    ("/ydelser", tk("services-title")),
    ("/beregn", tk("calculators-title")),
    ("/beregn/kompensationsydelse", tk("beregn-100-title")),
    (
        "/beregn/krisecenter-og-forsorgshjem",
        tk("beregn-doegn-title"),
    ),
    ("/beregn/ledsager", tk("beregn-ledsager-title")),
    ("/beregn/botilbud", tk("beregn-botilbud-title")),
    ("/ansoegning", tk("application-title")),
    ("/anonym-hjaelp", tk("anonymous-title")),
    ("/om-portalen", tk("privacy-title")),
    ("/tilgaengelighed", tk("a11y-title")),
    ("/kontakt", tk("contact-title")),
    ("/ordforklaringer", tk("glossary-title")),
    ("/sikkerhed", tk("safety-title")),
];

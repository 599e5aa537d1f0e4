//! **AfterPaint** — what a change of state shows far below the first screen (a calculation's
//! steps, its chart, "Tag med i ansøgningen"), built one task later, after the browser has
//! painted the part that answers the click. The click's event-to-paint time (INP) then pays
//! only for the top of the result; the rest follows about one frame later, before anyone can
//! scroll to it. Use it only inside content that the app builds after an interaction: a
//! pre-rendered page would be adopted by hydration with different markup. The native build
//! (tests, pre-rendering) renders the children at once.

use crate::ui::browser;
use leptos::prelude::*;

#[component]
pub fn AfterPaint(children: Children) -> impl IntoView {
    let shown = RwSignal::new(!cfg!(target_arch = "wasm32"));
    Effect::new(move |_| browser::after_paint(move || _ = shown.try_set(true)));
    let children = StoredValue::new_local(Some(children));
    move || {
        shown
            .get()
            .then(|| children.try_update_value(Option::take).flatten())
            .flatten()
            .map(|c| untrack(c))
    }
}

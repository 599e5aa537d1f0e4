//! The one place that keeps user data. Everything the portal remembers goes through here.
//!
//! - Memory (default): values live in this tab only.
//! - Nothing (zero-trace): same as memory, and nothing is ever written to the device.
//! - Device: after the user said yes, the items listed in `domain::privacy::STORED_ITEMS`
//!   are also written to localStorage, and the offline copy is kept: a service worker
//!   (public/sw.js) that stores the portal's own pages and files in Cache Storage. It is
//!   registered in this mode only; leaving the mode, zero-trace and "Slet alle mine data"
//!   unregister it and delete its caches.
//!
//! Browser APIs are only touched in the functions of `device` (and only on wasm), never
//! while rendering, so components can also be rendered natively.

use crate::domain::privacy::{self, StorageMode, StoredItem};
use leptos::prelude::*;
use std::collections::HashMap;

#[derive(Clone, Copy)]
pub struct Store {
    pub mode: RwSignal<StorageMode>,
    memory: RwSignal<HashMap<&'static str, String>>,
    /// The mode before zero-trace was switched on by the anonymous pages; restored when
    /// the user explicitly ends anonymous mode.
    before_zero_trace: RwSignal<Option<StorageMode>>,
    /// A new version of the offline copy is waiting (the shell shows a notice).
    pub update_ready: RwSignal<bool>,
    /// Counts the times the kept items were read anew: at start-up (what the device holds),
    /// after "Slet alle mine data", and when another tab changed one. The contexts that own
    /// an item (the answers, the calculation, the draft) take it from the store then — and
    /// only then, never because they wrote it themselves.
    pub indlaest: RwSignal<u64>,
    /// Items on the device that could not be read (garbage, another version, a cut-off
    /// write), with their text. The portal tells the user, offers the text as a file and to
    /// delete it; until then it writes nothing over it.
    pub ulaeselige: RwSignal<Vec<(&'static StoredItem, String)>>,
    /// An item the browser refused to save on the device (e.g. no room left).
    pub ikke_gemt: RwSignal<Option<&'static StoredItem>>,
    /// An item another tab changed; this tab now shows that version.
    pub fra_anden_fane: RwSignal<Option<&'static StoredItem>>,
}

impl Store {
    /// A store in memory mode, with nothing in it.
    pub fn new() -> Store {
        Store {
            mode: RwSignal::new(StorageMode::Memory),
            memory: RwSignal::new(HashMap::new()),
            before_zero_trace: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            indlaest: RwSignal::new(0),
            ulaeselige: RwSignal::new(vec![]),
            ikke_gemt: RwSignal::new(None),
            fra_anden_fane: RwSignal::new(None),
        }
    }

    /// Reads what earlier visits saved (only if the user had said yes then), and from now
    /// on follows changes that other tabs make. Called once at start-up from an effect, not
    /// while rendering.
    pub fn load_from_device(&self) {
        if device::get(&privacy::CONSENT).is_some() {
            self.mode.set(StorageMode::Device);
            // What the person already chose in this tab (before the app had read the
            // device) wins over what an earlier visit saved.
            self.memory.update(|m| {
                for item in privacy::STORED_ITEMS {
                    if let Some(v) = device::get(item) {
                        m.entry(item.key).or_insert(v);
                    }
                }
            });
        }
        self.indlaest.update(|n| *n += 1);
        let store = *self;
        device::watch_other_tabs(move |key, value| store.changed_elsewhere(&key, value));
    }

    /// Another tab wrote (or removed) one of our keys: in device mode this tab takes it.
    fn changed_elsewhere(&self, storage_key: &str, value: Option<String>) {
        if self.mode.get_untracked() != StorageMode::Device {
            return;
        }
        let Some(item) = privacy::STORED_ITEMS
            .iter()
            .find(|i| i.storage_key() == storage_key)
        else {
            return;
        };
        if item == &privacy::CONSENT {
            if value.is_none() {
                // "Slet alle mine data" or another mode in the other tab.
                self.memory.set(HashMap::new());
                self.mode.set(StorageMode::Memory);
                self.indlaest.update(|n| *n += 1);
            }
            return;
        }
        self.memory.update(|m| match value {
            Some(v) => {
                m.insert(item.key, v);
            }
            None => {
                m.remove(item.key);
            }
        });
        self.ulaeselige.update(|u| u.retain(|(i, _)| *i != item));
        self.fra_anden_fane.set(Some(item));
        self.indlaest.update(|n| *n += 1);
    }

    /// The owner of an item takes it from the store: the text, if it can be read by
    /// `read`; a text that cannot be read is reported and kept (see [`Store::ulaeselige`]).
    /// Untracked: owners read in an effect that tracks [`Store::indlaest`].
    pub fn take<T>(
        &self,
        item: &'static StoredItem,
        read: impl FnOnce(&str) -> Option<T>,
    ) -> Option<T> {
        let text = self.memory.with_untracked(|m| m.get(item.key).cloned())?;
        match read(&text) {
            Some(v) => Some(v),
            None => {
                self.memory.update(|m| {
                    m.remove(item.key);
                });
                self.ulaeselige.update(|u| {
                    if !u.iter().any(|(i, _)| *i == item) {
                        u.push((item, text));
                    }
                });
                None
            }
        }
    }

    /// Deletes an item that could not be read (the user's choice after the notice).
    pub fn delete_unreadable(&self, item: &'static StoredItem) {
        if privacy::may_write(self.mode.get_untracked(), item) {
            device::remove(item);
        }
        self.ulaeselige.update(|u| u.retain(|(i, _)| *i != item));
    }

    /// A reactive read.
    pub fn get(&self, item: &StoredItem) -> Option<String> {
        let key = item.key;
        self.memory.with(|m| m.get(key).cloned())
    }

    /// Keeps a value; writes it to the device only in device mode, and never over an item
    /// that could not be read (the user decides about that one first). A write the browser
    /// refuses is reported ([`Store::ikke_gemt`]); the value is still kept in the tab.
    pub fn set(&self, item: &'static StoredItem, value: impl Into<String>) {
        let value = value.into();
        let unreadable = self
            .ulaeselige
            .with_untracked(|u| u.iter().any(|(i, _)| *i == item));
        if privacy::may_write(self.mode.get_untracked(), item) && !unreadable {
            let saved = device::set(item, &value);
            if !saved {
                self.ikke_gemt.set(Some(item));
            } else if self.ikke_gemt.get_untracked() == Some(item) {
                self.ikke_gemt.set(None);
            }
        }
        self.memory.update(|m| {
            m.insert(item.key, value);
        });
    }

    /// Forgets a value, in memory and on the device (only in device mode: zero-trace
    /// writes nothing, not even a removal).
    pub fn remove(&self, item: &'static StoredItem) {
        if privacy::may_write(self.mode.get_untracked(), item) {
            device::remove(item);
        }
        self.memory.update(|m| {
            m.remove(item.key);
        });
    }

    /// Changes the mode. Going to device mode writes the consent and what is in memory;
    /// leaving it removes everything the portal wrote.
    pub fn set_mode(&self, mode: StorageMode) {
        self.mode.set(mode);
        if mode.writes_to_device() {
            device::set(&privacy::CONSENT, "ja");
            let mut refused = None;
            self.memory.with_untracked(|m| {
                for item in privacy::STORED_ITEMS {
                    if let Some(v) = m.get(item.key) {
                        if !device::set(item, v) {
                            refused = Some(item);
                        }
                    }
                }
            });
            if refused.is_some() {
                self.ikke_gemt.set(refused);
            }
        } else {
            device::clear_all();
        }
    }

    /// Zero-trace from now on, without deleting what the user saved earlier (the
    /// anonymous pages switch it on; nothing is written while it is on).
    pub fn enter_zero_trace(&self) {
        let mode = self.mode.get_untracked();
        if mode != StorageMode::Nothing {
            self.before_zero_trace.set(Some(mode));
            self.mode.set(StorageMode::Nothing);
        }
        // A kept service worker could update itself and write to Cache Storage: drop it
        // (it is kept again when the user returns to "Gem på denne enhed").
        device::drop_offline_copy();
    }

    /// The user's explicit choice to end anonymous mode: back to the mode before it.
    pub fn leave_zero_trace(&self) {
        let mode = self
            .before_zero_trace
            .get_untracked()
            .unwrap_or(StorageMode::Memory);
        self.before_zero_trace.set(None);
        self.mode.set(mode);
    }

    /// What an earlier visit in "Gem på denne enhed" left on this device (the consent
    /// itself and the offline copy not counted). The anonymous pages name these in
    /// zero-trace mode, so a person knows that, e.g., a draft with their name is still
    /// there. Reads the device: call it from an effect or a handler, not while rendering.
    pub fn saved_on_device(&self) -> Vec<&'static StoredItem> {
        privacy::STORED_ITEMS
            .iter()
            .filter(|i| i.key != privacy::CONSENT.key && i.key != privacy::OFFLINE_COPY.key)
            .filter(|i| device::get(i).is_some())
            .collect()
    }

    /// "Slet alle mine data": clears memory and everything the portal ever wrote on this
    /// device; afterwards the portal is in memory mode (zero-trace stays zero-trace, and
    /// leaving it later returns to memory mode, not to saving on the device).
    pub fn delete_everything(&self) {
        device::clear_all();
        if self.before_zero_trace.get_untracked() == Some(StorageMode::Device) {
            self.before_zero_trace.set(Some(StorageMode::Memory));
        }
        self.memory.set(HashMap::new());
        self.ulaeselige.set(vec![]);
        self.ikke_gemt.set(None);
        self.fra_anden_fane.set(None);
        if self.mode.get_untracked() == StorageMode::Device {
            self.mode.set(StorageMode::Memory);
        }
        self.indlaest.update(|n| *n += 1);
    }

    /// Keeps the offline copy (registers the service worker) in device mode. Called from
    /// an effect in the shell whenever the mode changes; the other modes drop the copy
    /// where the mode is left (`set_mode`, `enter_zero_trace`, `delete_everything`).
    pub fn sync_offline_copy(&self) {
        if self.mode.get() == StorageMode::Device {
            let ready = self.update_ready;
            device::keep_offline_copy(move || ready.set(true));
        }
    }

    /// "Genindlæs siden": lets the waiting version take over, then reloads.
    pub fn activate_update(&self) {
        self.update_ready.set(false);
        device::activate_update();
    }
}

impl Default for Store {
    fn default() -> Self {
        Store::new()
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}

#[cfg(target_arch = "wasm32")]
mod device {
    use crate::domain::privacy::{self, StoredItem};
    use wasm_bindgen::prelude::*;

    // The service worker (offline copy). Operations run one after another, so a drop
    // right after a keep cannot leave a registration behind.
    #[wasm_bindgen(inline_js = "
        const PREFIX = 'stotteportalen-';
        let queue = Promise.resolve();
        let wanted = false;
        const run = (job) => { queue = queue.then(job).catch(() => {}); };
        const sw = () => ('serviceWorker' in navigator ? navigator.serviceWorker : null);
        export function keep_offline_copy(onUpdate) {
            wanted = true;
            if (!sw()) return;
            run(async () => {
                if (!wanted) return;
                const reg = await sw().register('/sw.js', { scope: '/' });
                const check = () => { if (reg.waiting && sw().controller) onUpdate(); };
                const watch = (w) => w && w.addEventListener('statechange', () => { if (w.state === 'installed') check(); });
                check();
                watch(reg.installing); // an update the page load started before we listened
                reg.addEventListener('updatefound', () => watch(reg.installing));
            });
        }
        export function drop_offline_copy() {
            wanted = false;
            if (!sw()) return;
            run(async () => {
                for (const reg of await sw().getRegistrations()) await reg.unregister();
                if (self.caches) {
                    for (const key of await caches.keys()) {
                        if (key.startsWith(PREFIX)) await caches.delete(key);
                    }
                }
            });
        }
        export function activate_update() {
            if (!sw()) return;
            run(async () => {
                const reg = await sw().getRegistration();
                if (!reg || !reg.waiting) { location.reload(); return; }
                sw().addEventListener('controllerchange', () => location.reload(), { once: true });
                reg.waiting.postMessage({ type: 'SKIP_WAITING' });
            });
        }")]
    extern "C" {
        #[wasm_bindgen(js_name = keep_offline_copy)]
        fn keep_offline_copy_js(on_update: &JsValue);
        /// Unregisters the service worker and deletes the portal's caches.
        pub fn drop_offline_copy();
        /// Tells the waiting service worker to take over, then reloads the page.
        pub fn activate_update();
    }

    /// Registers the service worker; `on_update` runs when a new version is waiting.
    pub fn keep_offline_copy(on_update: impl Fn() + 'static) {
        let f = Closure::<dyn Fn()>::new(on_update).into_js_value();
        keep_offline_copy_js(&f);
    }

    fn local() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn get(item: &StoredItem) -> Option<String> {
        local()?.get_item(&item.storage_key()).ok().flatten()
    }

    /// Whether the browser saved it (it refuses when storage is full or blocked).
    pub fn set(item: &StoredItem, value: &str) -> bool {
        local().is_some_and(|s| s.set_item(&item.storage_key(), value).is_ok())
    }

    /// Calls `on_change(key, new value)` when another tab changes localStorage (one
    /// listener for the life of the page, as long as the store lives).
    pub fn watch_other_tabs(on_change: impl Fn(String, Option<String>) + 'static) {
        let _ = leptos::prelude::window_event_listener(leptos::ev::storage, move |ev| {
            if let Some(key) = ev.key() {
                on_change(key, ev.new_value());
            }
        });
    }

    pub fn remove(item: &StoredItem) {
        if let Some(s) = local() {
            let _ = s.remove_item(&item.storage_key());
        }
    }

    /// Removes every key the portal ever wrote (also keys of older versions), anything
    /// in sessionStorage of this origin, and the offline copy.
    pub fn clear_all() {
        drop_offline_copy();
        if let Some(s) = local() {
            let len = s.length().unwrap_or(0);
            let keys: Vec<String> = (0..len).filter_map(|i| s.key(i).ok().flatten()).collect();
            for k in keys.into_iter().filter(|k| privacy::is_portal_key(k)) {
                let _ = s.remove_item(&k);
            }
        }
        if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
            if s.length().unwrap_or(0) > 0 {
                let _ = s.clear();
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod device {
    //! Native builds (tests, pre-rendering) have no device storage.
    use crate::domain::privacy::StoredItem;
    pub fn get(_: &StoredItem) -> Option<String> {
        None
    }
    pub fn set(_: &StoredItem, _: &str) -> bool {
        true
    }
    pub fn watch_other_tabs(_: impl Fn(String, Option<String>) + 'static) {}
    pub fn remove(_: &StoredItem) {}
    pub fn clear_all() {}
    pub fn keep_offline_copy(_: impl Fn() + 'static) {}
    pub fn drop_offline_copy() {}
    pub fn activate_update() {}
}

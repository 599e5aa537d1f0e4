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
}

impl Store {
    /// A store in memory mode, with nothing in it.
    pub fn new() -> Store {
        Store {
            mode: RwSignal::new(StorageMode::Memory),
            memory: RwSignal::new(HashMap::new()),
            before_zero_trace: RwSignal::new(None),
            update_ready: RwSignal::new(false),
        }
    }

    /// Reads what earlier visits saved (only if the user had said yes then).
    /// Called once at start-up from an effect, not while rendering.
    pub fn load_from_device(&self) {
        if device::get(&privacy::CONSENT).is_some() {
            self.mode.set(StorageMode::Device);
            self.memory.update(|m| {
                for item in privacy::STORED_ITEMS {
                    if let Some(v) = device::get(item) {
                        m.insert(item.key, v);
                    }
                }
            });
        }
    }

    /// A reactive read.
    pub fn get(&self, item: &StoredItem) -> Option<String> {
        let key = item.key;
        self.memory.with(|m| m.get(key).cloned())
    }

    /// Keeps a value; writes it to the device only in device mode.
    pub fn set(&self, item: &'static StoredItem, value: impl Into<String>) {
        let value = value.into();
        if privacy::may_write(self.mode.get_untracked(), item) {
            device::set(item, &value);
        }
        self.memory.update(|m| {
            m.insert(item.key, value);
        });
    }

    /// Forgets a value, in memory and on the device.
    pub fn remove(&self, item: &'static StoredItem) {
        device::remove(item);
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
            self.memory.with_untracked(|m| {
                for item in privacy::STORED_ITEMS {
                    if let Some(v) = m.get(item.key) {
                        device::set(item, v);
                    }
                }
            });
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

    /// "Slet alle mine data": clears memory and everything the portal ever wrote on this
    /// device; afterwards the portal is in memory mode (zero-trace stays zero-trace).
    pub fn delete_everything(&self) {
        device::clear_all();
        self.memory.set(HashMap::new());
        if self.mode.get_untracked() == StorageMode::Device {
            self.mode.set(StorageMode::Memory);
        }
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

    pub fn set(item: &StoredItem, value: &str) {
        if let Some(s) = local() {
            let _ = s.set_item(&item.storage_key(), value);
        }
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
    pub fn set(_: &StoredItem, _: &str) {}
    pub fn remove(_: &StoredItem) {}
    pub fn clear_all() {}
    pub fn keep_offline_copy(_: impl Fn() + 'static) {}
    pub fn drop_offline_copy() {}
    pub fn activate_update() {}
}

//! The storage policy: what the portal may keep, where, and in which mode.
//!
//! This is the one list of everything the portal can write to the user's device.
//! The browser side (`ui::storage`) refuses any key that is not listed here, and the
//! privacy page renders this list, so the page and the code cannot drift apart.

/// How much the portal keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StorageMode {
    /// Zero-trace: nothing is written to the device (no localStorage, sessionStorage,
    /// IndexedDB, cookies or Cache Storage). Answers live only in the open tab.
    Nothing,
    /// The default: answers live in the open tab's memory and are gone when it closes.
    Memory,
    /// The user has said yes: the items below are saved on this device (localStorage)
    /// until the user deletes them.
    Device,
}

impl StorageMode {
    /// All modes, in the order they are offered.
    pub const ALL: [StorageMode; 3] = [
        StorageMode::Nothing,
        StorageMode::Memory,
        StorageMode::Device,
    ];

    /// Whether this mode writes anything to the device.
    pub fn writes_to_device(self) -> bool {
        matches!(self, StorageMode::Device)
    }

    /// Stable id (used in Fluent keys and test ids).
    pub fn id(self) -> &'static str {
        match self {
            StorageMode::Nothing => "nothing",
            StorageMode::Memory => "memory",
            StorageMode::Device => "device",
        }
    }

    pub fn from_id(id: &str) -> Option<StorageMode> {
        StorageMode::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// The prefix of every key the portal writes to localStorage.
pub const KEY_PREFIX: &str = "stotteportalen.";

/// One thing the portal may keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StoredItem {
    /// The key without [`KEY_PREFIX`].
    pub key: &'static str,
    /// Fluent message id that explains the item in plain words on the privacy page.
    pub description: &'static str,
    /// Fluent message id of a short name ("din ansøgning"), for notices about the item.
    pub name: &'static str,
}

impl StoredItem {
    /// The full localStorage key.
    pub fn storage_key(&self) -> String {
        format!("{KEY_PREFIX}{}", self.key)
    }
}

/// The consent itself: written when the user says yes to saving on this device.
pub const CONSENT: StoredItem = StoredItem {
    key: "samtykke",
    description: "privacy-item-consent",
    name: "privacy-name-consent",
};
/// The chosen language.
pub const LANGUAGE: StoredItem = StoredItem {
    key: "sprog",
    description: "privacy-item-language",
    name: "privacy-name-language",
};
/// The chosen municipality.
pub const MUNICIPALITY: StoredItem = StoredItem {
    key: "kommune",
    description: "privacy-item-municipality",
    name: "privacy-name-municipality",
};

/// The answers given in Find hjælp (the screener), as JSON.
pub const SCREENER_ANSWERS: StoredItem = StoredItem {
    key: "find-hjaelp.svar",
    description: "privacy-item-screener-answers",
    name: "privacy-name-screener-answers",
};

/// The last § 100 calculation's input (Beregn), kept for the application draft when the
/// user presses "Tag med i ansøgningen".
pub const BEREGNING_100: StoredItem = StoredItem {
    key: "beregning.100",
    description: "privacy-item-calculation",
    name: "privacy-name-calculation",
};

/// The application draft (Ansøgning), as the versioned JSON of a saved file. Written to
/// the device only in device mode (autosave after consent).
pub const ANSOEGNING_KLADDE: StoredItem = StoredItem {
    key: "ansoegning.kladde",
    description: "privacy-item-application",
    name: "privacy-name-application",
};

/// The offline copy: a service worker and its cache (Cache Storage, caches named
/// `stotteportalen-<version>`) holding the portal's own pages and files, never answers.
/// Kept only in [`StorageMode::Device`] (`ui::storage` registers and removes it); the key
/// is not used in localStorage.
pub const OFFLINE_COPY: StoredItem = StoredItem {
    key: "offline-kopi",
    description: "privacy-item-offline",
    name: "privacy-name-offline",
};

/// Everything the portal can ever write to the device (in [`StorageMode::Device`] only).
/// Later features add their items here and nowhere else.
pub const STORED_ITEMS: &[StoredItem] = &[
    CONSENT,
    LANGUAGE,
    MUNICIPALITY,
    SCREENER_ANSWERS,
    BEREGNING_100,
    ANSOEGNING_KLADDE,
    OFFLINE_COPY,
];

/// Looks up an item by its key (without prefix).
pub fn stored_item(key: &str) -> Option<&'static StoredItem> {
    STORED_ITEMS.iter().find(|i| i.key == key)
}

/// What a mode may do with an item: returns true if writing `item` to the device is allowed.
pub fn may_write(mode: StorageMode, item: &StoredItem) -> bool {
    mode.writes_to_device() && STORED_ITEMS.contains(item)
}

/// Whether a localStorage key belongs to the portal (so "delete everything" removes it,
/// including keys from older versions that are no longer listed).
pub fn is_portal_key(storage_key: &str) -> bool {
    storage_key.starts_with(KEY_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_device_mode_writes() {
        for item in STORED_ITEMS {
            assert!(!may_write(StorageMode::Nothing, item));
            assert!(!may_write(StorageMode::Memory, item));
            assert!(may_write(StorageMode::Device, item));
        }
    }

    #[test]
    fn unlisted_items_are_never_written() {
        let rogue = StoredItem {
            key: "tracking",
            description: "x",
            name: "x",
        };
        assert!(!may_write(StorageMode::Device, &rogue));
    }

    #[test]
    fn keys_are_unique_and_prefixed() {
        let mut keys: Vec<_> = STORED_ITEMS.iter().map(|i| i.key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), STORED_ITEMS.len());
        for item in STORED_ITEMS {
            assert!(is_portal_key(&item.storage_key()));
        }
        assert!(!is_portal_key("other.app"));
    }

    #[test]
    fn mode_ids_round_trip() {
        for m in StorageMode::ALL {
            assert_eq!(StorageMode::from_id(m.id()), Some(m));
        }
        assert_eq!(StorageMode::from_id("cloud"), None);
    }
}

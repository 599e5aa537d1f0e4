//! Shared by the content tests: the real seeds/ folder and temporary copies of it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The project's seeds/ folder.
pub fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// A temporary seeds/ folder with the given files (path relative to it, text), removed on
/// drop.
pub struct TempSeeds(pub PathBuf);

impl TempSeeds {
    pub fn new(files: &[(String, String)]) -> TempSeeds {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "stotteportalen-content-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in files {
            let file = dir.join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, text).unwrap();
        }
        std::fs::create_dir_all(&dir).unwrap();
        TempSeeds(dir)
    }
}

impl Drop for TempSeeds {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

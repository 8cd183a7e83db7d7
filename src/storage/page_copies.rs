//! Recovery copies kept by a web page instead of a folder: one per open page, under that
//! page's key, in the browser's own storage (`platform::page`). Written as the folder's copies
//! are (encrypted for a protected case), and offered at the next visit the same way.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use super::{Found, SecretString, StorageError, encrypt, is_protected, to_ron};
use crate::model::Case;
use crate::platform::page;

/// This page's copies.
#[derive(Clone, Debug)]
pub struct PageCopies {
    /// The key of this page's copy: new for each page, or the key of a copy it restored.
    key: String,
}

impl PageCopies {
    pub fn new() -> Self {
        let started = jiff::Timestamp::now().as_nanosecond().unsigned_abs();
        let key = format!("pagina-{started}");
        page::hold_copy(&key);
        Self { key }
    }

    /// Keeps this page's copy of `case`, whose file is named `original` (if it has one).
    pub fn write(
        &self,
        case: &Case,
        original: Option<&Path>,
        passphrase: Option<&SecretString>,
    ) -> Result<(), StorageError> {
        let key = Path::new(&self.key);
        let text = to_ron(case, key)?;
        let bytes = match passphrase {
            Some(passphrase) => encrypt(text.as_bytes(), passphrase, key)?,
            None => text.into_bytes(),
        };
        let name = original.map(|p| p.to_string_lossy()).unwrap_or_default();
        page::keep_copy(&self.key, &name, &bytes);
        Ok(())
    }

    /// Makes a restored copy this page's own: it is kept under its key from now on.
    pub fn adopt(&mut self, copy: &Path) {
        let old = std::mem::replace(&mut self.key, copy.to_string_lossy().into_owned());
        page::hold_copy(&self.key);
        if old != self.key {
            page::drop_copy(&old);
        }
    }

    /// The case is saved (or let go): this page's copy goes.
    pub fn remove_own(&self) {
        page::drop_copy(&self.key);
    }

    pub fn remove_copy(copy: &Path) {
        page::drop_copy(&copy.to_string_lossy());
    }

    /// The copies pages left in this browser, newest first; a page still open keeps its own.
    pub fn leftovers() -> Vec<Found> {
        let mut found: Vec<Found> = page::kept_copies()
            .into_iter()
            .map(|kept| Found {
                protected: is_protected(&kept.bytes),
                copy: kept.key.into(),
                original: (!kept.name.is_empty()).then(|| kept.name.into()),
                written: SystemTime::UNIX_EPOCH
                    + Duration::from_millis(kept.written_ms.max(0.0) as u64),
                older_than_file: false,
                bytes: Some(Arc::from(kept.bytes)),
            })
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.written));
        found
    }
}

impl Default for PageCopies {
    fn default() -> Self {
        Self::new()
    }
}

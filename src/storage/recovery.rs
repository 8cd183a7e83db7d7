//! Recovery copies: the open case written every little while to the user's data folder (not
//! next to the file, which may be on a stick), so that a crash or an empty battery loses at
//! most the last seconds. A clean save removes the copy.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash as _, Hasher as _};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{
    Loaded, SecretString, StorageError, encrypt, is_protected, load_with, to_ron, write_atomically,
};
use crate::model::Case;

/// The folder of recovery copies.
#[derive(Clone, Debug)]
pub struct Recovery {
    folder: PathBuf,
}

/// A recovery copy found on start.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub copy: PathBuf,
    /// The case file it belongs to; `None` for a case never saved.
    pub original: Option<PathBuf>,
    pub written: SystemTime,
    /// Written for a protected case: encrypted, opened with its passphrase.
    pub protected: bool,
}

impl Found {
    /// The copy holds work the file does not: it is newer, or there is no file.
    pub fn is_newer_than_original(&self) -> bool {
        let Some(original) = &self.original else {
            return true;
        };
        match std::fs::metadata(original).and_then(|m| m.modified()) {
            Ok(saved) => self.written > saved,
            Err(_) => true,
        }
    }

    pub fn load(&self) -> Result<Loaded, StorageError> {
        self.load_with(None)
    }

    pub fn load_with(&self, passphrase: Option<&SecretString>) -> Result<Loaded, StorageError> {
        load_with(&self.copy, passphrase)
    }
}

impl Recovery {
    pub fn new(folder: PathBuf) -> Self {
        Self { folder }
    }

    /// Where the copies are kept.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// The copy of the case at `original`, or of a new case identified by `new_case_id`.
    fn copy_path(&self, original: Option<&Path>, new_case_id: u64) -> PathBuf {
        let name = match original {
            Some(path) => {
                let mut hasher = DefaultHasher::new();
                path.hash(&mut hasher);
                format!("case-{:016x}.mdo.ron", hasher.finish())
            }
            None => format!("new-{new_case_id:016x}.mdo.ron"),
        };
        self.folder.join(name)
    }

    fn original_path_file(copy: &Path) -> PathBuf {
        copy.with_extension("path")
    }

    /// Writes the recovery copy of `case`, encrypted with `passphrase` when the case is
    /// protected: a copy in the data folder must not be easier to read than the file.
    pub fn write(
        &self,
        case: &Case,
        original: Option<&Path>,
        new_case_id: u64,
        passphrase: Option<&SecretString>,
    ) -> Result<(), StorageError> {
        let copy = self.copy_path(original, new_case_id);
        let write_error = |source| StorageError::Write {
            path: copy.clone(),
            source,
        };
        std::fs::create_dir_all(&self.folder).map_err(write_error)?;
        let text = to_ron(case, &copy)?;
        if let Some(original) = original {
            let path_text = original.to_string_lossy();
            write_atomically(&Self::original_path_file(&copy), path_text.as_bytes())
                .map_err(write_error)?;
        }
        let bytes = match passphrase {
            Some(passphrase) => encrypt(text.as_bytes(), passphrase, &copy)?,
            None => text.into_bytes(),
        };
        write_atomically(&copy, &bytes).map_err(write_error)
    }

    /// Makes `copy` the copy of the case at `original` (or of the new case `new_case_id`):
    /// renamed, its content as it was.
    pub fn adopt(
        &self,
        copy: &Path,
        original: Option<&Path>,
        new_case_id: u64,
    ) -> Result<(), StorageError> {
        let target = self.copy_path(original, new_case_id);
        if target == copy {
            return Ok(());
        }
        let write_error = |path: &Path| {
            let path = path.to_owned();
            move |source| StorageError::Write { path, source }
        };
        if let Some(original) = original {
            let path_text = original.to_string_lossy();
            write_atomically(&Self::original_path_file(&target), path_text.as_bytes())
                .map_err(write_error(&target))?;
        }
        std::fs::rename(copy, &target).map_err(write_error(&target))?;
        // The note of the file the copy belonged to goes with it.
        self.remove_copy(copy)
    }

    /// Removes the copy after a clean save, or when the user discards it.
    pub fn remove(&self, original: Option<&Path>, new_case_id: u64) -> Result<(), StorageError> {
        self.remove_copy(&self.copy_path(original, new_case_id))
    }

    /// Removes a copy and the note of its file. A copy that is already gone is fine: there
    /// is nothing left to recover. One that stays would be offered again at the next start.
    pub fn remove_copy(&self, copy: &Path) -> Result<(), StorageError> {
        for path in [copy.to_owned(), Self::original_path_file(copy)] {
            match std::fs::remove_file(&path) {
                Err(source) if source.kind() != std::io::ErrorKind::NotFound => {
                    return Err(StorageError::Write { path, source });
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Every recovery copy in the folder, newest first.
    pub fn list(&self) -> Vec<Found> {
        let Ok(entries) = std::fs::read_dir(&self.folder) else {
            return Vec::new();
        };
        let mut found: Vec<Found> = entries
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.to_string_lossy().ends_with(".mdo.ron"))
            .filter_map(|copy| {
                let written = std::fs::metadata(&copy).and_then(|m| m.modified()).ok()?;
                let original = std::fs::read_to_string(Self::original_path_file(&copy))
                    .ok()
                    .map(PathBuf::from);
                let protected = std::fs::read(&copy).is_ok_and(|bytes| is_protected(&bytes));
                Some(Found {
                    copy,
                    original,
                    written,
                    protected,
                })
            })
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.written));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::CURRENT_FORMAT_VERSION;

    #[test]
    fn a_copy_is_written_found_loaded_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = Recovery::new(dir.path().join("recovery"));
        assert!(recovery.list().is_empty());

        let mut case = Case::new(jiff::civil::date(2026, 11, 30));
        case.child = "herstel".to_owned();
        let original = dir.path().join("casus.mdo.ron");
        recovery.write(&case, Some(&original), 0, None).unwrap();
        recovery.write(&case, None, 7, None).unwrap();

        let found = recovery.list();
        assert_eq!(found.len(), 2);
        let of_file = found.iter().find(|f| f.original.is_some()).unwrap();
        assert_eq!(of_file.original.as_deref(), Some(original.as_path()));
        assert!(of_file.is_newer_than_original(), "the file does not exist");
        assert_eq!(of_file.load().unwrap().case, case);
        let new_case = found.iter().find(|f| f.original.is_none()).unwrap();
        assert!(new_case.is_newer_than_original());

        recovery.remove(Some(&original), 0).unwrap();
        recovery.remove(None, 7).unwrap();
        assert!(recovery.list().is_empty());
    }

    #[test]
    fn a_restored_copy_of_a_new_case_becomes_this_sessions_copy_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = Recovery::new(dir.path().join("recovery"));
        let mut case = Case::new(jiff::civil::date(2026, 11, 30));
        case.child = "R.".to_owned();
        recovery.write(&case, None, 7, None).unwrap();
        let found = recovery.list().pop().unwrap();
        let bytes = std::fs::read(&found.copy).unwrap();
        // The session that restores it has a case id of its own.
        recovery.adopt(&found.copy, None, 99).unwrap();
        let now = recovery.list();
        assert_eq!(now.len(), 1, "offered once, not twice");
        assert_eq!(
            std::fs::read(&now[0].copy).unwrap(),
            bytes,
            "not written again"
        );
        // Saving the case removes it, as for any copy of this session.
        recovery.remove(None, 99).unwrap();
        assert!(recovery.list().is_empty());
    }

    #[test]
    fn a_copy_older_than_its_saved_file_is_not_offered() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = Recovery::new(dir.path().join("recovery"));
        let case = Case::new(jiff::civil::date(2026, 11, 30));
        let original = dir.path().join("casus.mdo.ron");
        recovery.write(&case, Some(&original), 0, None).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        super::super::save(&original, &case, CURRENT_FORMAT_VERSION).unwrap();
        assert!(!recovery.list()[0].is_newer_than_original());
    }

    #[test]
    fn the_copy_of_a_protected_case_is_not_readable_as_text() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = Recovery::new(dir.path().join("recovery"));
        let mut case = Case::new(jiff::civil::date(2026, 11, 30));
        case.child = "Geheim Kind".to_owned();
        let original = dir.path().join("casus.mdo.ron");
        let passphrase = SecretString::from("lange wachtwoordzin".to_owned());
        recovery
            .write(&case, Some(&original), 0, Some(&passphrase))
            .unwrap();
        let found = &recovery.list()[0];
        assert!(found.protected);
        let bytes = std::fs::read(&found.copy).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains("Geheim Kind"));
        assert!(ron::from_str::<ron::Value>(&String::from_utf8_lossy(&bytes)).is_err());
        assert!(matches!(
            found.load(),
            Err(StorageError::NeedsPassphrase { .. })
        ));
        assert_eq!(found.load_with(Some(&passphrase)).unwrap().case, case);
    }
}

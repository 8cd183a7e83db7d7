//! Recovery copies: the open case written every little while to the user's data folder (not
//! next to the file, which may be on a stick), so that a crash or an empty battery loses at
//! most the last seconds.
//!
//! Each running session writes copies of its own, named by the session, and holds the
//! system's lock on a small session file while it runs. A copy is offered only when its
//! session is gone (the lock is free), never a copy of a window still open; a save removes
//! only this session's copies, so a crashed session's work waits until someone decides.

use std::collections::hash_map::DefaultHasher;
use std::fs::{File, OpenOptions};
use std::hash::{Hash as _, Hasher as _};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use super::{
    Loaded, SecretString, StorageError, encrypt, is_protected, load_with, to_ron, write_atomically,
};
use crate::model::Case;

/// The end of a recovery copy's name.
const COPY_END: &str = ".mdo.ron";
/// The end of a session file's name.
const SESSION_END: &str = ".session";

/// The folder of recovery copies, as one session uses it.
#[derive(Clone, Debug)]
pub struct Recovery {
    folder: PathBuf,
    session: Arc<Session>,
}

/// This session: its name, and its session file, held locked from the first copy on.
#[derive(Debug)]
struct Session {
    id: String,
    folder: PathBuf,
    held: Mutex<Option<File>>,
}

impl Drop for Session {
    fn drop(&mut self) {
        // A session that leaves no copy leaves no session file either.
        let has_copies = std::fs::read_dir(&self.folder).is_ok_and(|entries| {
            entries
                .flatten()
                .any(|e| session_of(&e.path()) == Some(self.id.as_str()))
        });
        if !has_copies
            && let Ok(mut held) = self.held.lock()
            && held.take().is_some()
        {
            let _ = std::fs::remove_file(session_file(&self.folder, &self.id));
        }
    }
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
    /// Its file was saved after the copy was written (by another session, say): what the
    /// copy holds may be older than what the file holds.
    pub older_than_file: bool,
    /// The copy itself, when a web page kept it rather than a folder (see
    /// [`super::PageCopies`]): `copy` is then its key, `original` the name of its case.
    pub bytes: Option<std::sync::Arc<[u8]>>,
}

impl Found {
    /// The copy holds work the file does not: it is newer, or there is no file.
    pub fn is_newer_than_original(&self) -> bool {
        let Some(original) = self.original.as_ref().filter(|_| self.bytes.is_none()) else {
            return true;
        };
        match std::fs::metadata(original).and_then(|m| m.modified()) {
            Ok(saved) => self.written > saved,
            Err(_) => true,
        }
    }

    /// The copy is the file, byte for byte: what it holds is in the case already.
    fn is_the_file_itself(&self) -> bool {
        let Some(original) = &self.original else {
            return false;
        };
        match (
            super::read_case_bytes(&self.copy),
            super::read_case_bytes(original),
        ) {
            (Ok(copy), Ok(file)) => copy == file,
            _ => false,
        }
    }

    pub fn load(&self) -> Result<Loaded, StorageError> {
        self.load_with(None)
    }

    pub fn load_with(&self, passphrase: Option<&SecretString>) -> Result<Loaded, StorageError> {
        match &self.bytes {
            Some(bytes) => super::load_bytes_with(bytes, &self.copy, passphrase),
            None => load_with(&self.copy, passphrase),
        }
    }

    /// The file its case was saved to, to compare the copy with; a page has none to read.
    pub fn file(&self) -> Option<&Path> {
        self.original.as_deref().filter(|_| self.bytes.is_none())
    }
}

/// The note of the file a copy belongs to: a path, so a few KB at most, from a regular file.
fn read_note(path: &Path) -> Option<String> {
    use std::io::Read as _;
    let file = super::open_regular(path, super::Links::Refuse).ok()?;
    let mut note = String::new();
    file.take(64 * 1024).read_to_string(&mut note).ok()?;
    Some(note)
}

/// The session a copy's name says wrote it; `None` for a copy from before sessions.
fn session_of(copy: &Path) -> Option<&str> {
    let name = copy.file_name()?.to_str()?.strip_suffix(COPY_END)?;
    name.split_once('.').map(|(_, session)| session)
}

fn session_file(folder: &Path, id: &str) -> PathBuf {
    folder.join(format!("{id}{SESSION_END}"))
}

/// Whether the session `id` still runs: its session file is held by a process.
fn session_runs(folder: &Path, id: &str) -> bool {
    // Opened for writing, as Windows locks only what may be written; never created here.
    let Ok(file) = OpenOptions::new()
        .read(true)
        .write(true)
        .open(session_file(folder, id))
    else {
        return false;
    };
    matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock))
}

impl Recovery {
    /// The recovery folder `folder`, used by a session of its own.
    pub fn new(folder: PathBuf) -> Self {
        let stamp = jiff::Timestamp::now().as_nanosecond().unsigned_abs();
        let id = format!("s{}-{:x}", std::process::id(), stamp);
        Self {
            session: Arc::new(Session {
                id,
                folder: folder.clone(),
                held: Mutex::new(None),
            }),
            folder,
        }
    }

    /// Where the copies are kept.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// This session's copy of the case at `original`, or of a new case `new_case_id`.
    fn copy_path(&self, original: Option<&Path>, new_case_id: u64) -> PathBuf {
        let key = match original {
            Some(path) => {
                let mut hasher = DefaultHasher::new();
                path.hash(&mut hasher);
                format!("case-{:016x}", hasher.finish())
            }
            None => format!("new-{new_case_id:016x}"),
        };
        self.folder
            .join(format!("{key}.{}{COPY_END}", self.session.id))
    }

    fn original_path_file(copy: &Path) -> PathBuf {
        copy.with_extension("path")
    }

    /// Makes sure this session's file exists and is held, before its first copy is written:
    /// from then on, other sessions know this one runs.
    fn hold_session(&self) -> Result<(), StorageError> {
        let path = session_file(&self.folder, &self.session.id);
        let write_error = |source| StorageError::Write {
            path: path.clone(),
            source,
        };
        let mut held = self
            .session
            .held
            .lock()
            .map_err(|_| write_error(std::io::Error::other("session poisoned")))?;
        if held.is_none() {
            std::fs::create_dir_all(&self.folder).map_err(write_error)?;
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(write_error)?;
            file.try_lock().map_err(|e| write_error(e.into()))?;
            *held = Some(file);
        }
        Ok(())
    }

    /// Writes this session's recovery copy of `case`, encrypted with `passphrase` when the
    /// case is protected: a copy in the data folder must not be easier to read than the file.
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
        self.hold_session()?;
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

    /// Makes `copy` (of a session that is gone) this session's copy of the case at
    /// `original` (or of the new case `new_case_id`): renamed, its content as it was.
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
        self.hold_session()?;
        if let Some(original) = original {
            let path_text = original.to_string_lossy();
            write_atomically(&Self::original_path_file(&target), path_text.as_bytes())
                .map_err(write_error(&target))?;
        }
        std::fs::rename(copy, &target).map_err(write_error(&target))?;
        // The note of the file the copy belonged to goes with it.
        self.remove_copy(copy)
    }

    /// Removes this session's copies, after a clean save or when the user let the work go.
    /// Copies of other sessions stay: their work is not in this session's case.
    pub fn remove_own(&self) -> Result<(), StorageError> {
        let own: Vec<PathBuf> = self
            .copies()
            .filter(|copy| session_of(copy) == Some(self.session.id.as_str()))
            .collect();
        own.iter().try_for_each(|copy| self.remove_copy(copy))
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

    /// The paths of every copy in the folder.
    fn copies(&self) -> impl Iterator<Item = PathBuf> {
        std::fs::read_dir(&self.folder)
            .into_iter()
            .flatten()
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.to_string_lossy().ends_with(COPY_END))
    }

    /// Every recovery copy in the folder, of every session, newest first.
    pub fn list(&self) -> Vec<Found> {
        let mut found: Vec<Found> = self
            .copies()
            .filter_map(|copy| {
                let written = std::fs::metadata(&copy).and_then(|m| m.modified()).ok();
                let original = read_note(&Self::original_path_file(&copy)).map(PathBuf::from);
                let protected = super::read_case_bytes(&copy).is_ok_and(|b| is_protected(&b));
                let mut found = Found {
                    written: written?,
                    copy,
                    original,
                    protected,
                    older_than_file: false,
                    bytes: None,
                };
                found.older_than_file = !found.is_newer_than_original();
                Some(found)
            })
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.written));
        found
    }

    /// The copies left by sessions that no longer run, to offer on start: never this
    /// session's own, never one of a window still open. A copy that is its file byte for
    /// byte holds nothing the case lacks and goes; session files of sessions that are gone
    /// and left nothing go too.
    pub fn leftovers(&self) -> Vec<Found> {
        let mut runs = std::collections::HashMap::new();
        let mut is_running = |id: &str| {
            *runs
                .entry(id.to_owned())
                .or_insert_with(|| id == self.session.id || session_runs(&self.folder, id))
        };
        let offered: Vec<Found> = self
            .list()
            .into_iter()
            .filter(|found| !session_of(&found.copy).is_some_and(&mut is_running))
            .filter(|found| {
                let moot = found.is_the_file_itself();
                if moot {
                    let _ = self.remove_copy(&found.copy);
                }
                !moot
            })
            .collect();
        self.remove_sessions_gone();
        super::remove_left_temporaries(&self.folder);
        offered
    }

    /// Removes the session files of sessions that no longer run and have no copy left.
    fn remove_sessions_gone(&self) {
        let with_copies: std::collections::HashSet<String> = self
            .copies()
            .filter_map(|copy| session_of(&copy).map(str::to_owned))
            .collect();
        let Ok(entries) = std::fs::read_dir(&self.folder) else {
            return;
        };
        for path in entries.flatten().map(|entry| entry.path()) {
            let Some(id) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(SESSION_END))
            else {
                continue;
            };
            if id != self.session.id && !with_copies.contains(id) && !session_runs(&self.folder, id)
            {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::CURRENT_FORMAT_VERSION;

    /// A page's copy is its bytes: loaded from them, never compared with a file by its
    /// name (a page has no file to read), and always worth offering.
    #[test]
    fn a_copy_kept_by_a_page_loads_from_its_bytes() {
        let mut case = Case::new(jiff::civil::date(2026, 12, 4));
        case.child = "Daan".to_owned();
        let text = to_ron(&case, Path::new("x")).unwrap();
        let found = Found {
            copy: PathBuf::from("pagina-1"),
            original: Some(PathBuf::from("Cargo.toml")),
            written: SystemTime::UNIX_EPOCH,
            protected: false,
            older_than_file: false,
            bytes: Some(text.into_bytes().into()),
        };
        assert_eq!(found.load().unwrap().case, case);
        assert_eq!(found.file(), None);
        assert!(found.is_newer_than_original());
    }

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

        recovery.remove_own().unwrap();
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
        recovery.remove_own().unwrap();
        assert!(recovery.list().is_empty());
    }

    #[test]
    fn a_copy_that_is_its_file_byte_for_byte_is_not_offered_and_goes() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("recovery");
        let case = Case::new(jiff::civil::date(2026, 11, 30));
        let original = dir.path().join("casus.mdo.ron");
        Recovery::new(folder.clone())
            .write(&case, Some(&original), 0, None)
            .unwrap();
        super::super::save(&original, &case, CURRENT_FORMAT_VERSION).unwrap();
        let next = Recovery::new(folder);
        assert!(next.leftovers().is_empty());
        assert!(next.list().is_empty(), "nothing in it that the file lacks");
    }

    #[test]
    fn a_copy_of_a_session_still_running_is_never_offered() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("recovery");
        let original = dir.path().join("casus.mdo.ron");
        let mut case = Case::new(jiff::civil::date(2026, 11, 30));
        case.child = "open in een ander venster".to_owned();
        let running = Recovery::new(folder.clone());
        running.write(&case, Some(&original), 0, None).unwrap();

        let second_window = Recovery::new(folder.clone());
        assert!(
            second_window.leftovers().is_empty(),
            "that window still runs"
        );
        assert_eq!(second_window.list().len(), 1);

        drop(running); // The first window crashes or ends without saving.
        let offered = Recovery::new(folder).leftovers();
        assert_eq!(offered.len(), 1);
        assert_eq!(offered[0].load().unwrap().case, case);
    }

    #[test]
    fn a_save_removes_only_this_sessions_copies() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("recovery");
        let original = dir.path().join("casus.mdo.ron");
        let mut crashed_case = Case::new(jiff::civil::date(2026, 11, 30));
        crashed_case.child = "werk van de gecrashte sessie".to_owned();
        // A session that crashed, whose copy was put aside ("decide later").
        Recovery::new(folder.clone())
            .write(&crashed_case, Some(&original), 0, None)
            .unwrap();
        // Two sessions of the same case side by side (one took the other's lock over).
        let (taker, loser) = (Recovery::new(folder.clone()), Recovery::new(folder.clone()));
        let case = Case::new(jiff::civil::date(2026, 11, 30));
        taker.write(&case, Some(&original), 0, None).unwrap();
        loser.write(&case, Some(&original), 0, None).unwrap();
        assert_eq!(taker.list().len(), 3);

        taker.remove_own().unwrap(); // The taker saved.
        let left = taker.list();
        assert_eq!(
            left.len(),
            2,
            "the crashed and the other session's copies stay"
        );
        drop(loser); // The session that lost the lock crashes in turn.
        let offered = Recovery::new(folder).leftovers();
        assert_eq!(offered.len(), 2);
        assert!(
            offered
                .iter()
                .any(|f| f.load().unwrap().case == crashed_case)
        );
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

//! The open case: what is in memory, where it came from, and whether it has changed since.

use std::path::{Path, PathBuf};

use crate::model::Case;
use crate::storage::{
    self, CURRENT_FORMAT_VERSION, CaseLock, Fingerprint, Holder, LockError, LockToken,
    SecretString, StorageError, WriteGuard,
};

/// A case as the app holds it.
#[derive(Debug)]
pub struct Document {
    pub case: Case,
    /// The file it was opened from or last saved to; `None` for a new case.
    pub path: Option<PathBuf>,
    /// The format version of the file it came from: a newer one may not be saved over.
    pub format_version: u32,
    /// The case has changes that are not on disk.
    pub dirty: bool,
    /// This app's lock on the file, released when the document goes.
    pub lock: Option<CaseLock>,
    /// Someone else has the file open: it is shown read-only until taken over.
    pub locked_by: Option<Holder>,
    /// The lock found on opening was left by a session that no longer runs, and was taken
    /// over without asking: whose it was, to say so.
    pub stale_lock_of: Option<Holder>,
    /// The passphrase the file is protected with; saved encrypted while it is set.
    pub passphrase: Option<SecretString>,
    /// When the file was last written, as far as this machine knows.
    pub saved_on: Option<crate::model::Date>,
    /// The file as this session last read or wrote it: a save first checks that nobody
    /// else wrote it meanwhile.
    pub on_disk: Option<Fingerprint>,
    /// The file itself is read-only (its permissions): it is not written over.
    pub read_only_file: bool,
}

impl Document {
    /// A new, unsaved case with one meeting today.
    pub fn new_case(today: crate::model::Date) -> Self {
        Self {
            case: Case::new(today),
            path: None,
            format_version: CURRENT_FORMAT_VERSION,
            dirty: false,
            lock: None,
            locked_by: None,
            stale_lock_of: None,
            passphrase: None,
            saved_on: None,
            on_disk: None,
            read_only_file: false,
        }
    }

    /// Opens a case file; also returns what was mended while reading it. A mended case
    /// counts as changed, so that saving keeps the mending.
    pub fn open(path: &Path) -> Result<(Self, Vec<storage::Repair>), StorageError> {
        Self::open_with(path, None)
    }

    /// [`Self::open`] for a file protected with `passphrase`; the document keeps it, so
    /// that the file is saved protected again.
    pub fn open_with(
        path: &Path,
        passphrase: Option<SecretString>,
    ) -> Result<(Self, Vec<storage::Repair>), StorageError> {
        let (loaded, on_disk) = read(path, passphrase.as_ref())?;
        // The full path: recovery copies and locks must name the file the same way from
        // whatever folder the app was started in.
        let path = &dunce::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        if let Some(folder) = path.parent() {
            storage::remove_left_temporaries(folder);
        }
        let (lock, locked_by, stale_lock_of) = lock_for(path);
        let doc = Self {
            case: loaded.case,
            path: Some(path.to_owned()),
            format_version: loaded.format_version,
            dirty: !loaded.repairs.is_empty(),
            lock,
            locked_by,
            stale_lock_of,
            passphrase,
            saved_on: modified_date(path),
            on_disk: Some(on_disk),
            read_only_file: is_read_only_file(path),
        };
        Ok((doc, loaded.repairs))
    }

    /// A case that came as `bytes` of a file named `name`, not from a path: in a web page,
    /// which has only names. Nobody else can hold it there, so it takes no lock.
    pub fn from_bytes(
        name: &str,
        bytes: &[u8],
        passphrase: Option<SecretString>,
    ) -> Result<(Self, Vec<storage::Repair>), StorageError> {
        let loaded = storage::load_bytes_with(bytes, Path::new(name), passphrase.as_ref())?;
        let doc = Self {
            case: loaded.case,
            path: Some(PathBuf::from(name)),
            format_version: loaded.format_version,
            dirty: !loaded.repairs.is_empty(),
            passphrase,
            ..Self::new_case(today())
        };
        Ok((doc, loaded.repairs))
    }

    /// The case as the bytes of its file named `name`, for a page to hand out.
    pub fn encoded(&self, name: &str) -> Result<Vec<u8>, StorageError> {
        storage::encode(
            &self.case,
            self.format_version,
            self.passphrase.as_ref(),
            Path::new(name),
        )
    }

    /// The page handed `saved` out as `name`: that is its file now, and the case is clean
    /// unless it changed since.
    pub fn handed_out_as(&mut self, name: &str, saved: &Case) {
        self.path = Some(PathBuf::from(name));
        self.dirty = self.case != *saved;
        self.saved_on = Some(today());
        self.format_version = CURRENT_FORMAT_VERSION;
    }

    /// A recovery copy's case as unsaved work of its file `path` (or of a new case), under
    /// the same lock rules as opening the file: held elsewhere, it is read-only here.
    pub fn restored(
        case: crate::model::Case,
        format_version: u32,
        path: Option<&Path>,
        passphrase: Option<SecretString>,
    ) -> Self {
        let (lock, locked_by, stale_lock_of) = path.map_or((None, None, None), lock_for);
        Self {
            case,
            path: path.map(Path::to_owned),
            format_version,
            dirty: true,
            lock,
            locked_by,
            stale_lock_of,
            passphrase,
            saved_on: None,
            // The chair restores over the file as it is now.
            on_disk: path.and_then(|p| Fingerprint::of_file(p).ok().flatten()),
            read_only_file: path.is_some_and(is_read_only_file),
        }
    }

    /// Takes the file over from whoever holds it, after the user agreed.
    pub fn take_over(&mut self) -> Result<(), StorageError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        match CaseLock::take_over(path) {
            Ok(lock) => {
                self.lock = Some(lock);
                self.locked_by = None;
                // What the other session saved is read in first. Unsaved work here (a
                // restored copy) stays, and its save will find the file changed if it was.
                if !self.dirty {
                    let path = path.clone();
                    let (loaded, on_disk) = read(&path, self.passphrase.as_ref())?;
                    self.case = loaded.case;
                    self.format_version = loaded.format_version;
                    self.on_disk = Some(on_disk);
                }
                Ok(())
            }
            Err(LockError::Held(_)) => Err(StorageError::Locked { path: path.clone() }),
            Err(LockError::Io(source)) => Err(StorageError::Write {
                path: CaseLock::path_for(path),
                source,
            }),
        }
    }

    /// Why the case can be read here but not saved, in the order that matters to the
    /// user: a newer app wrote it, the system lets no one write it, someone else has it open.
    pub fn read_only_reason(&self, path: &Path) -> Option<StorageError> {
        let path = path.to_owned();
        if self.format_version > CURRENT_FORMAT_VERSION {
            Some(StorageError::Newer {
                path,
                file_version: self.format_version,
                app_version: CURRENT_FORMAT_VERSION,
            })
        } else if self.read_only_file {
            Some(StorageError::ReadOnlyFile { path })
        } else if self.locked_by.is_some() {
            Some(StorageError::Locked { path })
        } else {
            None
        }
    }

    /// A newer app wrote the file: it can be read here, not saved.
    pub fn is_read_only(&self) -> bool {
        self.format_version > CURRENT_FORMAT_VERSION
            || self.locked_by.is_some()
            || self.read_only_file
    }

    /// Someone took the lock over (as the lock's watch saw): from now on this session only
    /// reads, its edits kept. Returns who, once.
    pub fn notice_lost_lock(&mut self) -> Option<Holder> {
        let holder = self.lock.as_ref()?.lost_to()?;
        self.lock_lost_to(holder.clone());
        Some(holder)
    }

    fn lock_lost_to(&mut self, holder: Holder) {
        // Dropping our lock leaves theirs alone: it holds what they wrote.
        self.lock = None;
        self.locked_by = Some(holder);
    }

    /// Saves to `path` and makes it the document's file. On failure nothing changes in
    /// memory, so the edits are still there to save elsewhere.
    pub fn save_to(&mut self, path: &Path) -> Result<(), StorageError> {
        self.save_to_on(&storage::RealDisk, path)
    }

    /// [`Self::save_to`] through the given file-system steps, so tests can fail them.
    pub fn save_to_on(
        &mut self,
        disk: &dyn storage::Disk,
        path: &Path,
    ) -> Result<(), StorageError> {
        let save = self.prepare_save(path)?;
        let written = save.write(disk);
        self.finish_save(save, written)
    }

    /// Checks that `path` may be written (the lock is ours, nobody wrote it meanwhile, it is
    /// not read-only) and takes what is to be written, so that the writing itself, which
    /// takes a moment for a protected case, can run beside the UI.
    pub fn prepare_save(&mut self, path: &Path) -> Result<PendingSave, StorageError> {
        let locked = || StorageError::Locked {
            path: path.to_owned(),
        };
        // Saving somewhere new: take that file's lock first, so as not to write over a
        // case someone else has open; the old file's lock goes when this one is kept.
        let moving = !self
            .path
            .as_deref()
            .is_some_and(|open| crate::platform::files::same_file(open, path));
        let new_lock = if !moving {
            if self.locked_by.is_some() {
                return Err(locked());
            }
            self.check_still_ours(path)?;
            None
        } else {
            if is_read_only_file(path) {
                return Err(StorageError::ReadOnlyFile {
                    path: path.to_owned(),
                });
            }
            match CaseLock::acquire(path) {
                Ok(lock) => Some(lock),
                Err(LockError::Held(_)) => return Err(locked()),
                Err(LockError::Io(_)) => None,
            }
        };
        let token = new_lock
            .as_ref()
            .or(self.lock.as_ref())
            .map(CaseLock::token);
        Ok(PendingSave {
            path: path.to_owned(),
            case: self.case.clone(),
            format_version: self.format_version,
            passphrase: self.passphrase.clone(),
            moving,
            new_lock,
            token,
            known: self.on_disk,
        })
    }

    /// Takes in how a save went: on success the file is this document's, and it is clean
    /// unless it changed while the save ran. On failure nothing changes in memory.
    pub fn finish_save(
        &mut self,
        save: PendingSave,
        written: Result<(), StorageError>,
    ) -> Result<(), StorageError> {
        if let Err(StorageError::LockLost { holder, .. }) = &written
            && !save.moving
        {
            self.lock_lost_to((**holder).clone());
        }
        written?;
        if save.moving {
            // A copy saved elsewhere is this session's own, whoever holds the old file.
            self.lock = save.new_lock;
            self.locked_by = None;
            self.read_only_file = false;
        }
        self.on_disk = Fingerprint::of_file(&save.path).ok().flatten();
        self.dirty = self.case != save.case;
        self.path = Some(save.path);
        self.saved_on = Some(today());
        Ok(())
    }

    /// Before writing over our own file: the lock is still ours, the file may be written,
    /// and nobody wrote it since we read or saved it. Never overwrite silently.
    fn check_still_ours(&mut self, path: &Path) -> Result<(), StorageError> {
        if let Some(holder) = self.lock.as_ref().and_then(CaseLock::taken_by) {
            self.lock_lost_to(holder.clone());
            return Err(StorageError::LockLost {
                path: path.to_owned(),
                holder: Box::new(holder),
            });
        }
        if self.read_only_file || is_read_only_file(path) {
            return Err(StorageError::ReadOnlyFile {
                path: path.to_owned(),
            });
        }
        // A file that is gone holds nobody's work, and one that cannot be read as a case
        // is left to the save itself to report; only a case file that differs from what
        // this session knows is someone else's work.
        match Fingerprint::of_file(path) {
            Ok(Some(now)) if Some(now) != self.on_disk => Err(StorageError::ChangedOnDisk {
                path: path.to_owned(),
            }),
            _ => Ok(()),
        }
    }

    /// The name shown in the title bar: the child's pseudonym, else the file name.
    pub fn display_name(&self) -> Option<String> {
        let child = self.case.child.trim();
        if !child.is_empty() {
            return Some(child.to_owned());
        }
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
    }
}

/// A save that was checked and waits to be written: what, where, and how.
#[derive(Debug)]
pub struct PendingSave {
    path: PathBuf,
    case: crate::model::Case,
    format_version: u32,
    passphrase: Option<SecretString>,
    /// To another file than the document's own, whose lock is taken (when it could be).
    moving: bool,
    new_lock: Option<CaseLock>,
    /// The lock the file is written under, checked again right before writing.
    token: Option<LockToken>,
    /// The file as this session knew it, when writing over its own file.
    known: Option<Fingerprint>,
}

impl PendingSave {
    /// Writes the file (and its backup); safe to run on another thread. Right before the
    /// disk is touched, and holding the lock until it is written, it checks again that the
    /// lock is ours and nobody wrote the file meanwhile: the UI's check came earlier, and
    /// encrypting takes a moment in which another session may take the file over.
    pub fn write(&self, disk: &dyn storage::Disk) -> Result<(), StorageError> {
        storage::save_checked(
            disk,
            &self.path,
            &self.case,
            self.format_version,
            self.passphrase.as_ref(),
            || self.check_before_writing(),
        )
    }

    fn check_before_writing(&self) -> Result<Option<WriteGuard>, StorageError> {
        let guard = match &self.token {
            Some(token) => {
                Some(
                    token
                        .hold_for_write()
                        .map_err(|holder| StorageError::LockLost {
                            path: self.path.clone(),
                            holder: Box::new(holder),
                        })?,
                )
            }
            None => None,
        };
        if !self.moving
            && let Ok(Some(now)) = Fingerprint::of_file(&self.path)
            && Some(now) != self.known
        {
            return Err(StorageError::ChangedOnDisk {
                path: self.path.clone(),
            });
        }
        Ok(guard)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Reads and parses a case file, with the fingerprint of exactly the bytes read.
fn read(
    path: &Path,
    passphrase: Option<&SecretString>,
) -> Result<(storage::Loaded, Fingerprint), StorageError> {
    let bytes = storage::read_case_bytes(path)?;
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let loaded = storage::load_bytes_with(&bytes, path, passphrase)?;
    Ok((loaded, Fingerprint::of_bytes(&bytes, modified)))
}

/// This session's lock on `path`, or who holds it instead. A lock left by a process of this
/// machine that provably no longer runs (a crash, a logout) is taken over without asking;
/// the third part names whose it was, to say so.
fn lock_for(path: &Path) -> (Option<CaseLock>, Option<Holder>, Option<Holder>) {
    match CaseLock::acquire(path) {
        Ok(lock) => (Some(lock), None, None),
        Err(LockError::Held(holder)) if holder.is_stale() => match CaseLock::take_over(path) {
            Ok(lock) => (Some(lock), None, Some(holder)),
            Err(_) => (None, Some(holder), None),
        },
        Err(LockError::Held(holder)) => (None, Some(holder), None),
        // No lock can be made here (a read-only share): the file is still readable.
        Err(LockError::Io(_)) => (None, None, None),
    }
}

/// The file's permissions forbid writing it.
fn is_read_only_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly())
}

/// The day a file was last changed, in this machine's time zone.
fn modified_date(path: &Path) -> Option<crate::model::Date> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    let stamp = jiff::Timestamp::try_from(modified).ok()?;
    Some(
        stamp
            .to_zoned_datetime(crate::platform::zone::local())
            .date(),
    )
}

/// Today's date on this machine; the case file keeps civil dates without a zone.
pub fn today() -> crate::model::Date {
    crate::platform::zone::now().date()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page's case is a name and bytes: it opens without a path or a lock, and its
    /// bytes, read back, are the same case, protected again when it came protected.
    #[test]
    fn a_case_from_bytes_goes_out_as_bytes_again() {
        let example = std::fs::read("examples/voorbeeld.uitzicht").unwrap();
        let (mut doc, repairs) =
            Document::from_bytes("voorbeeld.uitzicht", &example, None).unwrap();
        assert!(repairs.is_empty() && !doc.dirty && doc.lock.is_none());
        assert_eq!(doc.path.as_deref(), Some(Path::new("voorbeeld.uitzicht")));
        doc.case.child = "Daan (nieuw)".to_owned();
        doc.dirty = true;
        let bytes = doc.encoded("daan.uitzicht").unwrap();
        assert!(doc.dirty, "nothing counts as saved before the page took it");
        let saved = doc.case.clone();
        doc.handed_out_as("daan.uitzicht", &saved);
        assert!(!doc.dirty);
        assert_eq!(doc.path.as_deref(), Some(Path::new("daan.uitzicht")));
        let (again, _) = Document::from_bytes("daan.uitzicht", &bytes, None).unwrap();
        assert_eq!(again.case, doc.case);

        let passphrase = SecretString::from("een lange wachtzin".to_owned());
        doc.passphrase = Some(passphrase.clone());
        let protected = doc.encoded("daan.uitzicht").unwrap();
        assert!(storage::is_protected(&protected));
        assert!(matches!(
            Document::from_bytes("daan.uitzicht", &protected, None),
            Err(StorageError::NeedsPassphrase { .. })
        ));
        let (opened, _) =
            Document::from_bytes("daan.uitzicht", &protected, Some(passphrase)).unwrap();
        assert_eq!(opened.case, doc.case);
        assert!(opened.passphrase.is_some(), "saved protected again");

        doc.format_version = CURRENT_FORMAT_VERSION + 1;
        assert!(matches!(
            doc.encoded("daan.uitzicht"),
            Err(StorageError::Newer { .. })
        ));
    }

    #[test]
    fn save_as_onto_a_case_someone_has_open_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let theirs = dir.path().join("van-een-collega.mdo.ron");
        let case = Case::new(jiff::civil::date(2026, 11, 30));
        storage::save(&theirs, &case, CURRENT_FORMAT_VERSION).unwrap();
        let before = std::fs::read(&theirs).unwrap();
        let _their_lock = CaseLock::acquire(&theirs).unwrap();

        let mut mine = Document::new_case(jiff::civil::date(2026, 11, 30));
        mine.case.child = "mijn casus".to_owned();
        mine.dirty = true;
        assert!(matches!(
            mine.save_to(&theirs),
            Err(StorageError::Locked { .. })
        ));
        assert_eq!(
            std::fs::read(&theirs).unwrap(),
            before,
            "their file is untouched"
        );
        assert!(mine.dirty, "my changes are still unsaved, not lost");

        let elsewhere = dir.path().join("mijn.mdo.ron");
        mine.save_to(&elsewhere).unwrap();
        assert!(
            CaseLock::path_for(&elsewhere).exists(),
            "the saved file is now held"
        );
    }
}

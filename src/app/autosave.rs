//! Recovery copies of the open case, written a few seconds after an edit: when they are
//! due, and the background job that encrypts the copy of a protected case.

use crate::platform::work::Work;
use std::path::Path;
use std::time::Duration;

use web_time::Instant;

use crate::document::Document;
use crate::storage::{Found, PageCopies, Recovery, StorageError};

/// A recovery copy is written this long after the last change…
const AFTER_QUIET: Duration = Duration::from_secs(3);
/// …and at least this often while changes keep coming.
const AT_LEAST: Duration = Duration::from_secs(60);
/// How often to look whether a copy written in the background is done.
const JOB_POLL: Duration = Duration::from_millis(200);

/// Recovery copies: the open case's, and those earlier sessions left behind.
pub struct RecoveryCopies {
    /// When the open case's copy is due, and where it goes.
    pub(super) autosave: Autosave,
    /// Copies found on start, offered to restore.
    pub offered: Vec<Found>,
}

impl Default for RecoveryCopies {
    fn default() -> Self {
        Self {
            autosave: Autosave::new(None),
            offered: Vec::new(),
        }
    }
}

/// When the open case's recovery copy is due, and where it goes.
pub struct Autosave {
    /// Where recovery copies go; `None` in tests that do not ask for it…
    recovery: Option<Recovery>,
    /// …or, in a web page, the browser's storage.
    page: Option<PageCopies>,
    /// Names the recovery copy of a case that has no file yet.
    new_case_id: u64,
    /// The last change to the case, and the first one not yet in a recovery copy.
    last_change: Option<Instant>,
    unrecovered_since: Option<Instant>,
    /// An encrypted copy being written in the background (scrypt takes a moment).
    job: Option<Work<Result<(), StorageError>>>,
}

/// What a look at the clock gave: when to look again, and a copy that failed.
pub struct Tick {
    pub again: Option<Duration>,
    pub failed: Option<StorageError>,
}

impl Autosave {
    pub fn new(recovery: Option<Recovery>) -> Self {
        Self {
            recovery,
            page: None,
            new_case_id: new_case_id(),
            last_change: None,
            unrecovered_since: None,
            job: None,
        }
    }

    /// Copies kept by a web page, in the browser's storage.
    pub fn in_page() -> Self {
        Self {
            page: Some(PageCopies::new()),
            ..Self::new(None)
        }
    }

    pub fn recovery(&self) -> Option<&Recovery> {
        self.recovery.as_ref()
    }

    /// Removes a copy found on start that is not wanted.
    pub fn remove_copy(&self, copy: &Path) -> Result<(), StorageError> {
        match (&self.recovery, &self.page) {
            (Some(recovery), _) => recovery.remove_copy(copy),
            (None, Some(_)) => {
                PageCopies::remove_copy(copy);
                Ok(())
            }
            (None, None) => Ok(()),
        }
    }

    /// The case changed at `now`: a copy is due soon.
    pub fn changed(&mut self, now: Instant) {
        self.last_change = Some(now);
        self.unrecovered_since.get_or_insert(now);
    }

    /// A new case begins: its copy gets a name of its own.
    pub fn new_case(&mut self) {
        self.new_case_id = new_case_id();
    }

    /// Writes the copy when it is due: a few seconds after the last change, and at least
    /// every minute while changes keep coming.
    pub fn tick(&mut self, now: Instant, doc: &Document) -> Tick {
        match super::work::finished(&mut self.job) {
            None if self.job.is_some() => {
                return Tick {
                    again: Some(JOB_POLL),
                    failed: None,
                };
            }
            // A panicked job wrote nothing: the next change tries again.
            Some(done) => {
                return Tick {
                    again: self.unrecovered_since.map(|_| JOB_POLL),
                    failed: done.ok().and_then(Result::err),
                };
            }
            None => {}
        }
        let keeps = self.recovery.is_some() || self.page.is_some();
        let (true, Some(since), Some(last)) = (keeps, self.unrecovered_since, self.last_change)
        else {
            return Tick {
                again: None,
                failed: None,
            };
        };
        let quiet = now.saturating_duration_since(last);
        let waiting = now.saturating_duration_since(since);
        if quiet < AFTER_QUIET && waiting < AT_LEAST {
            return Tick {
                again: Some(AFTER_QUIET.saturating_sub(quiet)),
                failed: None,
            };
        }
        self.unrecovered_since = None;
        if let (Some(passphrase), Some(recovery)) = (&doc.passphrase, &self.recovery) {
            // Encrypting takes a noticeable moment: done beside the UI, one copy at a time.
            let (recovery, case, path, id, passphrase) = (
                recovery.clone(),
                doc.case.clone(),
                doc.path.clone(),
                self.new_case_id,
                passphrase.clone(),
            );
            self.job = Some(Work::start(move || {
                recovery.write(&case, path.as_deref(), id, Some(&passphrase))
            }));
            return Tick {
                again: Some(JOB_POLL),
                failed: None,
            };
        }
        Tick {
            again: None,
            failed: self.write_now(doc).err(),
        }
    }

    /// Writes the copy at once, as it is now (e.g. of a case just restored from one).
    pub fn write_now(&self, doc: &Document) -> Result<(), StorageError> {
        let (case, path, passphrase) = (&doc.case, doc.path.as_deref(), doc.passphrase.as_ref());
        match (&self.recovery, &self.page) {
            (Some(recovery), _) => recovery.write(case, path, self.new_case_id, passphrase),
            (None, Some(page)) => page.write(case, path, passphrase),
            (None, None) => Ok(()),
        }
    }

    /// Takes a recovery copy found on start as this case's own copy (renamed, not written
    /// again), so that the next save removes it and the next start does not offer it twice.
    pub fn adopt(&mut self, copy: &Path, path: Option<&Path>) -> Result<(), StorageError> {
        match (&self.recovery, &mut self.page) {
            (Some(recovery), _) => recovery.adopt(copy, path, self.new_case_id),
            (None, Some(page)) => {
                page.adopt(copy);
                Ok(())
            }
            (None, None) => Ok(()),
        }
    }

    /// The case is safe on disk (or deliberately dropped): this session's copies can go.
    pub fn forget(&mut self) -> Result<(), StorageError> {
        self.unrecovered_since = None;
        match (&self.recovery, &self.page) {
            (Some(recovery), _) => recovery.remove_own(),
            (None, Some(page)) => {
                page.remove_own();
                Ok(())
            }
            (None, None) => Ok(()),
        }
    }

    /// The next copy is due as if the case had just changed, e.g. after the protection
    /// changed and the old copy was written the other way.
    pub fn due_again(&mut self, now: Instant) {
        self.unrecovered_since = Some(now);
    }
}

/// A name for the recovery copy of a case not saved yet: the moment it was begun.
fn new_case_id() -> u64 {
    jiff::Timestamp::now().as_nanosecond().unsigned_abs() as u64
}

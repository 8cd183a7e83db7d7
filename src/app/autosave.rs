//! Recovery copies of the open case, written a few seconds after an edit: when they are
//! due, and the background job that encrypts the copy of a protected case.

use crate::platform::work::Work;
use std::path::Path;
use std::time::Duration;

use web_time::Instant;

use crate::document::Document;
use crate::storage::{Recovery, StorageError};

/// A recovery copy is written this long after the last change…
const AFTER_QUIET: Duration = Duration::from_secs(3);
/// …and at least this often while changes keep coming.
const AT_LEAST: Duration = Duration::from_secs(60);
/// How often to look whether a copy written in the background is done.
const JOB_POLL: Duration = Duration::from_millis(200);

/// When the open case's recovery copy is due, and where it goes.
pub struct Autosave {
    /// Where recovery copies go; `None` in tests that do not ask for it.
    recovery: Option<Recovery>,
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
            new_case_id: new_case_id(),
            last_change: None,
            unrecovered_since: None,
            job: None,
        }
    }

    pub fn recovery(&self) -> Option<&Recovery> {
        self.recovery.as_ref()
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
        match super::finished(&mut self.job) {
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
        let (Some(recovery), Some(since), Some(last)) =
            (&self.recovery, self.unrecovered_since, self.last_change)
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
        if let Some(passphrase) = &doc.passphrase {
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
        match &self.recovery {
            Some(recovery) => recovery.write(
                &doc.case,
                doc.path.as_deref(),
                self.new_case_id,
                doc.passphrase.as_ref(),
            ),
            None => Ok(()),
        }
    }

    /// Takes a recovery copy found on start as this case's own copy (renamed, not written
    /// again), so that the next save removes it and the next start does not offer it twice.
    pub fn adopt(&self, copy: &Path, path: Option<&Path>) -> Result<(), StorageError> {
        match &self.recovery {
            Some(recovery) => recovery.adopt(copy, path, self.new_case_id),
            None => Ok(()),
        }
    }

    /// The case is safe on disk (or deliberately dropped): this session's copies can go.
    pub fn forget(&mut self) -> Result<(), StorageError> {
        self.unrecovered_since = None;
        match &self.recovery {
            Some(recovery) => recovery.remove_own(),
            None => Ok(()),
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

//! Work that runs beside the UI (the key derivation of a protected case takes a moment),
//! and what waits for it to finish.

use std::path::PathBuf;

use crate::document::{Document, PendingSave};
use crate::export::preparation::Reading;
use crate::model::Preparation;
use crate::platform::work::{Interrupted, Work};
use crate::storage::{Found, Loaded, Repair, SecretString, StorageError};

use super::Leave;

/// A case file as it was opened: the document and what reading it mended, or why not.
pub(super) type Opened = Result<(Document, Vec<Repair>), StorageError>;
/// How writing a case file went.
pub(super) type Saved = Result<(), StorageError>;
/// A recovery copy read for restoring: which, with what passphrase, and what it held.
pub(super) type Restored = (Found, Option<SecretString>, Result<Loaded, StorageError>);

/// The jobs beside the UI, at most one of each, and what is done once they are.
#[derive(Default)]
pub(super) struct WorkBeside {
    /// A protected case being saved, with what it wrote and how it went.
    pub(super) saving: Option<Work<(PendingSave, Saved)>>,
    /// A protected file being opened.
    pub(super) opening: Option<Work<(PathBuf, Opened)>>,
    /// A protected recovery copy being decrypted (and written again).
    pub(super) restoring: Option<Work<Restored>>,
    /// The save that runs was asked for by protecting or unprotecting the case.
    pub(super) protecting: bool,
    /// The window was asked to close while a save ran: it closes once the save is done.
    pub(super) close_after_save: bool,
    /// Done once a save that the user asked for on the way out has succeeded.
    pub(super) after_save: Option<Leave>,
    /// In a page: the case as it is being saved into its file, until the browser is done.
    pub(super) saving_in_place: Option<crate::model::Case>,
    /// A preparation sheet being read (a long one takes a moment).
    pub(super) reading_sheet: Option<SheetReading>,
}

/// A preparation sheet read beside the UI: which file, how far, and what it said.
pub(super) struct SheetReading {
    pub(super) path: PathBuf,
    pub(super) progress: std::sync::Arc<Reading>,
    /// The meeting's place and date, and what the sheet said; or why not, in words.
    pub(super) job: Work<Result<(usize, crate::model::Date, Preparation), String>>,
}

impl WorkBeside {
    /// A protected case is being saved, opened or restored (a sheet being read is not
    /// counted: leaving drops it, as the chair would stop it).
    pub(super) fn busy(&self) -> bool {
        self.saving.is_some() || self.opening.is_some() || self.restoring.is_some()
    }
}

/// A job's result once it is done (and the slot empty), `None` while it still runs (and
/// stays in its slot) or when there is none.
pub(super) fn finished<T>(slot: &mut Option<Work<T>>) -> Option<Result<T, Interrupted>> {
    match slot.take() {
        Some(job) if !job.is_finished() => {
            *slot = Some(job);
            None
        }
        Some(job) => Some(job.join()),
        None => None,
    }
}

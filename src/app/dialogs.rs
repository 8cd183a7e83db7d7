//! What the app is asking the chair: each dialog while it is open. While one asks, the
//! keyboard and dropped files are its, not the case's.

use super::Leave;
use crate::model::Date;
use crate::ui::{self, PathDialog};

/// The dialogs of the chair's window, each `None` (or empty) while closed.
#[derive(Default)]
pub struct Dialogs {
    /// A file's path typed in, where no system picker answers.
    pub path: Option<PathDialog>,
    /// Asking for a passphrase: to open, protect or unprotect.
    pub passphrase: Option<ui::PassphraseDialog>,
    /// Typed in the recovery dialog, to restore the copy of a protected case.
    pub recovery_passphrase: String,
    /// A help window that is open.
    pub help: Option<ui::Help>,
    /// Asking on which day the follow-up meeting is held.
    pub follow_up_date: Option<Date>,
    /// Waiting for an answer to "save your changes?" before doing this.
    pub confirm: Option<Leave>,
    /// The recovery copy being compared with its file, as read when asked.
    pub comparing: Option<ui::Comparison>,
}

impl Dialogs {
    /// No dialog asks for an answer: the keyboard and drops go to the case.
    pub fn none_asking(&self) -> bool {
        self.path.is_none()
            && self.confirm.is_none()
            && self.passphrase.is_none()
            && self.follow_up_date.is_none()
            && self.help.is_none()
    }
}

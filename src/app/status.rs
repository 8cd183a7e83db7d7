//! The status bar's say: an error, a message, and the file the last export wrote.

use std::path::{Path, PathBuf};

use crate::model::GuideStep;

/// Where the case is, for knowing when a message has gone stale: the changes made in this
/// session, the meeting shown and its step.
pub(super) type Moment = (u64, usize, Option<GuideStep>);

/// What the app tells the chair beneath the board.
#[derive(Default)]
pub struct Status {
    /// What went wrong, in the chair's language; shown until dismissed.
    pub error: Option<String>,
    /// What went well ("Opgeslagen"); it goes once the case moves on.
    pub info: Option<String>,
    /// The file the last export wrote, offered to open while the message saying so stands.
    last_export: Option<(PathBuf, String)>,
    /// The message as last seen, and the moment it was said at.
    said_at: (Option<String>, Moment),
}

impl Status {
    /// Says that `path` was written, and offers to open it while that is said.
    pub(super) fn exported(&mut self, path: &Path, message: String) {
        self.last_export = Some((path.to_owned(), message.clone()));
        self.info = Some(message);
    }

    /// The file to offer to open: the last export's, as long as its message is the one
    /// shown (a button left after its message went would open something unasked).
    pub fn export_offered(&self) -> Option<&Path> {
        let (path, said) = self.last_export.as_ref()?;
        (self.info.as_ref() == Some(said)).then_some(path.as_path())
    }

    /// Forgets the last export (another case was opened).
    pub(super) fn forget_export(&mut self) {
        self.last_export = None;
    }

    /// Clears the message once the case, the meeting or the step has moved on from when it
    /// was said ("Opgeslagen" after a new edit is stale).
    pub(super) fn keep_current(&mut self, now: Moment) {
        let (said, at) = &self.said_at;
        if self.info != *said {
            self.said_at = (self.info.clone(), now);
        } else if self.info.is_some() && *at != now {
            self.info = None;
            self.said_at = (None, now);
        }
    }
}

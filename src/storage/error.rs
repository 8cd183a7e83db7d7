use std::path::{Path, PathBuf};

use crate::i18n::{Texts, fill};

/// Why a case file could not be read or written. `Display` is for developers (English);
/// [`StorageError::message`] is what the user reads, in their language.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {bytes} bytes is more than the limit of {limit}", path.display())]
    TooLarge {
        path: PathBuf,
        bytes: u64,
        limit: u64,
    },
    #[error("{}: the case would take {bytes} bytes, more than the {limit} we read back", path.display())]
    TooLargeToSave {
        path: PathBuf,
        bytes: u64,
        limit: u64,
    },
    #[error("{}: the file is empty", path.display())]
    Empty { path: PathBuf },
    #[error("{}:{line}:{column}: not UTF-8 text", path.display())]
    NotText {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        /// The reader's own words, in English, for a developer's log.
        message: String,
        /// What went wrong there, in words the user is given.
        what: Broken,
    },
    #[error("{}: not a case file (no format_version)", path.display())]
    NotACase { path: PathBuf },
    #[error(
        "{}: format version {file_version} is newer than {app_version}, the newest this app knows",
        path.display()
    )]
    Newer {
        path: PathBuf,
        file_version: u32,
        app_version: u32,
    },
    #[error("{}: format version {file_version} is not supported", path.display())]
    Unsupported { path: PathBuf, file_version: u32 },
    #[error("{}: cannot encode the case: {message}", path.display())]
    Encode { path: PathBuf, message: String },
    #[error("{}: the saved text would not read back the same; nothing was written", path.display())]
    RoundTrip {
        path: PathBuf,
        /// The start of the first text that would read back otherwise, where one does.
        text: Option<String>,
    },
    #[error("{}: a list holds more than a case file may; nothing was written", path.display())]
    OverLimit {
        path: PathBuf,
        over: crate::model::OverLimit,
    },
    #[error("{}: someone else has the file open", path.display())]
    Locked { path: PathBuf },
    #[error("{}: the file is protected with a passphrase", path.display())]
    NeedsPassphrase { path: PathBuf },
    #[error("{}: the passphrase does not open this file", path.display())]
    WrongPassphrase { path: PathBuf },
    #[error("{}: protected twice over", path.display())]
    ProtectedTwice { path: PathBuf },
    #[error("{}: the protected file is damaged or incomplete", path.display())]
    Damaged { path: PathBuf },
    #[error("{}: protected with a key, not a passphrase", path.display())]
    NotPassphrase { path: PathBuf },
    #[error("{}: the protection asks for work factor {required}, more than allowed", path.display())]
    TooMuchWork { path: PathBuf, required: u8 },
    #[error("{}: cannot encrypt: {detail}", path.display())]
    Encrypt { path: PathBuf, detail: String },
    #[error("{}: not a regular file", path.display())]
    NotAFile { path: PathBuf },
    #[error("{}: a link that leads back to itself", path.display())]
    LinkLoop { path: PathBuf },
    #[error("{}: changed on disk since it was opened or saved here", path.display())]
    ChangedOnDisk { path: PathBuf },
    #[error("{}: the lock was taken over by {}", path.display(), holder.user)]
    LockLost {
        path: PathBuf,
        holder: Box<super::Holder>,
    },
    #[error("{}: the file is read-only", path.display())]
    ReadOnlyFile { path: PathBuf },
    #[error("{}:{line}:{column}: a list holds more than {limit} entries", path.display())]
    TooMany {
        path: PathBuf,
        line: usize,
        column: usize,
        limit: usize,
    },
    #[error("{}:{line}:{column}: nested too deeply", path.display())]
    TooDeep {
        path: PathBuf,
        line: usize,
        column: usize,
    },
}

impl StorageError {
    pub(super) fn syntax(path: &Path, error: &ron::error::SpannedError) -> Self {
        let (line, column) = (error.span.start.line, error.span.start.col);
        let message = error.code.to_string();
        // The model's limits and ron's nesting limit get words of our own: ron's advice is
        // for developers.
        if let Some(limit) = message
            .strip_prefix(crate::model::limits::TOO_MANY_MARK)
            .and_then(|rest| rest.trim().parse().ok())
        {
            return Self::TooMany {
                path: path.to_owned(),
                line,
                column,
                limit,
            };
        }
        if matches!(error.code, ron::Error::ExceededRecursionLimit) {
            return Self::TooDeep {
                path: path.to_owned(),
                line,
                column,
            };
        }
        Self::Syntax {
            path: path.to_owned(),
            line: error.span.start.line,
            column: error.span.start.col,
            message: error.code.to_string(),
            what: Broken::of(&error.code),
        }
    }

    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::Read { path, .. }
            | Self::Write { path, .. }
            | Self::TooLarge { path, .. }
            | Self::TooLargeToSave { path, .. }
            | Self::Empty { path }
            | Self::NotText { path, .. }
            | Self::Syntax { path, .. }
            | Self::NotACase { path }
            | Self::Newer { path, .. }
            | Self::Unsupported { path, .. }
            | Self::Encode { path, .. }
            | Self::RoundTrip { path, .. }
            | Self::OverLimit { path, .. }
            | Self::Locked { path }
            | Self::NeedsPassphrase { path }
            | Self::WrongPassphrase { path }
            | Self::Damaged { path }
            | Self::ProtectedTwice { path }
            | Self::NotPassphrase { path }
            | Self::TooMuchWork { path, .. }
            | Self::Encrypt { path, .. }
            | Self::NotAFile { path }
            | Self::LinkLoop { path }
            | Self::ChangedOnDisk { path }
            | Self::LockLost { path, .. }
            | Self::ReadOnlyFile { path }
            | Self::TooMany { path, .. }
            | Self::TooDeep { path, .. } => path,
        }
    }

    /// A plain sentence for the user, after `file:line:column` as editors read it.
    pub fn message(&self, t: &Texts) -> String {
        let path = self.path().display().to_string();
        let detail = match self {
            Self::Read { source, .. } => fill(t.err_read, &[("reason", &io_reason(source, t))]),
            Self::Write { source, .. } => fill(t.err_write, &[("reason", &io_reason(source, t))]),
            Self::TooLarge { bytes, limit, .. } => fill(
                t.err_too_large,
                &[("size", &megabytes(*bytes)), ("limit", &megabytes(*limit))],
            ),
            Self::TooLargeToSave { bytes, limit, .. } => fill(
                t.err_too_large_to_save,
                &[("size", &megabytes(*bytes)), ("limit", &megabytes(*limit))],
            ),
            Self::Empty { .. } => t.err_empty.to_owned(),
            Self::NotText { .. } => t.err_not_text.to_owned(),
            Self::Syntax { what, .. } => {
                let detail = match what {
                    Broken::Ended => t.syntax_ended,
                    Broken::Number => t.syntax_number,
                    Broken::Text => t.syntax_text,
                    Broken::Unexpected => t.syntax_unexpected,
                };
                fill(t.err_syntax, &[("detail", &detail)])
            }
            Self::NotACase { .. } => t.err_not_a_case.to_owned(),
            Self::Newer {
                file_version,
                app_version,
                ..
            } => fill(
                t.err_newer,
                &[("file_version", file_version), ("app_version", app_version)],
            ),
            Self::Unsupported { file_version, .. } => {
                fill(t.err_unsupported, &[("file_version", file_version)])
            }
            Self::Encode { message, .. } => fill(t.err_encode, &[("detail", message)]),
            Self::RoundTrip { text: None, .. } => t.err_round_trip.to_owned(),
            Self::RoundTrip {
                text: Some(text), ..
            } => fill(t.err_round_trip_text, &[("text", text)]),
            Self::OverLimit { over, .. } => {
                fill(t.err_over_limit, &[("what", &over_limit_text(over, t))])
            }
            Self::Locked { .. } => t.err_locked.to_owned(),
            Self::NeedsPassphrase { .. } => t.err_needs_passphrase.to_owned(),
            Self::WrongPassphrase { .. } => t.err_wrong_passphrase.to_owned(),
            Self::Damaged { .. } => t.err_damaged.to_owned(),
            Self::ProtectedTwice { .. } => t.err_protected_twice.to_owned(),
            Self::NotPassphrase { .. } => t.err_not_passphrase.to_owned(),
            Self::TooMuchWork { .. } => t.err_too_much_work.to_owned(),
            Self::Encrypt { detail, .. } => fill(t.err_encrypt, &[("detail", detail)]),
            Self::NotAFile { .. } => t.err_not_a_file.to_owned(),
            Self::LinkLoop { .. } => t.err_link_loop.to_owned(),
            Self::ChangedOnDisk { .. } => t.err_changed_on_disk.to_owned(),
            Self::LockLost { holder, .. } if !holder.is_known() => t.err_lock_removed.to_owned(),
            Self::LockLost { holder, .. } => fill(
                t.err_lock_lost,
                &[("user", &holder.user), ("machine", &holder.machine)],
            ),
            Self::ReadOnlyFile { .. } => t.err_read_only_file.to_owned(),
            Self::TooMany { limit, .. } => fill(t.err_too_many, &[("limit", limit)]),
            Self::TooDeep { .. } => t.err_too_deep.to_owned(),
        };
        match self.position() {
            Some((line, column)) => format!("{path}:{line}:{column}: {detail}"),
            None => format!("{path}: {detail}"),
        }
    }

    /// Line and column (from 1) where reading stopped, when the error has a place.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::NotText { line, column, .. }
            | Self::Syntax { line, column, .. }
            | Self::TooMany { line, column, .. }
            | Self::TooDeep { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}

/// Why a file operation failed, in the user's words.
pub fn io_reason(error: &std::io::Error, t: &Texts) -> String {
    use std::io::ErrorKind;
    if super::is_busy(error) {
        return t.io_busy.to_owned();
    }
    match error.kind() {
        ErrorKind::NotFound => t.io_not_found.to_owned(),
        ErrorKind::PermissionDenied => t.io_permission.to_owned(),
        ErrorKind::StorageFull => t.io_disk_full.to_owned(),
        ErrorKind::ReadOnlyFilesystem => t.io_read_only.to_owned(),
        ErrorKind::IsADirectory => t.io_is_folder.to_owned(),
        _ => error.to_string(),
    }
}

/// What broke a case file's text where it stopped being readable: the reader's own message
/// is for developers and in English, the user gets one of these in her language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Broken {
    /// The text ends early, or a bracket or quote is never closed.
    Ended,
    /// A number that is no number, or too large.
    Number,
    /// A text that is not closed, or holds what a text cannot.
    Text,
    /// Something that does not belong there.
    Unexpected,
}

impl Broken {
    fn of(code: &ron::Error) -> Self {
        use ron::Error as E;
        match code {
            E::Eof
            | E::ExpectedArrayEnd
            | E::ExpectedMapEnd
            | E::ExpectedOptionEnd
            | E::ExpectedStructLikeEnd
            | E::ExpectedAttributeEnd
            | E::UnclosedBlockComment
            | E::UnclosedLineComment => Self::Ended,
            E::IntegerOutOfBounds
            | E::InvalidIntegerDigit { .. }
            | E::ExpectedInteger
            | E::ExpectedFloat
            | E::FloatUnderscore
            | E::UnderscoreAtBeginning => Self::Number,
            E::ExpectedString
            | E::ExpectedStringEnd
            | E::InvalidEscape(_)
            | E::Utf8Error(_)
            | E::ExpectedChar => Self::Text,
            _ => Self::Unexpected,
        }
    }
}

/// Which list of a case is full, in the user's words: "de cirkel ‘School/onderwijs’ van
/// overleg 2 (1000)".
pub fn over_limit_text(over: &crate::model::OverLimit, t: &Texts) -> String {
    use crate::model::Limited;
    let list = match &over.list {
        Limited::Meetings => t.limit_meetings.to_owned(),
        Limited::Circles => t.limit_circles.to_owned(),
        Limited::Arrows => t.limit_arrows.to_owned(),
        Limited::Items(kind) => fill(
            t.limit_items,
            &[("circle", &crate::names::circle_title(kind, t))],
        ),
        Limited::Rows => t.limit_rows.to_owned(),
    };
    let at = over.meeting.map_or(String::new(), |index| {
        format!(" {}", fill(t.limit_of_meeting, &[("number", &(index + 1))]))
    });
    format!("{list}{at} ({})", over.limit)
}

pub fn megabytes(bytes: u64) -> String {
    // Precision is not the point here; a rounded size is easier to read.
    let mb = bytes as f64 / (1024.0 * 1024.0);
    format!("{mb:.1} MB")
}

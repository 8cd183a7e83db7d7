//! Reading a folder of case files for the caseload: one file at a time, nothing written,
//! every file listed, a broken one with its reason.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::CaseSummary;
use crate::i18n::Texts;
use crate::model::Date;
use crate::storage::{self, Holder, SecretString, StorageError};

/// How a file in the folder read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum FileState {
    Ok,
    /// Written by a newer version of the app: listed from what this one understands.
    Newer {
        version: u32,
    },
    /// Protected with a passphrase this session was not given (or not the right one).
    Protected,
    /// Not a case this app can read, and why, in the user's words.
    Unreadable {
        reason: String,
    },
}

/// One file of the folder as the caseload lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listed {
    pub file: PathBuf,
    pub state: FileState,
    pub summary: Option<CaseSummary>,
    /// Who has the case open now, by its lock file.
    pub open_by: Option<Holder>,
}

impl Listed {
    /// The row as prints for readers outside the meeting show it (see
    /// [`CaseSummary::pseudonymised`]).
    pub fn pseudonymised(&self) -> Self {
        Self {
            summary: self.summary.as_ref().map(CaseSummary::pseudonymised),
            ..self.clone()
        }
    }
}

/// What reading a folder needs besides the folder.
pub struct ReadOptions<'a> {
    pub today: Date,
    /// The retention reminder period (0: none).
    pub retention_months: u32,
    /// Tried on each protected file; held by the caller for this session only.
    pub passphrase: Option<&'a SecretString>,
    pub texts: &'static Texts,
}

/// The case files in `folder` (by name, not its subfolders), the smallest first, so that
/// one large file comes last instead of holding up the rest of the list.
pub fn case_files(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<(u64, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name();
        if !storage::is_case_name(&name.to_string_lossy()) {
            continue;
        }
        // Not followed: a link's size is its own; reading it says what it leads to.
        let size = entry.metadata().map_or(0, |m| m.len());
        files.push((size, entry.path()));
    }
    files.sort();
    Ok(files.into_iter().map(|(_, path)| path).collect())
}

/// Reads every case file in `folder`, handing each to `each` as it is read with how many
/// are done of how many; `each` may stop the reading. Returns what was read, most urgent
/// first; an error only when the folder itself cannot be read.
pub fn read_folder(
    folder: &Path,
    options: &ReadOptions<'_>,
    mut each: impl FnMut(&Listed, usize, usize) -> ControlFlow<()>,
) -> std::io::Result<Vec<Listed>> {
    let files = case_files(folder)?;
    let total = files.len();
    let mut listed = Vec::with_capacity(total);
    for (done, file) in files.into_iter().enumerate() {
        let one = read_one(&file, options);
        let flow = each(&one, done + 1, total);
        listed.push(one);
        if flow.is_break() {
            break;
        }
    }
    sort_by_urgency(&mut listed);
    Ok(listed)
}

/// One case file as the caseload lists it. Only this case is in memory, and only while it
/// is summarised.
pub fn read_one(file: &Path, options: &ReadOptions<'_>) -> Listed {
    let mut listed = match storage::read_case_bytes(file) {
        Ok(bytes) => read_bytes(file, &bytes, saved_on(file), options),
        Err(error) => Listed {
            file: file.to_owned(),
            state: unreadable(&error, options.texts),
            summary: None,
            open_by: None,
        },
    };
    if listed.summary.is_some() {
        listed.open_by = storage::holder_of(file);
    }
    listed
}

/// A case file's bytes as the caseload lists them (a page has bytes, not a file); `file`
/// names it, `saved` is the day it was last written where known.
pub fn read_bytes(
    file: &Path,
    bytes: &[u8],
    saved: Option<Date>,
    options: &ReadOptions<'_>,
) -> Listed {
    let t = options.texts;
    let mut listed = Listed {
        file: file.to_owned(),
        state: FileState::Ok,
        summary: None,
        open_by: None,
    };
    let loaded = match storage::load_bytes_with(bytes, file, options.passphrase) {
        Ok(loaded) => loaded,
        Err(
            StorageError::NeedsPassphrase { .. }
            | StorageError::WrongPassphrase { .. }
            | StorageError::NotPassphrase { .. },
        ) => {
            listed.state = FileState::Protected;
            return listed;
        }
        Err(StorageError::Newer { file_version, .. }) => {
            listed.state = FileState::Newer {
                version: file_version,
            };
            return listed;
        }
        Err(error) => {
            listed.state = unreadable(&error, t);
            return listed;
        }
    };
    if loaded.is_from_newer_version() {
        listed.state = FileState::Newer {
            version: loaded.format_version,
        };
    }
    let mut summary = CaseSummary::of(&loaded.case, options.today, saved, options.retention_months);
    summary.pseudonyms = crate::pseudonymise::Pseudonyms::of(&loaded.case, t);
    listed.summary = Some(summary);
    listed
}

fn unreadable(error: &StorageError, t: &Texts) -> FileState {
    FileState::Unreadable {
        reason: error.message(t),
    }
}

/// The day the file was last written, in the machine's time zone.
fn saved_on(file: &Path) -> Option<Date> {
    let modified = std::fs::metadata(file).ok()?.modified().ok()?;
    let stamp = jiff::Timestamp::try_from(modified).ok()?;
    Some(crate::platform::zone::local().to_datetime(stamp).date())
}

/// Most urgent first: agreements overdue (the longest overdue first), then the nearest
/// next meeting, then the rest by child; files that did not read come last, by name.
pub fn sort_by_urgency(listed: &mut [Listed]) {
    listed.sort_by_cached_key(|one| {
        let summary = one.summary.as_ref();
        let oldest_overdue = summary.and_then(|s| s.overdue.first()).map(|d| d.due);
        let next = summary
            .and_then(|s| s.next_meeting.as_ref())
            .map(|p| p.date);
        (
            summary.is_none(),
            oldest_overdue.is_none(),
            oldest_overdue,
            next.is_none(),
            next,
            summary.map(|s| crate::names::compared(&s.child)),
            one.file.clone(),
        )
    });
}

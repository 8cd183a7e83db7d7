//! Case files on disk: RON text with a `format_version`, read through the versions this app
//! knows, written through a temporary file and a rename.

mod disk;
mod error;
mod format;
mod lock;
mod page_copies;
mod protect;
mod recovery;
mod repair;

use std::path::Path;

pub use disk::{
    Disk, Links, RealDisk, TEMP_LEFT_AFTER, is_busy, open_regular, remove_left_temporaries,
    write_atomically_like, write_atomically_on, write_export,
};
pub use error::{StorageError, io_reason, megabytes, over_limit_text};
pub use format::{CURRENT_FORMAT_VERSION, MAX_TEXT_BYTES, parse, to_ron};
pub use lock::{CaseLock, Holder, LockError, LockToken, WriteGuard, holder_of};
pub use page_copies::PageCopies;
pub use protect::{
    ExposeSecret, MAX_WORK_FACTOR, SecretString, WORK_FACTOR, decrypt, encrypt, is_protected,
};
pub use recovery::{Found, Recovery};
pub use repair::{Repair, repair, repairs_message};

use crate::model::Case;

/// The extension of a new case file, without the leading dot. A name of its own: Windows
/// knows a file by its last extension only, and `.ron` is every RON file's.
pub const FILE_EXTENSION: &str = "uitzicht";

/// What case files were named before; they open as ever and keep their name when saved.
pub const OLDER_EXTENSIONS: [&str; 1] = ["mdo.ron"];

/// Whether a file named `name` is named as a case file (new or old), compared as Windows
/// compares names: without regard to case.
pub fn is_case_name(name: &str) -> bool {
    case_stem(name).len() < name.len()
}

/// `name` without the extension of a case file, if it has one.
pub fn case_stem(name: &str) -> &str {
    let lower = name.to_lowercase();
    std::iter::once(FILE_EXTENSION)
        .chain(OLDER_EXTENSIONS)
        .find_map(|ext| {
            let end = format!(".{ext}");
            // Lowercasing keeps the length of these ASCII ends, so the cut lands on a boundary.
            lower
                .ends_with(&end)
                .then(|| name.get(..name.len() - end.len()))
                .flatten()
        })
        .unwrap_or(name)
}

/// `text` as a part of a file name on every system: letters and digits kept (lowercased),
/// anything else (spaces, `/`, `:`, `?` and the rest Windows refuses) one `-` between words.
pub fn file_name_part(text: &str) -> String {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.join("-")
}

/// A case file larger than this is refused before parsing: a real one is a few hundred KB.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A case as read from a file, with the format version the file was written in.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub case: Case,
    pub format_version: u32,
    /// What was mended after reading; empty when the file was sound.
    pub repairs: Vec<Repair>,
}

impl Loaded {
    /// A newer app wrote this file: saving it here would drop what we do not know.
    pub fn is_from_newer_version(&self) -> bool {
        self.format_version > CURRENT_FORMAT_VERSION
    }
}

/// Reads and parses a case file. Never changes the file. A protected file needs
/// [`load_with`] and its passphrase.
pub fn load(path: &Path) -> Result<Loaded, StorageError> {
    load_with(path, None)
}

/// Reads a case file, decrypting it with `passphrase` if it is protected.
pub fn load_with(path: &Path, passphrase: Option<&SecretString>) -> Result<Loaded, StorageError> {
    let bytes = read_case_bytes(path)?;
    load_bytes_with(&bytes, path, passphrase)
}

/// Why a file from outside gave no bytes.
#[derive(Debug)]
pub enum FileRead {
    /// A folder, a device or a pipe in its place.
    NotAFile,
    /// A link that leads back to itself.
    LinkLoop,
    /// Larger than the reader's limit; how large it says it is (or what was read past it).
    TooLarge { bytes: u64 },
    /// The system could not read it.
    Io(std::io::Error),
}

/// The bytes of a file from outside (a case, a preparation sheet, whatever the app reads
/// later): a regular file only (not a device, a pipe or a folder, which could be endless or
/// block forever), opened without waiting, and at most `limit` bytes of it, whatever its
/// size claims. Every file the app reads comes through here.
pub fn read_regular_file(path: &Path, limit: u64) -> Result<Vec<u8>, FileRead> {
    use std::io::Read as _;
    let file = open_regular(path, Links::Follow).map_err(|error| {
        // Where links are followed, the system's "too many links" is a loop of links.
        if crate::platform::files::is_refused_link(&error) {
            FileRead::LinkLoop
        } else if disk::is_not_regular(&error) {
            FileRead::NotAFile
        } else {
            FileRead::Io(error)
        }
    })?;
    let claimed = file.metadata().map_err(FileRead::Io)?.len();
    if claimed > limit {
        // A sparse file of gigabytes is refused before a byte of it is read.
        return Err(FileRead::TooLarge { bytes: claimed });
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(FileRead::Io)?;
    if bytes.len() as u64 > limit {
        return Err(FileRead::TooLarge {
            bytes: claimed.max(bytes.len() as u64),
        });
    }
    Ok(bytes)
}

/// The bytes of a case file, read as [`read_regular_file`] reads, at most
/// [`MAX_FILE_BYTES`].
pub fn read_case_bytes(path: &Path) -> Result<Vec<u8>, StorageError> {
    read_regular_file(path, MAX_FILE_BYTES).map_err(|why| match why {
        FileRead::NotAFile => StorageError::NotAFile {
            path: path.to_owned(),
        },
        FileRead::LinkLoop => StorageError::LinkLoop {
            path: path.to_owned(),
        },
        FileRead::TooLarge { bytes } => StorageError::TooLarge {
            path: path.to_owned(),
            bytes,
            limit: MAX_FILE_BYTES,
        },
        FileRead::Io(source) => StorageError::Read {
            path: path.to_owned(),
            source,
        },
    })
}

/// What a case file looked like when this session last read or wrote it: before a save,
/// a different fingerprint means someone else wrote the file meanwhile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    modified: Option<std::time::SystemTime>,
    hash: u64,
}

impl Fingerprint {
    /// The fingerprint of the file at `path` now; `None` when there is no file.
    pub fn of_file(path: &Path) -> Result<Option<Self>, StorageError> {
        match std::fs::symlink_metadata(path) {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            _ => {}
        }
        let bytes = read_case_bytes(path)?;
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        Ok(Some(Self::of_bytes(&bytes, modified)))
    }

    /// The fingerprint of `bytes` just read from a file last modified at `modified`.
    pub fn of_bytes(bytes: &[u8], modified: Option<std::time::SystemTime>) -> Self {
        use std::hash::{Hash as _, Hasher as _};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Self {
            len: bytes.len() as u64,
            modified,
            hash: hasher.finish(),
        }
    }
}

/// Reads a case from the bytes of a file; `path` only names it in messages.
pub fn load_bytes(bytes: &[u8], path: &Path) -> Result<Loaded, StorageError> {
    load_bytes_with(bytes, path, None)
}

/// [`load_bytes`] for a file that may be protected with `passphrase`.
pub fn load_bytes_with(
    bytes: &[u8],
    path: &Path,
    passphrase: Option<&SecretString>,
) -> Result<Loaded, StorageError> {
    if is_protected(bytes) {
        let Some(passphrase) = passphrase else {
            return Err(StorageError::NeedsPassphrase {
                path: path.to_owned(),
            });
        };
        let plain = decrypt(bytes, passphrase, path)?;
        if is_protected(&plain) {
            // Uitzicht never encrypts twice: asking for "the" passphrase again would mislead.
            return Err(StorageError::ProtectedTwice {
                path: path.to_owned(),
            });
        }
        return load_bytes_with(&plain, path, None);
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StorageError::TooLarge {
            path: path.to_owned(),
            bytes: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = format::text_from_bytes(bytes, path)?;
    parse(text, path)
}

/// Writes `case` to `path` in the current format, refusing a file that came from a newer
/// version (`origin_version`), since its unknown parts would be lost.
///
/// The text is parsed back and compared before the disk is touched; it is written to a
/// temporary file in the same folder, flushed, and renamed over the target, so a failure
/// never leaves a half-written case behind.
pub fn save(path: &Path, case: &Case, origin_version: u32) -> Result<(), StorageError> {
    save_on(&RealDisk, path, case, origin_version, None)
}

/// [`save`] through the given file-system steps, so tests can make each of them fail.
pub fn save_on(
    disk: &dyn Disk,
    path: &Path,
    case: &Case,
    origin_version: u32,
    passphrase: Option<&SecretString>,
) -> Result<(), StorageError> {
    save_checked(disk, path, case, origin_version, passphrase, || Ok(()))
}

/// [`save_on`] that calls `check` once the text is made and encrypted, right before the disk
/// is touched, and keeps what it returns until the case is written: a session checks there
/// that the lock is still its own and the file still the one it knows, and holds the lock
/// so that no take-over slips in between.
pub fn save_checked<Guard>(
    disk: &dyn Disk,
    path: &Path,
    case: &Case,
    origin_version: u32,
    passphrase: Option<&SecretString>,
    check: impl FnOnce() -> Result<Guard, StorageError>,
) -> Result<(), StorageError> {
    let bytes = encode(case, origin_version, passphrase, path)?;
    let _guard = check()?;
    // The version on disk becomes the backup before the new one replaces it; the backup of
    // a protected case is protected too, even when the version before was not.
    if let Some(mut previous) = previous_version(path) {
        let backup = backup_path(path);
        if let Some(passphrase) = passphrase.filter(|_| !is_protected(&previous)) {
            previous = encrypt(&previous, passphrase, path)?;
        }
        write_atomically_like(disk, &backup, &previous, path).map_err(|source| {
            StorageError::Write {
                path: backup,
                source,
            }
        })?;
    }
    write_atomically_on(disk, path, &bytes).map_err(|source| StorageError::Write {
        path: path.to_owned(),
        source,
    })
}

/// The bytes of `case`'s file in the current format, encrypted when a passphrase is given:
/// refused for a case from a newer version (`origin_version`), whose unknown parts would be
/// lost, and checked by reading the text back. `path` only names the file in messages.
pub fn encode(
    case: &Case,
    origin_version: u32,
    passphrase: Option<&SecretString>,
    path: &Path,
) -> Result<Vec<u8>, StorageError> {
    if origin_version > CURRENT_FORMAT_VERSION {
        return Err(StorageError::Newer {
            path: path.to_owned(),
            file_version: origin_version,
            app_version: CURRENT_FORMAT_VERSION,
        });
    }
    // What could not be read back is not written: said here by which list, not later by a
    // line of a file that was never written.
    if let Some(over) = case.over_limit() {
        return Err(StorageError::OverLimit {
            path: path.to_owned(),
            over,
        });
    }
    let text = to_ron(case, path)?;
    let reread = parse(&text, path)?;
    if reread.case != *case {
        // Say which text, so the chair can find and mend it.
        let (mut written, mut read) = (case.clone(), reread.case);
        let differs = written
            .texts_mut()
            .into_iter()
            .zip(read.texts_mut())
            .find(|(a, b)| a != b)
            // What cannot be seen is shown as such.
            .map(|(a, _)| {
                a.chars()
                    .take(60)
                    .map(|c| if c.is_control() { '�' } else { c })
                    .collect::<String>()
            });
        return Err(StorageError::RoundTrip {
            path: path.to_owned(),
            text: differs,
        });
    }
    match passphrase {
        Some(passphrase) => encrypt(text.as_bytes(), passphrase, path),
        None => Ok(text.into_bytes()),
    }
}

/// The file a save is about to replace, to keep as the backup: a regular file only (a pipe
/// put in its place would block the save), and not one far larger than any case, which is
/// no case of ours to keep.
fn previous_version(path: &Path) -> Option<Vec<u8>> {
    use std::io::Read as _;
    let file = open_regular(path, Links::Follow).ok()?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).ok()?;
    (bytes.len() as u64 <= MAX_FILE_BYTES).then_some(bytes)
}

/// Where the previous version of a case file is kept: `NAME.bak` beside it.
pub fn backup_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically_on(&RealDisk, path, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_names_new_and_old_are_known_whatever_their_case() {
        for name in [
            "Noor.uitzicht",
            "NOOR.UITZICHT",
            "noor.mdo.ron",
            "Noor.MDO.Ron",
        ] {
            assert!(is_case_name(name), "{name}");
            assert_eq!(case_stem(name).to_lowercase(), "noor");
        }
        for name in ["noor.ron", "noor.uitzicht.pdf", "uitzicht", "noor.mdo"] {
            assert!(!is_case_name(name), "{name}");
            assert_eq!(case_stem(name), name);
        }
        // A name whose lowercase is longer (İ) is not cut in the middle of a character.
        assert_eq!(case_stem("İİ.uitzicht"), "İİ");
    }

    #[test]
    fn save_then_load_gives_the_same_case_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("test.mdo.ron");
        let mut case = Case::new(jiff::civil::date(2026, 11, 30));
        case.child = "Ëlif \"L.\" ĳ ☺ \\ \"#".to_owned();
        save(&path, &case, CURRENT_FORMAT_VERSION).unwrap();
        save(&path, &case, CURRENT_FORMAT_VERSION).unwrap();
        let loaded = load(&path).unwrap();
        assert_eq!(loaded.case, case);
        assert_eq!(loaded.format_version, CURRENT_FORMAT_VERSION);
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, ["test.mdo.ron", "test.mdo.ron.bak"]);
    }

    #[test]
    fn the_previous_version_is_kept_as_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("casus.mdo.ron");
        let mut case = Case::new(jiff::civil::date(2026, 11, 30));
        case.child = "eerst".to_owned();
        save(&path, &case, CURRENT_FORMAT_VERSION).unwrap();
        assert!(
            !backup_path(&path).exists(),
            "nothing to back up the first time"
        );
        case.child = "daarna".to_owned();
        save(&path, &case, CURRENT_FORMAT_VERSION).unwrap();
        assert_eq!(load(&path).unwrap().case.child, "daarna");
        assert_eq!(load(&backup_path(&path)).unwrap().case.child, "eerst");
        assert_eq!(backup_path(&path).file_name().unwrap(), "casus.mdo.ron.bak");
    }

    #[test]
    fn a_case_from_a_newer_version_is_not_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("newer.mdo.ron");
        let case = Case::new(jiff::civil::date(2026, 11, 30));
        let err = save(&path, &case, CURRENT_FORMAT_VERSION + 1).unwrap_err();
        assert!(
            matches!(err, StorageError::Newer { file_version, .. } if file_version == CURRENT_FORMAT_VERSION + 1)
        );
        assert!(!path.exists());
    }

    #[test]
    fn a_missing_file_is_a_read_error() {
        let err = load(Path::new("/nonexistent/x.mdo.ron")).unwrap_err();
        assert!(matches!(err, StorageError::Read { .. }));
    }
}

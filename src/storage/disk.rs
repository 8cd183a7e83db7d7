//! The few file-system steps a save takes, behind a trait so tests can make each one fail.

use std::fs::File;
use std::io::{self, Write as _};
use std::path::Path;
use std::time::Duration;

use crate::platform::files as platform;
use platform::sync_folder;

/// The file-system operations a save is built from.
pub trait Disk {
    fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()>;
    fn sync(&self, file: &File) -> io::Result<()>;
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
}

/// The machine's own file system.
pub struct RealDisk;

impl Disk for RealDisk {
    fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)
    }

    fn sync(&self, file: &File) -> io::Result<()> {
        file.sync_all()
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::rename(from, to)
    }
}

/// Whether opening follows a symbolic link at the last part of the path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Links {
    /// A case file may be a link the user made to where the case really lives.
    Follow,
    /// A lock file is ours: a link there (to `/dev/zero`, say) is someone's trick.
    Refuse,
}

/// Opens `path` for reading only if it is a regular file, without waiting: a pipe, a device
/// or a folder in its place (crafted, or a mistake) could block forever or never end. The
/// open itself does not block (a pipe with no writer would), and the opened file is checked
/// again, so a path swapped in between cannot slip past.
pub fn open_regular(path: &Path, links: Links) -> io::Result<File> {
    // A link refused before opening is an InvalidInput without an OS code, as not_regular.
    let file = platform::reading_without_waiting(path, links == Links::Refuse)?.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(not_regular());
    }
    Ok(file)
}

/// What [`open_regular`] says of anything but a regular file.
pub fn not_regular() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, "not a regular file")
}

/// Whether `error` is [`open_regular`]'s "not a regular file" (or the system's refusal of a
/// link where none is followed).
pub fn is_not_regular(error: &io::Error) -> bool {
    platform::is_refused_link(error)
        || error.kind() == io::ErrorKind::InvalidInput && error.raw_os_error().is_none()
}

/// How often and how long a rename is tried again while another program holds the file.
const BUSY_TRIES: u32 = 10;
const BUSY_PAUSE: Duration = Duration::from_millis(100);

/// Renames, trying again for about a second while the target is busy: on Windows a virus
/// scanner, an indexer or a sync client often holds a just-written file for a moment.
pub fn rename_patiently(disk: &dyn Disk, from: &Path, to: &Path) -> io::Result<()> {
    let mut tries = 1;
    loop {
        match disk.rename(from, to) {
            Err(error) if is_busy(&error) && tries < BUSY_TRIES => {
                tries += 1;
                crate::platform::work::pause(BUSY_PAUSE);
            }
            result => return result,
        }
    }
}

pub use platform::is_busy;

/// Writes `bytes` to `path` through a temporary file in the same folder that is flushed and
/// then renamed over the target, so the target is always either the old or the new version.
pub fn write_atomically_on(disk: &dyn Disk, path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically_like(disk, path, bytes, path)
}

/// [`write_atomically_on`], giving the new file the permissions (and, where allowed, the
/// group) of the file at `like` when there is one, so colleagues on a shared folder keep
/// their access; a file that is new gets only its owner's.
pub fn write_atomically_like(
    disk: &dyn Disk,
    path: &Path,
    bytes: &[u8],
    like: &Path,
) -> io::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(folder)?;
    // On an error below, the temporary file is removed when it drops.
    disk.write_all(temp.as_file_mut(), bytes)?;
    disk.sync(temp.as_file())?;
    if let Ok(existing) = std::fs::metadata(like) {
        temp.as_file().set_permissions(existing.permissions())?;
        platform::keep_group(temp.as_file(), &existing);
    }
    let temp = temp.into_temp_path();
    rename_patiently(disk, &temp, path)?;
    // Renamed away: there is nothing left to remove, and the name must not be reused.
    let _ = temp.keep();
    sync_folder(folder);
    Ok(())
}

/// Writes an export (PDF, PNG) through a temporary file and a rename, like a case file, but
/// the new file gets the mode a new file normally gets here (the umask applies), or only
/// its owner's when `private` (the case is protected).
pub fn write_export(path: &Path, bytes: &[u8], private: bool) -> io::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let temp = folder.join(format!(
        "{TEMP_PREFIX}{}-{stamp}{TEMP_SUFFIX}",
        std::process::id()
    ));
    let mut file = platform::creating_new(private).open(&temp)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| rename_patiently(&RealDisk, &temp, path));
    if written.is_err() {
        // The temporary file is ours and half-written; the error that matters is above.
        let _ = std::fs::remove_file(&temp);
    }
    written?;
    sync_folder(folder);
    Ok(())
}

/// The names of our temporary files: `.uitzicht-…tmp`, for a save or an export under way.
const TEMP_PREFIX: &str = ".uitzicht-";
const TEMP_SUFFIX: &str = ".tmp";

/// A temporary file untouched this long belongs to no save under way (a save writes in one
/// go, in seconds) but to a session that was killed in the middle of one.
pub const TEMP_LEFT_AFTER: Duration = Duration::from_secs(15 * 60);

/// Removes what killed sessions left in `folder`: our temporary files not touched for
/// [`TEMP_LEFT_AFTER`], each a whole copy of a case or an export that nobody will finish.
/// Only regular files of our own naming go; returns how many.
pub fn remove_left_temporaries(folder: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    entries
        .flatten()
        .filter(|entry| {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
        })
        .filter(|entry| {
            entry.metadata().is_ok_and(|m| {
                m.is_file()
                    && m.modified()
                        .ok()
                        .and_then(|t| now.duration_since(t).ok())
                        .is_some_and(|age| age >= TEMP_LEFT_AFTER)
            })
        })
        .filter(|entry| std::fs::remove_file(entry.path()).is_ok())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// Says "busy" a given number of times, then renames for real.
    struct BusyFor(Cell<u32>);

    impl Disk for BusyFor {
        fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
            RealDisk.write_all(file, bytes)
        }
        fn sync(&self, file: &File) -> io::Result<()> {
            RealDisk.sync(file)
        }
        fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
            if self.0.get() > 0 {
                self.0.set(self.0.get() - 1);
                return Err(io::ErrorKind::ResourceBusy.into());
            }
            RealDisk.rename(from, to)
        }
    }

    #[test]
    fn a_briefly_busy_target_is_written_after_all() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("casus.mdo.ron");
        let disk = BusyFor(Cell::new(2));
        write_atomically_on(&disk, &path, b"nieuw").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"nieuw");
        assert_eq!(disk.0.get(), 0);
    }

    #[test]
    fn a_target_that_stays_busy_fails_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("casus.mdo.ron");
        let disk = BusyFor(Cell::new(u32::MAX));
        let error = write_atomically_on(&disk, &path, b"nieuw").unwrap_err();
        assert!(is_busy(&error));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}

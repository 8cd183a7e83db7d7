//! How files behave per system: opening without waiting or following links, a file another
//! program holds for a moment, flushing a folder, and who may read a file we make.

use std::fs::{File, Metadata, OpenOptions};
use std::io;
use std::path::Path;

/// Options to open for reading that never wait for a writer (a pipe in a file's place
/// would) and, with `refuse_links`, fail on a link at the end of the path.
pub fn reading_without_waiting(path: &Path, refuse_links: bool) -> io::Result<OpenOptions> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        let nofollow = if refuse_links { libc::O_NOFOLLOW } else { 0 };
        options.custom_flags(libc::O_NONBLOCK | nofollow);
        let _ = path;
    }
    #[cfg(not(unix))]
    {
        // Windows opens nothing that blocks by name in a folder, and has no flag for links:
        // a link is asked about first (the file is checked again once open).
        if refuse_links && std::fs::symlink_metadata(path)?.file_type().is_symlink() {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "a link"));
        }
    }
    Ok(options)
}

/// Whether `error` is the system refusing to follow a link where none may be followed.
pub fn is_refused_link(error: &io::Error) -> bool {
    #[cfg(unix)]
    {
        error.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = error;
        false
    }
}

/// The file is held by someone else for now, as opposed to a lasting failure: on Windows a
/// virus scanner, an indexer or a sync client often holds a just-written file for a moment.
pub fn is_busy(error: &io::Error) -> bool {
    // ERROR_ACCESS_DENIED (a file about to be deleted, or still mapped),
    // ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION.
    if cfg!(windows) && matches!(error.raw_os_error(), Some(5 | 32 | 33)) {
        return true;
    }
    error.kind() == io::ErrorKind::ResourceBusy
}

/// Flushes the folder so a rename in it survives a power cut, where the system allows it
/// (Windows cannot open a folder for that; a rename is durable there anyway).
pub fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder) {
        // Failing to flush is no reason to report a save that did happen as failed.
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// Gives `file` the group of the file it replaces, where the system has groups and allows
/// it, so colleagues on a shared folder keep their access.
pub fn keep_group(file: &File, like: &Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        // Only the file's owner may pick a group it belongs to; otherwise the group stays the
        // folder's default, which is no reason to fail a save.
        let _ = std::os::unix::fs::fchown(file, None, Some(like.gid()));
    }
    #[cfg(not(unix))]
    let _ = (file, like);
}

/// Options to create a new file for writing that only its owner may read when `private`,
/// and that otherwise gets what a new file normally gets here. On Windows a file takes the
/// folder's rights, which in a user's own folders are the user's.
pub fn creating_new(private: bool) -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(if private { 0o600 } else { 0o666 });
    }
    #[cfg(not(unix))]
    let _ = private;
    options
}

/// Whether `a` and `b` name the same file, however they are spelled: through a link, with
/// Windows' `\\?\` prefix or not, in another case where the file system ignores case.
pub fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    // The system's own full names (on Windows as stored on disk, in their own case).
    match (dunce::canonicalize(a), dunce::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Where the app keeps its settings and recovery copies: the system's folder for an app's
/// data. A browser has none (its storage is the page's own).
pub fn data_folder(app_id: &str) -> Option<std::path::PathBuf> {
    #[cfg(not(target_arch = "wasm32"))]
    return eframe::storage_dir(app_id);
    #[cfg(target_arch = "wasm32")]
    {
        let _ = app_id;
        None
    }
}

/// Opens `path` in the system's own viewer for its kind (a PDF reader, a word processor).
pub fn show_in_viewer(path: &Path) -> io::Result<()> {
    #[cfg(not(target_arch = "wasm32"))]
    return open::that_detached(path);
    #[cfg(target_arch = "wasm32")]
    {
        let _ = path;
        Err(io::ErrorKind::Unsupported.into())
    }
}

//! The system's own file pickers: rfd's on the desktop. A browser has no paths to pick: there
//! `None`, and a case comes in and goes out through the page instead.

use std::path::PathBuf;

/// Asks for an existing file with one of `extensions`, shown as `kind`.
#[cfg(not(target_arch = "wasm32"))]
pub fn pick_file(title: &str, kind: &str, extensions: &[&str]) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title(title)
        .add_filter(kind, extensions)
        .pick_file()
}

/// Asks where to save a file proposed as `file_name`.
#[cfg(not(target_arch = "wasm32"))]
pub fn save_file(title: &str, kind: &str, extensions: &[&str], file_name: &str) -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title(title)
        .add_filter(kind, extensions)
        .set_file_name(file_name)
        .save_file()
}

/// Asks for a folder.
#[cfg(not(target_arch = "wasm32"))]
pub fn pick_folder(title: &str) -> Option<PathBuf> {
    rfd::FileDialog::new().set_title(title).pick_folder()
}

#[cfg(target_arch = "wasm32")]
pub fn pick_folder(_title: &str) -> Option<PathBuf> {
    None
}

#[cfg(target_arch = "wasm32")]
pub fn pick_file(_title: &str, _kind: &str, _extensions: &[&str]) -> Option<PathBuf> {
    None
}

#[cfg(target_arch = "wasm32")]
pub fn save_file(
    _title: &str,
    _kind: &str,
    _extensions: &[&str],
    _file_name: &str,
) -> Option<PathBuf> {
    None
}

use std::path::PathBuf;

use crate::i18n::Texts;

/// Native file pickers, behind a trait so that tests never open one.
pub trait FileDialogs {
    fn pick_open(&self, t: &Texts) -> Option<PathBuf>;
    /// Asks where to save a file named like `file_name` with extension `extension`.
    fn pick_save(&self, title: &str, file_name: &str, extension: &str) -> Option<PathBuf>;
    /// Asks which document with extension `extension` to read.
    fn pick_document(&self, title: &str, extension: &str) -> Option<PathBuf>;
    /// Asks for a folder (the caseload's).
    fn pick_folder(&self, title: &str) -> Option<PathBuf>;
}

/// The system's own dialogs (see `platform::dialogs`). Where no portal runs they return `None` at once,
/// which is why the app's path dialog always offers typing a path as well.
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_open(&self, t: &Texts) -> Option<PathBuf> {
        let extensions = [crate::storage::FILE_EXTENSION, "ron"];
        crate::platform::dialogs::pick_file(t.dialog_open_title, t.app_name, &extensions)
    }

    fn pick_save(&self, title: &str, file_name: &str, extension: &str) -> Option<PathBuf> {
        crate::platform::dialogs::save_file(title, extension, &[extension], file_name)
    }

    fn pick_document(&self, title: &str, extension: &str) -> Option<PathBuf> {
        crate::platform::dialogs::pick_file(title, extension, &[extension])
    }

    fn pick_folder(&self, title: &str) -> Option<PathBuf> {
        crate::platform::dialogs::pick_folder(title)
    }
}

/// No native dialogs at all: for tests, and for machines where they hang.
pub struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_open(&self, _t: &Texts) -> Option<PathBuf> {
        None
    }

    fn pick_save(&self, _title: &str, _file_name: &str, _extension: &str) -> Option<PathBuf> {
        None
    }

    fn pick_document(&self, _title: &str, _extension: &str) -> Option<PathBuf> {
        None
    }

    fn pick_folder(&self, _title: &str) -> Option<PathBuf> {
        None
    }
}

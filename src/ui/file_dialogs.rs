use std::path::PathBuf;

use crate::i18n::Texts;

/// Native file pickers, behind a trait so that tests never open one.
pub trait FileDialogs {
    fn pick_open(&self, t: &Texts) -> Option<PathBuf>;
    /// Asks where to save a file named like `file_name` with extension `extension`.
    fn pick_save(&self, title: &str, file_name: &str, extension: &str) -> Option<PathBuf>;
    /// Asks which document with extension `extension` to read.
    fn pick_document(&self, title: &str, extension: &str) -> Option<PathBuf>;
}

/// The desktop's own dialogs through rfd. Where no portal runs they return `None` at once,
/// which is why the app's path dialog always offers typing a path as well.
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_open(&self, t: &Texts) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(t.dialog_open_title)
            .add_filter(t.app_name, &[crate::storage::FILE_EXTENSION, "ron"])
            .pick_file()
    }

    fn pick_save(&self, title: &str, file_name: &str, extension: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .add_filter(extension, &[extension])
            .set_file_name(file_name)
            .save_file()
    }

    fn pick_document(&self, title: &str, extension: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(title)
            .add_filter(extension, &[extension])
            .pick_file()
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
}

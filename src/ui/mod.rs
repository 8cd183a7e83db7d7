//! The panels and dialogs. They draw and return [`Action`]s; the app applies them in one
//! place at the end of the frame.

mod command;
mod dialogs;
mod file_dialogs;
mod menu;

use std::path::PathBuf;

pub use command::Command;
pub use dialogs::{PathDialog, PathPurpose, confirm_unsaved_ui, error_ui, path_dialog_ui};
pub use file_dialogs::{FileDialogs, NativeDialogs, NoDialogs};
pub use menu::menu_bar_ui;

use crate::i18n::Lang;

/// What the user asked for during a frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Command(Command),
    /// Open this file (after asking about unsaved changes).
    OpenPath(PathBuf),
    /// Save the case to this file.
    SaveToPath(PathBuf),
    ShowMeeting(usize),
    SetLang(Lang),
    /// Answers to "save your changes?".
    ConfirmSave,
    ConfirmDiscard,
    ConfirmCancel,
    CloseDialog,
    DismissError,
}

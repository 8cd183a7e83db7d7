//! Modal dialogs: typing a path, "save your changes?", and errors.

use std::path::PathBuf;

use egui::{Id, Modal};

use super::{Action, FileDialogs};
use crate::i18n::Texts;
use crate::storage::{FILE_EXTENSION, is_case_name};

/// What can be exported from a meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The A3 sheet of the board (PDF).
    Sheet,
    /// The agreements report (PDF).
    Report,
    /// The board as an image (PNG).
    Png,
    /// The report as an editable Word document, for the dossier.
    Docx,
    /// A participant's (or the child's) preparation sheet, a Word document to fill in.
    Preparation(crate::export::preparation::SheetFor),
}

impl ExportKind {
    /// What the export makes, with the width asked for an image.
    pub fn made(self, png_width: u32) -> crate::export::Made {
        use crate::export::Made;
        match self {
            Self::Sheet => Made::Sheet,
            Self::Report => Made::Report,
            Self::Png => Made::Png { width: png_width },
            Self::Docx => Made::Docx,
            Self::Preparation(whom) => Made::Preparation(whom),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Self::Sheet | Self::Report => "pdf",
            Self::Png => "png",
            Self::Docx | Self::Preparation(_) => "docx",
        }
    }

    pub fn title(self, t: &Texts) -> &'static str {
        match self {
            Self::Sheet => t.cmd_export_sheet,
            Self::Report => t.cmd_export_report,
            Self::Png => t.cmd_export_png,
            Self::Docx => t.cmd_export_docx,
            Self::Preparation(_) => t.prep_make,
        }
    }

    /// The word in a suggested file name, e.g. "bord" in `daan-bord-2026-11-10.pdf`.
    pub fn file_word(self, t: &Texts) -> &'static str {
        match self {
            Self::Sheet | Self::Png => t.file_word_board,
            Self::Report | Self::Docx => t.file_word_report,
            Self::Preparation(_) => t.file_word_preparation,
        }
    }
}

/// What the path dialog is for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PathPurpose {
    Open,
    /// A filled-in preparation sheet to read into the meeting.
    ReadPreparation,
    SaveAs,
    Export(ExportKind),
}

/// The in-app file dialog: a path to type, or a native picker to fill it in.
#[derive(Clone, Debug, PartialEq)]
pub struct PathDialog {
    pub purpose: PathPurpose,
    pub path: String,
    /// Width of an exported PNG, in pixels.
    pub png_width: u32,
    /// An export with names replaced by roles or initials.
    pub pseudonymise: bool,
    /// The field got the keyboard when the dialog opened, so Enter confirms what it offers.
    focused: bool,
}

impl PathDialog {
    pub fn new(purpose: PathPurpose, suggested: Option<PathBuf>) -> Self {
        Self {
            purpose,
            path: suggested
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            png_width: 2400,
            pseudonymise: false,
            focused: false,
        }
    }

    /// The path as typed, with the right extension added when none was given.
    fn chosen_path(&self) -> Option<PathBuf> {
        let typed = self.path.trim();
        if typed.is_empty() {
            return None;
        }
        let needed = match self.purpose {
            PathPurpose::Open | PathPurpose::ReadPreparation => None,
            PathPurpose::SaveAs => (!is_case_name(typed)).then_some(FILE_EXTENSION),
            PathPurpose::Export(kind) => {
                let ext = kind.extension();
                (!typed.to_lowercase().ends_with(&format!(".{ext}"))).then_some(ext)
            }
        };
        Some(match needed {
            Some(ext) => PathBuf::from(format!("{typed}.{ext}")),
            None => PathBuf::from(typed),
        })
    }
}

/// Shows the path dialog; returns what the user chose to do.
pub fn path_dialog_ui(
    ctx: &egui::Context,
    dialog: &mut PathDialog,
    t: &Texts,
    native: &dyn FileDialogs,
    suggested_name: &str,
) -> Option<Action> {
    let (title, confirm) = match dialog.purpose {
        PathPurpose::Open => (t.dialog_open_title, t.open),
        PathPurpose::ReadPreparation => (t.prep_read, t.open),
        PathPurpose::SaveAs => (t.dialog_save_title, t.save),
        PathPurpose::Export(kind) => (kind.title(t), t.export),
    };
    // A page knows no folders: it asks only for the name of the download.
    let (label, hint) = if crate::platform::page::HAS_PATHS {
        (t.path_label, t.path_hint)
    } else {
        (t.file_name_label, t.file_name_hint)
    };
    let mut action = None;
    let modal = Modal::new(Id::unique("path_dialog")).show(ctx, |ui| {
        ui.set_width(crate::theme::DIALOG_WIDTH);
        ui.heading(title);
        ui.add_space(crate::theme::SPACE);
        let edit = ui
            .horizontal(|ui| {
                let label = ui.label(label);
                ui.add(
                    egui::TextEdit::singleline(&mut dialog.path)
                        .hint_text(hint)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id)
            })
            .inner;
        if !edit.has_focus() && (dialog.path.is_empty() || !dialog.focused) {
            edit.request_focus();
        }
        dialog.focused = true;
        let submitted = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if dialog.purpose == PathPurpose::Export(ExportKind::Png) {
            ui.horizontal(|ui| {
                let label = ui.label(t.png_width);
                ui.add(
                    egui::DragValue::new(&mut dialog.png_width)
                        .range(200..=7680)
                        .suffix(" px"),
                )
                .labelled_by(label.id);
            });
        }
        if matches!(dialog.purpose, PathPurpose::Export(_)) {
            ui.checkbox(&mut dialog.pseudonymise, t.export_pseudonymise);
        }
        ui.add_space(crate::theme::SPACE);
        ui.horizontal(|ui| {
            if crate::platform::page::HAS_PATHS && ui.button(t.browse).clicked() {
                let picked = match dialog.purpose {
                    PathPurpose::Open => native.pick_open(t),
                    PathPurpose::ReadPreparation => native.pick_document(t.prep_read, "docx"),
                    PathPurpose::SaveAs => {
                        native.pick_save(t.dialog_save_title, suggested_name, FILE_EXTENSION)
                    }
                    PathPurpose::Export(kind) => {
                        native.pick_save(kind.title(t), suggested_name, kind.extension())
                    }
                };
                if let Some(path) = picked {
                    dialog.path = path.display().to_string();
                }
            }
            let confirmed = ui.button(confirm).clicked() || submitted;
            if confirmed && let Some(path) = dialog.chosen_path() {
                action = Some(match dialog.purpose {
                    PathPurpose::Open => Action::OpenPath(path),
                    PathPurpose::ReadPreparation => Action::ReadPreparation(path),
                    PathPurpose::SaveAs => Action::SaveToPath(path),
                    PathPurpose::Export(kind) => Action::ExportTo {
                        kind,
                        path,
                        png_width: dialog.png_width,
                        pseudonymise: dialog.pseudonymise,
                    },
                });
            }
            if ui.button(t.cancel).clicked() {
                action = Some(Action::CloseDialog);
            }
        });
    });
    if modal.should_close() && action.is_none() {
        action = Some(Action::CloseDialog);
    }
    action
}

/// "The case has unsaved changes": save, don't save, or cancel.
pub fn confirm_unsaved_ui(ctx: &egui::Context, t: &Texts) -> Option<Action> {
    let mut action = None;
    let modal = Modal::new(Id::unique("confirm_unsaved")).show(ctx, |ui| {
        ui.set_max_width(crate::theme::DIALOG_NARROW);
        ui.heading(t.unsaved_title);
        ui.label(t.unsaved_body);
        ui.add_space(crate::theme::SPACE);
        ui.horizontal(|ui| {
            if ui.button(t.save).clicked() {
                action = Some(Action::ConfirmSave);
            }
            if super::pressed(&ui.button(t.dont_save)) {
                action = Some(Action::ConfirmDiscard);
            }
            if ui.button(t.cancel).clicked() {
                action = Some(Action::ConfirmCancel);
            }
        });
    });
    if modal.should_close() && action.is_none() {
        action = Some(Action::ConfirmCancel);
    }
    action
}

/// An error the user must see: what went wrong, in their language.
pub fn error_ui(ctx: &egui::Context, t: &Texts, message: &str) -> Option<Action> {
    let mut action = None;
    let modal = Modal::new(Id::unique("error")).show(ctx, |ui| {
        ui.set_max_width(crate::theme::DIALOG_WIDTH);
        ui.heading(t.error_title);
        ui.label(message);
        ui.add_space(crate::theme::SPACE);
        if ui.button(t.close).clicked() {
            action = Some(Action::DismissError);
        }
    });
    if modal.should_close() {
        action = Some(Action::DismissError);
    }
    action
}

/// Before a follow-up meeting is made: on which day it is held (today unless changed).
pub fn follow_up_ui(
    ctx: &egui::Context,
    t: &Texts,
    date: &mut crate::model::Date,
) -> Option<Action> {
    let mut action = None;
    // A click on a drop-down's list that reaches past the dialog is a choice, not a click
    // beside the dialog that dismisses it.
    let list_was_open = egui::Popup::is_any_open(ctx);
    let modal = Modal::new(Id::unique("follow_up")).show(ctx, |ui| {
        ui.set_max_width(crate::theme::DIALOG_NARROW);
        ui.heading(t.follow_up_title);
        ui.label(t.follow_up_hint);
        ui.add_space(crate::theme::SPACE);
        ui.horizontal(|ui| {
            ui.label(t.field_date);
            super::date_field::date_field(ui, t, t.field_date, date);
        });
        ui.add_space(crate::theme::SPACE);
        ui.horizontal(|ui| {
            if ui.button(t.follow_up_make).clicked() {
                action = Some(Action::MakeFollowUp(*date));
            }
            if ui.button(t.cancel).clicked() {
                action = Some(Action::CancelFollowUp);
            }
        });
    });
    if modal.should_close() && !list_was_open && action.is_none() {
        action = Some(Action::CancelFollowUp);
    }
    action
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_save_path_gets_the_case_extension() {
        let mut dialog = PathDialog::new(PathPurpose::SaveAs, None);
        assert_eq!(dialog.chosen_path(), None);
        dialog.path = " /tmp/lotte ".into();
        assert_eq!(
            dialog.chosen_path(),
            Some(PathBuf::from("/tmp/lotte.uitzicht"))
        );
        // A name that is a case file's already, new or old, in any case, keeps it.
        dialog.path = "/tmp/Lotte.UITZICHT".into();
        assert_eq!(
            dialog.chosen_path(),
            Some(PathBuf::from("/tmp/Lotte.UITZICHT"))
        );
        dialog.path = "/tmp/lotte.mdo.ron".into();
        assert_eq!(
            dialog.chosen_path(),
            Some(PathBuf::from("/tmp/lotte.mdo.ron"))
        );
        dialog.purpose = PathPurpose::Open;
        dialog.path = "/tmp/x".into();
        assert_eq!(dialog.chosen_path(), Some(PathBuf::from("/tmp/x")));
        dialog.purpose = PathPurpose::Export(ExportKind::Sheet);
        assert_eq!(dialog.chosen_path(), Some(PathBuf::from("/tmp/x.pdf")));
        dialog.path = "/tmp/x.PDF".into();
        assert_eq!(dialog.chosen_path(), Some(PathBuf::from("/tmp/x.PDF")));
        dialog.purpose = PathPurpose::Export(ExportKind::Png);
        assert_eq!(dialog.chosen_path(), Some(PathBuf::from("/tmp/x.PDF.png")));
    }
}

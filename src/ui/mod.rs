//! The panels and dialogs. They draw and return [`Action`]s; the app applies them in one
//! place at the end of the frame.

mod board_panel;
mod caseload;
mod command;
mod date_field;
mod dialogs;
mod file_dialogs;
mod forms;
mod goal_chart;
mod guide_panel;
mod help;
mod menu;
mod passphrase_dialog;
mod projector;
pub(crate) mod projector_views;
mod recovery_dialog;
mod trajectory;

use std::path::PathBuf;

pub use board_panel::{PanelContext, board_panel_ui};
pub use caseload::{CaseloadAction, CaseloadView, caseload_ui};
pub use command::{Command, ZOOM_STEP, circle_number, pressed};
pub use dialogs::{
    ExportKind, PathDialog, PathPurpose, confirm_unsaved_ui, error_ui, follow_up_ui, path_dialog_ui,
};
pub use file_dialogs::{FileDialogs, NativeDialogs, NoDialogs};
pub use forms::{ChainAdds, FormDraft, chain_ui, step_form_ui};
pub use goal_chart::{chart_summary, goal_chart_ui};
pub use guide_panel::{guide_panel_ui, step_questions_ui};
pub use help::{Help, Places, help_ui};
pub use menu::menu_bar_ui;
pub use passphrase_dialog::{
    MIN_PASSPHRASE_CHARS, PassphraseDialog, PassphrasePurpose, passphrase_ui,
};
pub use projector::{Pages, ProjectorView, TextPages, floor_mm, floor_points, step_view_ui};
pub use recovery_dialog::{Comparison, recovery_ui};
pub use trajectory::{Line, since_lines, trajectory_ui};

use crate::i18n::Lang;

/// What the user asked for during a frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A command from a menu, a button or a key.
    Command(Command),
    /// Open this file (after asking about unsaved changes).
    OpenPath(PathBuf),
    /// Save the case to this file.
    SaveToPath(PathBuf),
    /// Export the shown meeting.
    ExportTo {
        kind: ExportKind,
        path: PathBuf,
        png_width: u32,
        pseudonymise: bool,
    },
    /// Open the last exported file in the desktop's viewer.
    OpenExport,
    /// Ask where to write the preparation sheet for this person.
    AskPreparationSheet(crate::export::preparation::SheetFor),
    /// Ask which filled-in preparation sheet to read.
    AskReadPreparation,
    /// Read this filled-in preparation sheet into its meeting.
    ReadPreparation(PathBuf),
    /// Stop reading the sheet that is being read.
    StopReadingSheet,
    /// Change the board of the shown meeting.
    Board(crate::model::BoardEdit),
    /// A drag begins or ends: its edits undo as one step.
    BeginGesture,
    EndGesture,
    /// The forms changed the case; one undo step per field typed in.
    ReplaceCase(Box<crate::model::Case>),
    GoToStep(crate::model::GuideStep),
    TickPoint(&'static str, bool),
    /// Start the meeting clock now.
    StartClock,
    /// Start the clock again from now, with the planned length.
    RestartClock,
    /// Answers to "unsaved work was found": per recovery copy found on start.
    Restore(usize),
    CompareRecovery(usize),
    DiscardRecovery(usize),
    RecoverLater,
    /// Privacy: the recovery copies a web page kept in this browser go.
    ForgetPageCopies,
    /// The passphrase dialog's button: open, protect or unprotect with what was typed.
    SubmitPassphrase,
    CancelPassphrase,
    /// Put the "move this case to the dossier" reminder aside for now.
    DismissRetention,
    /// Remind after this many months without use (0: never).
    SetRetention(u32),
    /// Take the open file over from whoever holds its lock.
    TakeOverLock,
    ShowMeeting(usize),
    /// Make the next meeting, held on this day.
    MakeFollowUp(crate::model::Date),
    CancelFollowUp,
    /// Allow changes to the shown earlier meeting, on purpose.
    UnlockMeeting,
    SetLang(Lang),
    /// Answers to "save your changes?".
    ConfirmSave,
    ConfirmDiscard,
    ConfirmCancel,
    CloseDialog,
    /// Open a help window (About, Manual), or close it.
    ShowHelp(Help),
    CloseHelp,
    DismissError,
    /// The chair's caseload: shown, read, unlocked, a case opened from it.
    Caseload(CaseloadAction),
}

impl From<crate::canvas::Intent> for Action {
    fn from(intent: crate::canvas::Intent) -> Self {
        match intent {
            crate::canvas::Intent::Edit(edit) => Self::Board(edit),
            crate::canvas::Intent::BeginGesture => Self::BeginGesture,
            crate::canvas::Intent::EndGesture => Self::EndGesture,
        }
    }
}

/// Names the panel `ui` draws as a landmark (the menu bar, the guide, the board, the forms),
/// so that a screen reader can go from one to the next.
pub fn landmark(ui: &egui::Ui, role: egui::accesskit::Role, label: &str) {
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        node.set_role(role);
        node.set_label(label);
    });
}

//! The eframe glue: one open case, the panels around its board, and the one place where
//! the user's actions are applied.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::canvas::{self, BoardState, FontFamilies, Selection};
use crate::document::{self, Document};
use crate::export::{self, ExportOptions};
use crate::history::History;
use crate::i18n::{Lang, Texts, fill};
use crate::model::{BoardEdit, Created, GuideStep, clock};
use crate::scene::PreparedBoard;
use crate::storage::{CURRENT_FORMAT_VERSION, Found, Recovery};
use crate::ui::{
    self, Action, Command, ExportKind, FileDialogs, NativeDialogs, PathDialog, PathPurpose,
};

const LANG_KEY: &str = "uitzicht.lang";
const RETENTION_KEY: &str = "uitzicht.retention_months";
/// The name of the app's data folder.
pub const APP_ID: &str = "uitzicht";
/// A recovery copy is written this long after the last change…
const AUTOSAVE_AFTER_QUIET: Duration = Duration::from_secs(3);
/// …and at least this often while changes keep coming.
const AUTOSAVE_AT_LEAST: Duration = Duration::from_secs(60);
/// How often to look whether a recovery copy written in the background is done.
const RECOVERY_JOB_POLL: Duration = Duration::from_millis(200);

/// Something that replaces or closes the open case, and so must first ask about
/// unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Leave {
    New,
    /// Open a file; `None` asks which.
    Open(Option<PathBuf>),
    Quit,
}

/// What the right-hand panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SideTab {
    /// The form of the current step.
    Form,
    /// The board's tools.
    Board,
    /// The meetings of the case, what changed, and the goals' scores over time.
    Trajectory,
}

/// The running app.
pub struct UitzichtApp {
    pub doc: Document,
    pub lang: Lang,
    /// Index of the meeting shown.
    pub meeting: usize,
    /// An earlier meeting the user chose to change after all; earlier ones are read-only.
    pub unlocked_meeting: Option<usize>,
    pub path_dialog: Option<PathDialog>,
    /// Asking for a passphrase: to open, protect or unprotect.
    pub passphrase_dialog: Option<ui::PassphraseDialog>,
    /// Months without use after which the chair is reminded to move the case away.
    pub retention_months: u32,
    /// The reminder was put aside for this session.
    retention_dismissed: bool,
    /// Typed in the recovery dialog, to restore the copy of a protected case.
    pub recovery_passphrase: String,
    /// An encrypted recovery copy being written in the background (scrypt takes a moment).
    recovery_job: Option<std::thread::JoinHandle<Result<(), crate::storage::StorageError>>>,
    /// Waiting for an answer to "save your changes?" before doing this.
    pub confirm: Option<Leave>,
    /// Done once a save that the user asked for on the way out has succeeded.
    after_save: Option<Leave>,
    pub error: Option<String>,
    pub info: Option<String>,
    /// The file the last export wrote, offered to open.
    pub last_export: Option<PathBuf>,
    pub board: BoardState,
    pub history: History,
    /// The board full screen, chrome hidden.
    pub presenting: bool,
    /// The second window with only the board is open.
    pub projector: bool,
    pub side_tab: SideTab,
    projector_view: BoardState,
    /// Counts the actions applied, to know when the prepared board is stale.
    revision: u64,
    /// Where recovery copies go; `None` in tests that do not ask for it.
    recovery: Option<Recovery>,
    /// Names the recovery copy of a case that has no file yet.
    new_case_id: u64,
    /// The last change to the case, and the first one not yet in a recovery copy.
    last_change: Option<Instant>,
    unrecovered_since: Option<Instant>,
    /// Recovery copies found on start, offered to restore.
    pub recoverable: Vec<Found>,
    /// The recovery copy being compared with its file.
    comparing: Option<usize>,
    prepared: Option<((u64, usize, Lang), PreparedBoard)>,
    native: Box<dyn FileDialogs>,
    allow_close: bool,
    shown_title: String,
}

impl UitzichtApp {
    /// The app as eframe starts it, on `path` if given.
    pub fn new(cc: &eframe::CreationContext<'_>, path: Option<&Path>) -> Self {
        let lang = cc
            .storage
            .and_then(|s| eframe::get_value(s, LANG_KEY))
            .unwrap_or_default();
        let mut app = Self::with_dialogs(&cc.egui_ctx, path, lang, Box::new(NativeDialogs));
        if let Some(months) = cc.storage.and_then(|s| eframe::get_value(s, RETENTION_KEY)) {
            app.retention_months = months;
        }
        match eframe::storage_dir(APP_ID) {
            Some(folder) => app.with_recovery(Recovery::new(folder.join("recovery"))),
            None => app,
        }
    }

    /// Keeps recovery copies in `recovery`, and offers the ones found there that hold work
    /// their file does not.
    pub fn with_recovery(mut self, recovery: Recovery) -> Self {
        self.recoverable = recovery
            .list()
            .into_iter()
            .filter(Found::is_newer_than_original)
            .collect();
        self.recovery = Some(recovery);
        self
    }

    /// Opens a recovery copy in place of the open case, as unsaved work of its file.
    fn restore(&mut self, index: usize) {
        if index >= self.recoverable.len() {
            return;
        }
        let found = self.recoverable[index].clone();
        let passphrase = found
            .protected
            .then(|| crate::storage::SecretString::from(self.recovery_passphrase.clone()));
        match found.load_with(passphrase.as_ref()) {
            Ok(loaded) => {
                self.recoverable.remove(index);
                self.comparing = None;
                self.recovery_passphrase.clear();
                let lock = found
                    .original
                    .as_deref()
                    .and_then(|p| crate::storage::CaseLock::acquire(p).ok());
                self.doc = Document {
                    case: loaded.case,
                    path: found.original.clone(),
                    format_version: loaded.format_version,
                    dirty: true,
                    lock,
                    locked_by: None,
                    passphrase,
                    saved_on: None,
                };
                self.meeting = self.doc.case.last_meeting_index().unwrap_or(0);
                self.unlocked_meeting = None;
                self.history.clear();
                self.board = BoardState::default();
                self.side_tab = self.tab_for_step();
                // The copy stays until the restored case is saved.
                if let Some(recovery) = &self.recovery {
                    recovery.remove_copy(&found.copy);
                    let _ = recovery.write(
                        &self.doc.case,
                        self.doc.path.as_deref(),
                        self.new_case_id,
                        self.doc.passphrase.as_ref(),
                    );
                }
            }
            Err(error) => self.error = Some(error.message(self.t())),
        }
    }

    /// Marks the case changed: unsaved, and due for a recovery copy.
    /// Whether the shown meeting may be changed: the file is writable, and it is the
    /// latest meeting or one unlocked on purpose.
    pub fn editable(&self) -> bool {
        !self.doc.is_read_only()
            && (!self.is_earlier_meeting() || self.unlocked_meeting == Some(self.meeting))
    }

    /// The date of the shown meeting, for file names and banners.
    fn shown_date(&self) -> String {
        self.doc
            .case
            .meetings
            .get(self.meeting)
            .map(|m| m.date.to_string())
            .unwrap_or_default()
    }

    /// The shown meeting has a later one: what was recorded then is kept as it was.
    fn is_earlier_meeting(&self) -> bool {
        self.meeting + 1 < self.doc.case.meetings.len()
    }

    fn mark_changed(&mut self) {
        let now = Instant::now();
        self.doc.dirty = true;
        self.last_change = Some(now);
        self.unrecovered_since.get_or_insert(now);
    }

    /// Writes the recovery copy when it is due: a few seconds after the last change, and
    /// at least every minute while changes keep coming. Returns when to look again.
    pub fn autosave_at(&mut self, now: Instant) -> Option<Duration> {
        if self.recovery_job_busy() {
            return Some(RECOVERY_JOB_POLL);
        }
        let (Some(recovery), Some(since), Some(last)) =
            (&self.recovery, self.unrecovered_since, self.last_change)
        else {
            return None;
        };
        let quiet = now.saturating_duration_since(last);
        let waiting = now.saturating_duration_since(since);
        if quiet < AUTOSAVE_AFTER_QUIET && waiting < AUTOSAVE_AT_LEAST {
            return Some(AUTOSAVE_AFTER_QUIET.saturating_sub(quiet));
        }
        if let Some(passphrase) = &self.doc.passphrase {
            // Encrypting takes a noticeable moment: done beside the UI, one copy at a time.
            let (recovery, case, path, id, passphrase) = (
                recovery.clone(),
                self.doc.case.clone(),
                self.doc.path.clone(),
                self.new_case_id,
                passphrase.clone(),
            );
            self.recovery_job = Some(std::thread::spawn(move || {
                recovery.write(&case, path.as_deref(), id, Some(&passphrase))
            }));
            self.unrecovered_since = None;
            return Some(RECOVERY_JOB_POLL);
        }
        let written = recovery.write(
            &self.doc.case,
            self.doc.path.as_deref(),
            self.new_case_id,
            None,
        );
        self.unrecovered_since = None;
        self.recovery_written(written);
        None
    }

    /// Looks after a recovery copy written in the background; true while it is still busy.
    fn recovery_job_busy(&mut self) -> bool {
        match self.recovery_job.take() {
            Some(job) if !job.is_finished() => {
                self.recovery_job = Some(job);
                true
            }
            Some(job) => {
                let written = job.join().unwrap_or_else(|_| {
                    Err(crate::storage::StorageError::Encrypt {
                        path: std::path::PathBuf::new(),
                        detail: "recovery copy".to_owned(),
                    })
                });
                self.recovery_written(written);
                false
            }
            None => false,
        }
    }

    /// A failed recovery copy is said once; the next change tries again.
    fn recovery_written(&mut self, written: Result<(), crate::storage::StorageError>) {
        if let Err(error) = written {
            self.info = Some(error.message(self.t()));
        }
    }

    /// The case is safe on disk (or deliberately dropped): its recovery copy can go.
    fn forget_recovery_copy(&mut self) {
        if let Some(recovery) = &self.recovery {
            recovery.remove(self.doc.path.as_deref(), self.new_case_id);
            recovery.remove(None, self.new_case_id);
        }
        self.unrecovered_since = None;
    }

    /// The app with the given file pickers; tests pass [`ui::NoDialogs`].
    pub fn with_dialogs(
        ctx: &egui::Context,
        path: Option<&Path>,
        lang: Lang,
        native: Box<dyn FileDialogs>,
    ) -> Self {
        install_fonts(ctx);
        install_style(ctx);
        let mut app = Self {
            doc: Document::new_case(document::today()),
            lang,
            meeting: 0,
            path_dialog: None,
            passphrase_dialog: None,
            recovery_passphrase: String::new(),
            retention_months: crate::retention::DEFAULT_MONTHS,
            retention_dismissed: false,
            recovery_job: None,
            confirm: None,
            after_save: None,
            error: None,
            info: None,
            last_export: None,
            board: BoardState::default(),
            history: History::default(),
            presenting: false,
            projector: false,
            projector_view: BoardState::default(),
            side_tab: SideTab::Form,
            unlocked_meeting: None,
            revision: 0,
            prepared: None,
            recovery: None,
            new_case_id: new_case_id(),
            last_change: None,
            unrecovered_since: None,
            recoverable: Vec::new(),
            comparing: None,
            native,
            allow_close: false,
            shown_title: String::new(),
        };
        if let Some(path) = path {
            app.open_path(path);
        }
        app
    }

    fn t(&self) -> &'static Texts {
        self.lang.texts()
    }

    fn open_path(&mut self, path: &Path) {
        self.install_opened(path, Document::open(path));
    }

    /// Shows a case just opened, or says why it could not be; a protected file first asks
    /// for its passphrase.
    fn install_opened(
        &mut self,
        path: &Path,
        opened: Result<(Document, Vec<crate::storage::Repair>), crate::storage::StorageError>,
    ) {
        match opened {
            Err(crate::storage::StorageError::NeedsPassphrase { .. }) => {
                self.passphrase_dialog = Some(ui::PassphraseDialog::new(
                    ui::PassphrasePurpose::Open(path.to_owned()),
                ));
            }
            Ok((doc, repairs)) => {
                self.meeting = doc.case.last_meeting_index().unwrap_or(0);
                self.unlocked_meeting = None;
                self.doc = doc;
                self.side_tab = self.tab_for_step();
                self.history.clear();
                self.board = BoardState::default();
                self.info = Some(if repairs.is_empty() {
                    fill(self.t().opened, &[("path", &path.display())])
                } else {
                    crate::storage::repairs_message(path, &repairs, self.t())
                });
            }
            Err(error) => self.error = Some(error.message(self.t())),
        }
    }

    /// The passphrase dialog's answer: open the protected file, or change the protection.
    fn submit_passphrase(&mut self) {
        let Some(mut dialog) = self.passphrase_dialog.take() else {
            return;
        };
        let t = self.t();
        let typed = std::mem::take(&mut dialog.text);
        let repeat = std::mem::take(&mut dialog.repeat);
        match dialog.purpose.clone() {
            ui::PassphrasePurpose::Open(path) => {
                let passphrase = crate::storage::SecretString::from(typed);
                match Document::open_with(&path, Some(passphrase)) {
                    Err(error @ crate::storage::StorageError::WrongPassphrase { .. }) => {
                        dialog.error = Some(error.message(t));
                        self.passphrase_dialog = Some(dialog);
                    }
                    opened => self.install_opened(&path, opened),
                }
            }
            ui::PassphrasePurpose::Protect => {
                if typed.chars().count() < ui::MIN_PASSPHRASE_CHARS {
                    dialog.error = Some(fill(
                        t.protect_too_short,
                        &[("min", &ui::MIN_PASSPHRASE_CHARS)],
                    ));
                    self.passphrase_dialog = Some(dialog);
                    return;
                }
                if typed != repeat {
                    dialog.error = Some(t.protect_mismatch.to_owned());
                    self.passphrase_dialog = Some(dialog);
                    return;
                }
                self.doc.passphrase = Some(crate::storage::SecretString::from(typed));
                self.protection_changed();
            }
            ui::PassphrasePurpose::Unprotect => {
                self.doc.passphrase = None;
                self.protection_changed();
            }
        }
    }

    /// The file is written again right away, so that what is on disk matches what the
    /// chair chose; a case never saved is protected at its first save.
    fn protection_changed(&mut self) {
        self.mark_changed();
        // The old recovery copy was written the other way; the next one follows the choice.
        self.forget_recovery_copy();
        self.unrecovered_since = Some(Instant::now());
        match self.doc.path.clone() {
            Some(path) => {
                if self.save_to(&path) && self.doc.passphrase.is_some() {
                    self.info = Some(fill(self.t().protected_saved, &[("path", &path.display())]));
                }
            }
            None => self.info = Some(self.t().protected_pending.to_owned()),
        }
    }

    /// Saves to `path`; true when it worked. An error is shown and the edits stay.
    fn save_to(&mut self, path: &Path) -> bool {
        match self.doc.save_to(path) {
            Ok(()) => {
                self.forget_recovery_copy();
                self.info = Some(fill(self.t().saved, &[("path", &path.display())]));
                true
            }
            Err(error) => {
                self.error = Some(error.message(self.t()));
                false
            }
        }
    }

    fn save(&mut self) -> bool {
        match self.doc.path.clone() {
            Some(path) => self.save_to(&path),
            None => {
                self.path_dialog = Some(PathDialog::new(PathPurpose::SaveAs, None));
                false
            }
        }
    }

    /// Opens the export dialog with a file name next to the case: `daan-bord-2026-11-10.pdf`.
    fn ask_export(&mut self, kind: ExportKind) {
        let t = self.t();
        let folder = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_owned)
            .unwrap_or_default();
        let stem = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().trim_end_matches(".mdo.ron").to_owned())
            .unwrap_or_else(|| t.file_word_case.to_owned());
        let date = self.shown_date();
        let name = format!("{stem}-{}-{date}.{}", kind.file_word(t), kind.extension());
        self.path_dialog = Some(PathDialog::new(
            PathPurpose::Export(kind),
            Some(folder.join(name)),
        ));
    }

    /// Exports the shown meeting; true when the file was written.
    fn export(
        &mut self,
        kind: ExportKind,
        path: &Path,
        png_width: u32,
        pseudonymise: bool,
    ) -> bool {
        let t = self.t();
        let case = &if pseudonymise {
            export::pseudonymise(&self.doc.case, t)
        } else {
            self.doc.case.clone()
        };
        let bytes = match kind {
            ExportKind::Sheet => export::sheet_pdf(case, self.meeting, t, ExportOptions::now()),
            ExportKind::Report => export::report_pdf(case, self.meeting, t, ExportOptions::now()),
            ExportKind::Png => export::board_png(case, self.meeting, png_width, t),
        };
        match bytes.and_then(|bytes| export::write_file(path, &bytes)) {
            Ok(()) => {
                self.info = Some(fill(t.exported, &[("path", &path.display())]));
                self.last_export = Some(path.to_owned());
                true
            }
            Err(error) => {
                self.error = Some(error.message(t));
                false
            }
        }
    }

    fn leave(&mut self, ctx: &egui::Context, leave: Leave) {
        if self.doc.dirty {
            self.confirm = Some(leave);
        } else {
            self.do_leave(ctx, leave);
        }
    }

    fn do_leave(&mut self, ctx: &egui::Context, leave: Leave) {
        // Whatever was not saved was let go on purpose (or there was nothing).
        if !matches!(leave, Leave::Open(None)) {
            self.forget_recovery_copy();
        }
        match leave {
            Leave::New => {
                self.new_case_id = new_case_id();
                self.doc = Document::new_case(document::today());
                self.meeting = 0;
                self.unlocked_meeting = None;
                self.history.clear();
                self.board = BoardState::default();
            }
            Leave::Open(None) => {
                let folder = self
                    .doc
                    .path
                    .as_ref()
                    .and_then(|p| p.parent())
                    .map(Path::to_owned);
                self.path_dialog = Some(PathDialog::new(PathPurpose::Open, folder));
            }
            Leave::Open(Some(path)) => self.open_path(&path),
            Leave::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Lays the board out again when the case, the meeting or the language changed since.
    fn refresh_prepared(&mut self) {
        let key = (self.revision, self.meeting, self.lang);
        if self.prepared.as_ref().is_some_and(|(k, _)| *k == key) {
            return;
        }
        self.prepared = self
            .doc
            .case
            .meetings
            .get(self.meeting)
            .map(|meeting| (key, PreparedBoard::new(meeting, self.lang.texts())));
    }

    /// Applies one action. Every change to the open case or the app goes through here.
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        // Any action may change what the board shows; it is laid out again next frame.
        self.revision += 1;
        match action {
            Action::Command(Command::New) => self.leave(ctx, Leave::New),
            Action::Command(Command::Open) => self.leave(ctx, Leave::Open(None)),
            Action::Command(Command::Save) => {
                self.save();
            }
            Action::Command(Command::SaveAs) => {
                self.path_dialog =
                    Some(PathDialog::new(PathPurpose::SaveAs, self.doc.path.clone()));
            }
            Action::Command(Command::ExportSheet) => self.ask_export(ExportKind::Sheet),
            Action::Command(Command::ExportReport) => self.ask_export(ExportKind::Report),
            Action::Command(Command::ExportPng) => self.ask_export(ExportKind::Png),
            Action::Command(Command::Quit) => self.leave(ctx, Leave::Quit),
            Action::Command(Command::Protect) => {
                self.passphrase_dialog =
                    Some(ui::PassphraseDialog::new(ui::PassphrasePurpose::Protect));
            }
            Action::Command(Command::Unprotect) => {
                self.passphrase_dialog =
                    Some(ui::PassphraseDialog::new(ui::PassphrasePurpose::Unprotect));
            }
            Action::SubmitPassphrase => self.submit_passphrase(),
            Action::DismissRetention => self.retention_dismissed = true,
            Action::SetRetention(months) => {
                self.retention_months = months.min(crate::retention::MAX_MONTHS);
                self.retention_dismissed = false;
            }
            Action::CancelPassphrase => self.passphrase_dialog = None,
            Action::ExportTo {
                kind,
                path,
                png_width,
                pseudonymise,
            } => {
                if self.export(kind, &path, png_width, pseudonymise) {
                    self.path_dialog = None;
                }
            }
            Action::OpenExport => {
                if let Some(path) = &self.last_export
                    && let Err(error) = open::that_detached(path)
                {
                    self.error = Some(format!("{}: {error}", path.display()));
                }
            }
            Action::OpenPath(path) => {
                self.path_dialog = None;
                self.leave(ctx, Leave::Open(Some(path)));
            }
            Action::SaveToPath(path) => {
                if self.save_to(&path) {
                    self.path_dialog = None;
                    if let Some(leave) = self.after_save.take() {
                        self.do_leave(ctx, leave);
                    }
                }
            }
            Action::ShowMeeting(index) => {
                if index < self.doc.case.meetings.len() {
                    self.meeting = index;
                    self.unlocked_meeting = None;
                    self.board.selection = Selection::None;
                    self.board.editing = None;
                    self.side_tab = self.tab_for_step();
                }
            }
            Action::SetLang(lang) => self.lang = lang,
            Action::ConfirmSave => {
                if let Some(leave) = self.confirm.take() {
                    if self.doc.path.is_some() {
                        if self.save() {
                            self.do_leave(ctx, leave);
                        }
                    } else {
                        self.after_save = Some(leave);
                        self.path_dialog = Some(PathDialog::new(PathPurpose::SaveAs, None));
                    }
                }
            }
            Action::ConfirmDiscard => {
                if let Some(leave) = self.confirm.take() {
                    self.do_leave(ctx, leave);
                }
            }
            Action::ConfirmCancel => self.confirm = None,
            Action::CloseDialog => {
                self.path_dialog = None;
                self.after_save = None;
            }
            Action::DismissError => self.error = None,
            Action::Board(edit) => self.edit_board(edit),
            Action::BeginGesture => self.history.begin_gesture(&self.doc.case),
            Action::EndGesture => self.history.end_gesture(&self.doc.case),
            Action::Undo => {
                if self.history.undo(&mut self.doc.case) {
                    self.after_history_step();
                }
            }
            Action::Redo => {
                if self.history.redo(&mut self.doc.case) {
                    self.after_history_step();
                }
            }
            Action::TogglePresentation => {
                self.presenting = !self.presenting;
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.presenting));
                self.board.fit();
            }
            Action::ToggleProjector => self.projector = !self.projector,
            Action::AddFollowUp => self.add_follow_up(),
            Action::UnlockMeeting => self.unlocked_meeting = Some(self.meeting),
            Action::ReplaceCase(case) => {
                if self.editable() && *case != self.doc.case {
                    // Typing in one field is one step: the key is the field that has focus.
                    let key = ctx.memory(|m| m.focused()).map(|id| id.value());
                    let before = std::mem::replace(&mut self.doc.case, *case);
                    self.history.record_typing(before, key);
                    self.mark_changed();
                }
            }
            Action::GoToStep(step) => {
                self.edit_meeting(|meeting| {
                    if meeting.guide.current != step {
                        meeting.guide.current = step;
                        meeting.guide.step_started = Some(now());
                    }
                });
                self.side_tab = self.tab_for_step();
            }
            Action::TickPoint(key, ticked) => self.edit_meeting(|meeting| {
                if ticked {
                    meeting.guide.ticked.insert(key.to_owned());
                } else {
                    meeting.guide.ticked.remove(key);
                }
            }),
            Action::StartClock => self.edit_meeting(|meeting| clock::start(meeting, now())),
            Action::Restore(index) => self.restore(index),
            Action::CompareRecovery(index) => self.comparing = Some(index),
            Action::DiscardRecovery(index) => {
                if index < self.recoverable.len() {
                    let found = self.recoverable.remove(index);
                    if let Some(recovery) = &self.recovery {
                        recovery.remove_copy(&found.copy);
                    }
                }
                self.comparing = None;
            }
            Action::TakeOverLock => {
                if !self.doc.take_over() {
                    self.error = Some(
                        crate::storage::StorageError::Locked {
                            path: self.doc.path.clone().unwrap_or_default(),
                        }
                        .message(self.t()),
                    );
                }
            }
            Action::RecoverLater => {
                self.recoverable.clear();
                self.comparing = None;
            }
        }
    }

    fn window_title(&self) -> String {
        let t = self.t();
        let name = self
            .doc
            .display_name()
            .unwrap_or_else(|| t.new_case.to_owned());
        let mark = if self.doc.dirty { "● " } else { "" };
        let read_only = if self.doc.is_read_only() {
            t.title_read_only
        } else {
            ""
        };
        format!("{mark}{name}{read_only} — {}", t.app_name)
    }

    /// Undo, redo, presenting and zoom, when no text field has the keyboard (a text field
    /// has its own undo).
    fn board_shortcuts(&mut self, ctx: &egui::Context) -> Vec<Action> {
        let mut actions = Vec::new();
        self.quick_entry_shortcuts(ctx);
        if ctx.text_edit_focused() {
            return actions;
        }
        let command = egui::Modifiers::COMMAND;
        let shift = command | egui::Modifiers::SHIFT;
        ctx.input_mut(|input| {
            // Ctrl+Shift+Z first: Ctrl+Z would also match it.
            if input.consume_key(shift, egui::Key::Z) || input.consume_key(command, egui::Key::Y) {
                actions.push(Action::Redo);
            } else if input.consume_key(command, egui::Key::Z) {
                actions.push(Action::Undo);
            }
            if input.consume_key(egui::Modifiers::NONE, egui::Key::F5) {
                actions.push(Action::TogglePresentation);
            }
            if self.presenting && input.consume_key(egui::Modifiers::NONE, egui::Key::Escape) {
                actions.push(Action::TogglePresentation);
            }
            if input.consume_key(command, egui::Key::Plus)
                || input.consume_key(command, egui::Key::Equals)
            {
                self.board.zoom_by(1.25);
            }
            if input.consume_key(command, egui::Key::Minus) {
                self.board.zoom_by(1.0 / 1.25);
            }
            if input.consume_key(command, egui::Key::Num0) {
                self.board.fit();
            }
        });
        actions
    }

    /// Ctrl and a circle's digit (see [`ui::circle_key`]) puts the keyboard in its quick
    /// entry, also from another field: what is said goes onto the board without the mouse.
    fn quick_entry_shortcuts(&mut self, ctx: &egui::Context) {
        if self.presenting {
            return;
        }
        let Some(meeting) = self.doc.case.meetings.get(self.meeting) else {
            return;
        };
        let circles = &meeting.board.circles;
        let pressed = ctx.input_mut(|input| {
            (0..circles.len()).find(|&index| {
                ui::circle_key(circles, index)
                    .is_some_and(|key| input.consume_key(egui::Modifiers::COMMAND, key))
            })
        });
        if let Some(index) = pressed {
            self.side_tab = SideTab::Board;
            self.board.focus_quick = Some(circles[index].id);
        }
    }

    /// Menu, banner, status bar and the board's side panel: hidden while presenting.
    fn chrome_ui(&mut self, ui: &mut egui::Ui, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let t = self.t();
        egui::Panel::top("menu").show(ui, |ui| {
            actions.extend(ui::menu_bar_ui(
                ui,
                t,
                self.lang,
                &self.doc,
                self.meeting,
                self.retention_months,
            ));
        });
        if let Some(holder) = &self.doc.locked_by {
            egui::Panel::top("locked").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    let since = holder
                        .since
                        .get(..16)
                        .unwrap_or(&holder.since)
                        .replace('T', " ");
                    ui.colored_label(
                        crate::theme::VERMILLION.to_egui(),
                        fill(
                            t.locked_banner,
                            &[
                                ("user", &holder.user),
                                ("machine", &holder.machine),
                                ("since", &since),
                            ],
                        ),
                    );
                    if holder.is_stale() {
                        ui.label(t.locked_stale);
                    }
                    if ui.button(t.take_over).clicked() {
                        actions.push(Action::TakeOverLock);
                    }
                });
            });
        } else if self.doc.is_read_only() {
            egui::Panel::top("read_only").show(ui, |ui| {
                ui.colored_label(
                    crate::theme::VERMILLION.to_egui(),
                    fill(
                        t.read_only_newer,
                        &[
                            ("file_version", &self.doc.format_version),
                            ("app_version", &CURRENT_FORMAT_VERSION),
                        ],
                    ),
                );
            });
        }
        if self.is_earlier_meeting() && self.unlocked_meeting != Some(self.meeting) {
            let date = self.shown_date();
            egui::Panel::top("earlier_meeting").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(fill(t.older_meeting, &[("date", &date)]));
                    if ui.button(t.go_to_last).clicked() {
                        let last = self.doc.case.last_meeting_index().unwrap_or(0);
                        actions.push(Action::ShowMeeting(last));
                    }
                    if !self.doc.is_read_only() && ui.button(t.unlock_meeting).clicked() {
                        actions.push(Action::UnlockMeeting);
                    }
                });
            });
        }
        let last_touched = crate::retention::last_touched(&self.doc.case, self.doc.saved_on);
        let due = last_touched.filter(|&last| {
            crate::retention::reminder_due(last, document::today(), self.retention_months)
        });
        if let (Some(last), false) = (due, self.retention_dismissed) {
            egui::Panel::top("retention").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.colored_label(
                        crate::theme::ORANGE_TEXT.to_egui(),
                        fill(t.retention_due, &[("date", &last)]),
                    );
                    if ui.button(t.retention_later).clicked() {
                        actions.push(Action::DismissRetention);
                    }
                });
            });
        }
        egui::Panel::bottom("status").show(ui, |ui| {
            let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
            ui.horizontal(|ui| {
                if hovering {
                    ui.label(t.drop_hint);
                    return;
                }
                if self.doc.passphrase.is_some() {
                    ui.label(t.status_protected);
                    ui.separator();
                }
                if let Some(last) = last_touched.filter(|_| self.doc.path.is_some()) {
                    ui.label(fill(t.status_last_touched, &[("date", &last)]));
                    ui.separator();
                }
                ui.label(self.info.as_deref().unwrap_or(""));
                if self.last_export.is_some() && ui.button(t.open_export).clicked() {
                    actions.push(Action::OpenExport);
                }
            });
        });
        let Some(meeting) = self.doc.case.meetings.get(self.meeting) else {
            return;
        };
        let editable = self.editable();
        egui::Panel::left("guide")
            .resizable(true)
            .default_size(340.0)
            .size_range(240.0..=520.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    actions.extend(ui::guide_panel_ui(ui, t, meeting, now(), editable));
                });
            });
        let context = ui::PanelContext {
            editable,
            can_undo: self.history.can_undo(),
            can_redo: self.history.can_redo(),
            presenting: self.presenting,
            projector_open: self.projector,
        };
        egui::Panel::right("side_panel")
            .resizable(true)
            .default_size(460.0)
            .size_range(320.0..=760.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.selectable_value(&mut self.side_tab, SideTab::Form, t.tab_form);
                    ui.selectable_value(&mut self.side_tab, SideTab::Board, t.tab_board);
                    ui.selectable_value(&mut self.side_tab, SideTab::Trajectory, t.tab_trajectory);
                });
                ui.separator();
                egui::ScrollArea::vertical().show(ui, |ui| match self.side_tab {
                    SideTab::Board => {
                        actions.extend(ui::board_panel_ui(
                            ui,
                            t,
                            meeting,
                            &mut self.board,
                            &context,
                        ));
                    }
                    SideTab::Trajectory => {
                        actions.extend(ui::trajectory_ui(
                            ui,
                            t,
                            &self.doc.case,
                            self.meeting,
                            !self.doc.is_read_only(),
                        ));
                    }
                    SideTab::Form => {
                        ui.add_enabled_ui(editable, |ui| {
                            let mut draft = self.doc.case.clone();
                            ui::step_form_ui(ui, t, &mut draft, self.meeting);
                            if draft != self.doc.case {
                                actions.push(Action::ReplaceCase(Box::new(draft)));
                            }
                        });
                    }
                });
            });
    }

    /// The second window: only the board, fitted, for the projector.
    fn projector_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let t = self.t();
        let meeting = self.doc.case.meetings.get(self.meeting);
        let prepared = self.prepared.as_ref().map(|(_, p)| p);
        let view = &mut self.projector_view;
        let builder = egui::ViewportBuilder::default()
            .with_title(t.projector_title)
            .with_inner_size([1280.0, 720.0]);
        let closed = ctx.show_viewport_immediate(
            egui::ViewportId::from_hash_of("projector"),
            builder,
            |ui, _class| {
                let frame = egui::Frame::central_panel(&ui.ctx().global_style())
                    .fill(crate::theme::PAPER.to_egui());
                egui::CentralPanel::default().frame(frame).show(ui, |ui| {
                    if let (Some(meeting), Some(prepared)) = (meeting, prepared) {
                        canvas::board_ui(ui, prepared, meeting, t, view, false);
                    }
                });
                ui.ctx().input(|i| i.viewport().close_requested())
            },
        );
        if closed {
            actions.push(Action::ToggleProjector);
        }
    }

    /// Starts the next meeting from the last one, as one undoable step, and shows it.
    fn add_follow_up(&mut self) {
        if self.doc.is_read_only() {
            return;
        }
        let before = self.doc.case.clone();
        let index = self.doc.case.add_follow_up(crate::document::today());
        self.history.record(before);
        self.mark_changed();
        self.meeting = index;
        self.unlocked_meeting = None;
        self.board = BoardState::default();
        self.side_tab = SideTab::Form;
        if let Some(meeting) = self.doc.case.meetings.get(index) {
            self.info = Some(fill(
                self.t().follow_up_made,
                &[("number", &(index + 1)), ("date", &meeting.date)],
            ));
        }
    }

    /// Applies a board edit to the shown meeting as one undoable step.
    fn edit_board(&mut self, edit: BoardEdit) {
        if !self.editable() {
            return;
        }
        let before = self.doc.case.clone();
        let Some(meeting) = self.doc.case.meetings.get_mut(self.meeting) else {
            return;
        };
        if let Some(created) = meeting.board.apply(edit) {
            self.history.record(before);
            self.mark_changed();
            match created {
                Created::Arrow(id) => self.board.selection = Selection::Arrow(id),
                Created::Circle(id) => self.board.selection = Selection::Circle(id),
                Created::Item(_) | Created::Nothing => {}
            }
        }
    }

    /// Step 2 works on the board itself; the other steps have their form.
    fn tab_for_step(&self) -> SideTab {
        let step = self
            .doc
            .case
            .meetings
            .get(self.meeting)
            .map(|m| m.guide.current);
        if step == Some(GuideStep::Analysis) {
            SideTab::Board
        } else {
            SideTab::Form
        }
    }

    /// Changes the shown meeting as one undoable step, if it changes anything.
    fn edit_meeting(&mut self, change: impl FnOnce(&mut crate::model::Meeting)) {
        if !self.editable() {
            return;
        }
        let before = self.doc.case.clone();
        if let Some(meeting) = self.doc.case.meetings.get_mut(self.meeting) {
            change(meeting);
        }
        if self.doc.case != before {
            self.history.record(before);
            self.mark_changed();
        }
    }

    /// After undo or redo: the case changed under the view; drop what no longer exists.
    fn after_history_step(&mut self) {
        self.mark_changed();
        self.meeting = self
            .meeting
            .min(self.doc.case.meetings.len().saturating_sub(1));
        self.board.editing = None;
        let board = self.doc.case.meetings.get(self.meeting).map(|m| &m.board);
        let exists = match self.board.selection {
            Selection::None => true,
            Selection::Item(id) => board.is_some_and(|b| b.item(id).is_some()),
            Selection::Circle(id) => board.is_some_and(|b| b.circle(id).is_some()),
            Selection::Arrow(id) => board.is_some_and(|b| b.arrows.iter().any(|a| a.id == id)),
        };
        if !exists {
            self.board.selection = Selection::None;
        }
    }

    fn dropped_file(ctx: &egui::Context) -> Option<PathBuf> {
        ctx.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_owned()))
    }
}

impl eframe::App for UitzichtApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let t = self.t();
        let mut actions = Vec::new();

        if ctx.input(|i| i.viewport().close_requested()) && self.doc.dirty && !self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Leave::Quit);
        }
        if self.path_dialog.is_none() && self.confirm.is_none() && self.passphrase_dialog.is_none()
        {
            actions.extend(Command::from_shortcuts(&ctx).map(Action::Command));
            actions.extend(self.board_shortcuts(&ctx));
        }
        if let Some(path) = Self::dropped_file(&ctx) {
            actions.push(Action::OpenPath(path));
        }

        if !self.presenting {
            self.chrome_ui(ui, &ctx, &mut actions);
        }
        let editable = self.editable();
        let frame = egui::Frame::central_panel(&ctx.global_style()).fill(if self.presenting {
            crate::theme::PAPER.to_egui()
        } else {
            ctx.global_style().visuals.panel_fill
        });
        self.refresh_prepared();
        let selected_before = self.board.selection;
        egui::CentralPanel::default().frame(frame).show(ui, |ui| {
            match (self.doc.case.meetings.get(self.meeting), &self.prepared) {
                (Some(meeting), Some((_, prepared))) => {
                    actions.extend(canvas::board_ui(
                        ui,
                        prepared,
                        meeting,
                        t,
                        &mut self.board,
                        editable,
                    ));
                }
                _ => {
                    ui.centered_and_justified(|ui| ui.heading(t.no_meetings));
                }
            }
        });
        // Something picked on the board brings up its tools (kind, star, keep, move).
        if self.board.selection != selected_before && self.board.selection != Selection::None {
            self.side_tab = SideTab::Board;
        }
        if self.presenting {
            egui::Area::new(egui::Id::unique("stop_presenting"))
                .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -12.0))
                .show(&ctx, |ui| {
                    if ui.button(t.stop_presenting).clicked() {
                        actions.push(Action::TogglePresentation);
                    }
                });
        }
        if self.projector {
            self.projector_ui(&ctx, &mut actions);
        }

        if let Some(dialog) = &mut self.path_dialog {
            let suggested = self
                .doc
                .display_name()
                .unwrap_or_else(|| t.new_case.to_owned());
            actions.extend(ui::path_dialog_ui(
                &ctx,
                dialog,
                t,
                self.native.as_ref(),
                &suggested,
            ));
        }
        if self.confirm.is_some() {
            actions.extend(ui::confirm_unsaved_ui(&ctx, t));
        }
        if let Some(dialog) = &mut self.passphrase_dialog {
            actions.extend(ui::passphrase_ui(&ctx, t, dialog));
        }
        if let Some(message) = &self.error {
            actions.extend(ui::error_ui(&ctx, t, message));
        }
        if !self.recoverable.is_empty() {
            actions.extend(ui::recovery_ui(
                &ctx,
                t,
                &self.recoverable,
                self.comparing,
                &mut self.recovery_passphrase,
            ));
        }

        for action in actions {
            self.apply(&ctx, action);
        }

        if let Some(again) = self.autosave_at(Instant::now()) {
            ctx.request_repaint_after(again);
        }

        let title = self.window_title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, LANG_KEY, &self.lang);
        eframe::set_value(storage, RETENTION_KEY, &self.retention_months);
    }
}

/// A name for the recovery copy of a case not saved yet: the moment it was begun.
fn new_case_id() -> u64 {
    jiff::Timestamp::now().as_nanosecond().unsigned_abs() as u64
}

/// The time of day on this machine, for the meeting clock.
fn now() -> crate::model::Time {
    jiff::ZonedDateTime::now().time()
}

/// Installs the shipped fonts: Atkinson Hyperlegible Next first, DejaVu Sans for the
/// symbols it lacks, and egui's own fonts last.
pub fn install_fonts(ctx: &egui::Context) {
    use egui::{FontData, FontDefinitions, FontFamily};
    let mut fonts = FontDefinitions::default();
    let faces = [
        ("atkinson", crate::fonts::ATKINSON_REGULAR),
        ("atkinson-bold", crate::fonts::ATKINSON_BOLD),
        ("dejavu", crate::fonts::DEJAVU_SANS),
    ];
    for (name, bytes) in faces {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let defaults = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let chain = |first: &str| {
        let mut chain = vec![first.to_owned(), "dejavu".to_owned()];
        chain.extend(defaults.iter().cloned());
        chain
    };
    fonts
        .families
        .insert(FontFamily::Proportional, chain("atkinson"));
    fonts.families.insert(
        FontFamily::Name(FontFamilies::BOLD.into()),
        chain("atkinson-bold"),
    );
    if let Some(mono) = fonts.families.get_mut(&FontFamily::Monospace) {
        mono.push("dejavu".to_owned());
    }
    ctx.set_fonts(fonts);
}

/// Larger type and a light theme: the app is read from across a meeting room.
fn install_style(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    // Ctrl +/− zoom the board, not the whole interface.
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    ctx.global_style_mut(|style| {
        for font in style.text_styles.values_mut() {
            font.size *= 1.25;
        }
        style.spacing.interact_size.y = 30.0;
        style.spacing.button_padding = egui::vec2(10.0, 6.0);
    });
}

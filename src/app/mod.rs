//! The eframe glue: one open case, the panels around its board, and the one place where
//! the user's actions are applied.
//!
//! - `mod.rs`: the app's state and its frame.
//! - `apply.rs`: every [`Action`] applied, with its undo step.
//! - `files.rs`: opening, saving, exporting, leaving a case, restoring a recovery copy.
//! - `autosave.rs`: when recovery copies are written.
//! - `chrome.rs`: menu bar, banners, status bar, side panels, the projector window.
//! - `page.rs`: the same in a web page, where files have names and bytes, not paths.
//! - `keys.rs`: the keyboard, read through [`crate::ui::Command`].

mod apply;
mod autosave;
mod chrome;
mod files;
mod keys;
mod page;
mod projector;

use std::path::{Path, PathBuf};
use std::time::Duration;

use web_time::Instant;

use crate::platform::work::{Interrupted, Work};

use crate::canvas::{self, BoardState, Selection};
use crate::document::{self, Document};
use crate::history::History;
use crate::i18n::{Lang, Texts};
use crate::model::GuideStep;
use crate::scene::PreparedBoard;
use crate::storage::{Found, Recovery};
use crate::ui::{self, Action, FileDialogs, NativeDialogs, PathDialog};

pub use autosave::Autosave;

const LANG_KEY: &str = "uitzicht.lang";
const RETENTION_KEY: &str = "uitzicht.retention_months";
const PANELS_KEY: &str = "uitzicht.panels_open";
/// The name of the app's data folder.
pub const APP_ID: &str = "uitzicht";

/// A case file as it was opened: the document and what reading it mended, or why not.
type Opened = Result<(Document, Vec<crate::storage::Repair>), crate::storage::StorageError>;
/// How writing a case file went.
type Saved = Result<(), crate::storage::StorageError>;
/// A recovery copy read for restoring: which, with what passphrase, and what it held.
type Restored = (
    Found,
    Option<crate::storage::SecretString>,
    Result<crate::storage::Loaded, crate::storage::StorageError>,
);

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
    /// A help window that is open.
    pub help: Option<ui::Help>,
    /// Asking on which day the follow-up meeting is held.
    pub follow_up_date: Option<crate::model::Date>,
    /// Start-up time and memory, read out when the environment asks (see the module).
    startup: crate::platform::startup::StartupReport,
    /// A protected case being saved beside the UI, with what it wrote and how it went.
    saving: Option<Work<(crate::document::PendingSave, Saved)>>,
    /// A protected file being opened beside the UI.
    opening: Option<Work<(PathBuf, Opened)>>,
    /// The save that runs was asked for by protecting or unprotecting the case.
    protecting: bool,
    /// The window was asked to close while a save ran: it closes once the save is done.
    close_after_save: bool,
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
    /// The guide on the left and the form panel on the right are shown (not folded away).
    pub guide_open: bool,
    pub side_open: bool,
    projector_view: BoardState,
    /// The projector shows the board whatever the step.
    pub board_pinned: bool,
    /// The projector in its high-contrast style.
    pub high_contrast: bool,
    /// Boards laid out for projector screens.
    projector_boards: projector::ProjectorBoards,
    /// The page of the step view on the projector, and the view it belongs to.
    pub projector_pages: ui::Pages,
    projector_pages_of: Option<ui::ProjectorView>,
    /// Whether the shown meeting may be changed, as at the start of this frame.
    editable_now: bool,
    /// Counts the actions applied, to know when the prepared board is stale.
    revision: u64,
    /// How many times the case was changed in this session.
    changes: u64,
    /// The status bar's message as last seen, with the changes, meeting and step it was said
    /// at: it goes once any of them moves on ("Opgeslagen" after a new edit is stale).
    info_said_at: (Option<String>, u64, usize, Option<GuideStep>),
    autosave: Autosave,
    /// Recovery copies found on start, offered to restore.
    pub recoverable: Vec<Found>,
    /// The recovery copy being compared with its file, as read when asked.
    comparing: Option<ui::Comparison>,
    /// A protected recovery copy being decrypted (and written again) beside the UI.
    restoring: Option<Work<Restored>>,
    /// In a page: the case as it is being saved into its file, until the browser is done.
    saving_in_place: Option<crate::model::Case>,
    prepared: Option<((u64, usize, Lang), PreparedBoard)>,
    native: Box<dyn FileDialogs>,
    allow_close: bool,
    shown_title: String,
    /// The system asks the app to end (logout, shutdown).
    session_end: crate::platform::SessionEnd,
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
        if let Some((guide, side)) = cc.storage.and_then(|s| eframe::get_value(s, PANELS_KEY)) {
            (app.guide_open, app.side_open) = (guide, side);
        }
        let ctx = cc.egui_ctx.clone();
        app.session_end = crate::platform::SessionEnd::listen(move || ctx.request_repaint());
        match crate::platform::files::data_folder(APP_ID) {
            Some(folder) => app.with_recovery(Recovery::new(folder.join("recovery"))),
            // A page keeps its copies in the browser.
            None if !crate::platform::page::HAS_PATHS => {
                app.recoverable = crate::storage::PageCopies::leftovers();
                app.autosave = Autosave::in_page();
                app
            }
            None => app,
        }
    }

    /// Keeps recovery copies in `recovery`, and offers the ones that sessions no longer
    /// running left there.
    pub fn with_recovery(mut self, recovery: Recovery) -> Self {
        self.recoverable = recovery.leftovers();
        self.autosave = Autosave::new(Some(recovery));
        self
    }

    /// The app with the given file pickers; tests pass [`ui::NoDialogs`].
    pub fn with_dialogs(
        ctx: &egui::Context,
        path: Option<&Path>,
        lang: Lang,
        native: Box<dyn FileDialogs>,
    ) -> Self {
        crate::theme::install(ctx);
        let mut app = Self {
            doc: Document::new_case(document::today()),
            lang,
            meeting: 0,
            path_dialog: None,
            passphrase_dialog: None,
            recovery_passphrase: String::new(),
            retention_months: crate::retention::DEFAULT_MONTHS,
            retention_dismissed: false,
            follow_up_date: None,
            startup: crate::platform::startup::StartupReport::default(),
            help: None,
            saving: None,
            opening: None,
            protecting: false,
            close_after_save: false,
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
            projector_pages: ui::Pages::default(),
            projector_pages_of: None,
            side_tab: SideTab::Form,
            guide_open: true,
            side_open: true,
            unlocked_meeting: None,
            board_pinned: false,
            high_contrast: false,
            projector_boards: projector::ProjectorBoards::default(),
            editable_now: false,
            revision: 0,
            changes: 0,
            info_said_at: (None, 0, 0, None),
            prepared: None,
            autosave: Autosave::new(None),
            saving_in_place: None,
            recoverable: Vec::new(),
            comparing: None,
            restoring: None,
            native,
            allow_close: false,
            shown_title: String::new(),
            session_end: crate::platform::SessionEnd::default(),
        };
        if let Some(path) = path {
            app.open_path(path);
        }
        app
    }

    fn t(&self) -> &'static Texts {
        self.lang.texts()
    }

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

    /// Marks the case changed: unsaved, and due for a recovery copy.
    fn mark_changed(&mut self) {
        self.changes += 1;
        self.doc.dirty = true;
        self.autosave.changed(Instant::now());
    }

    /// Clears the status bar's message once the case, the meeting or the step has moved on
    /// from when it was said.
    fn keep_info_current(&mut self) {
        let step = self
            .doc
            .case
            .meetings
            .get(self.meeting)
            .map(|m| m.guide.current);
        let now = (self.changes, self.meeting, step);
        let (said, changes, meeting, at_step) = &self.info_said_at;
        if self.info != *said {
            self.info_said_at = (self.info.clone(), now.0, now.1, now.2);
        } else if self.info.is_some() && (*changes, *meeting, *at_step) != now {
            self.info = None;
            self.info_said_at = (None, now.0, now.1, now.2);
        }
    }

    /// A protected case is being saved, or opened, beside the UI.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some() || self.opening.is_some() || self.restoring.is_some()
    }

    /// Writes the recovery copy when it is due. Returns when to look again.
    pub fn autosave_at(&mut self, now: Instant) -> Option<Duration> {
        let tick = self.autosave.tick(now, &self.doc);
        // A failed copy is said once; the next change tries again.
        self.tell(tick.failed.map_or(Ok(()), Err));
        tick.again
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

    /// The file's lock is looked at beside the UI: a session whose lock was taken over
    /// turns read-only within seconds, its edits kept, and says so.
    fn watch_lock(&mut self, ctx: &egui::Context) {
        if let Some(lock) = &mut self.doc.lock {
            let ctx = ctx.clone();
            lock.watch(move || ctx.request_repaint());
        }
        if let (Some(holder), Some(path)) = (self.doc.notice_lost_lock(), self.doc.path.clone()) {
            let lost = crate::storage::StorageError::LockLost { path, holder };
            self.error = Some(lost.message(self.t()));
        }
    }

    /// No dialog asks for an answer: the keyboard and drops go to the case.
    fn no_dialog(&self) -> bool {
        self.path_dialog.is_none()
            && self.confirm.is_none()
            && self.passphrase_dialog.is_none()
            && self.follow_up_date.is_none()
            && self.help.is_none()
    }

    /// The board in the middle; while presenting, the projector's picture full screen.
    fn board_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let ctx = ui.ctx().clone();
        let t = self.t();
        self.editable_now = self.editable();
        if self.presenting {
            let frame =
                egui::Frame::central_panel(&ctx.global_style()).fill(crate::theme::PAPER.to_egui());
            egui::CentralPanel::default().frame(frame).show(ui, |ui| {
                self.presentation_ui(ui, projector::Screen::Presenting, actions);
            });
            self.presentation_controls_ui(&ctx, projector::Screen::Presenting, actions);
            return;
        }
        let editable = self.editable_now;
        self.refresh_prepared();
        let selected_before = self.board.selection;
        egui::CentralPanel::default().show(ui, |ui| {
            match (self.doc.case.meetings.get(self.meeting), &self.prepared) {
                (Some(meeting), Some((_, prepared))) => {
                    let intents =
                        canvas::board_ui(ui, prepared, meeting, t, &mut self.board, editable);
                    actions.extend(intents.into_iter().map(Action::from));
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
    }
}

/// The widest texture the app asks for; see `raw_input_hook`.
const MAX_TEXTURE_SIDE: usize = 4096;

impl eframe::App for UitzichtApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.startup.on_frame(&ctx);
        if self.session_end.asked() && !self.allow_close {
            self.end_session(&ctx);
            return;
        }
        let mut actions = Vec::new();

        let saving = self.saving_busy();
        if saving | self.opening_busy() | self.restoring_busy() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            // A save still running is waited for: closing now could cut it off.
            if saving {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.close_after_save = true;
            } else if self.doc.dirty {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.confirm = Some(Leave::Quit);
            }
        }
        if !saving && std::mem::take(&mut self.close_after_save) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.watch_lock(&ctx);
        if self.no_dialog() {
            actions.extend(self.keys(&ctx));
        }
        if let Some(file) = dropped_file(&ctx)
            && let Some(path) = crate::platform::page::dropped(&ctx, &file)
        {
            actions.push(Action::OpenPath(path));
        }
        self.take_arrived(&ctx);
        crate::platform::page::guard_unsaved(self.doc.dirty);
        if !self.presenting {
            self.chrome_ui(ui, &mut actions);
        }
        self.board_ui(ui, &mut actions);
        if self.projector {
            self.projector_ui(&ctx, &mut actions);
        }
        // A modal in the window's very first pass leaves eframe's window deaf to input and
        // redrawing without end (a protected file or a recovery copy on the command line):
        // dialogs appear from the second pass on, a moment later.
        if ctx.cumulative_pass_nr() > 0 {
            self.dialogs_ui(&ctx, &mut actions);
        } else {
            ctx.request_repaint();
        }

        for action in actions {
            self.apply(&ctx, action);
        }
        self.keep_info_current();

        if let Some(again) = self.autosave_at(Instant::now()) {
            ctx.request_repaint_after(again);
        }
        let title = self.window_title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        // The glyph atlas is as wide as the largest texture the driver allows: 16384 pixels
        // under Mesa's software renderer, held by the app and the driver alike. 4096 holds
        // every glyph the board, the forms and the projector use (measured: 4.4 MB less
        // resident memory with the example, benches/floor.sh).
        raw_input.max_texture_side = raw_input
            .max_texture_side
            .map(|side| side.min(MAX_TEXTURE_SIDE));
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // The window went without a frame to see the request (the display closed first).
        if self.session_end.asked() && !self.allow_close {
            self.keep_unsaved_work();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, LANG_KEY, &self.lang);
        eframe::set_value(storage, RETENTION_KEY, &self.retention_months);
        eframe::set_value(storage, PANELS_KEY, &(self.guide_open, self.side_open));
    }
}

/// A job that runs beside the UI: its result once it is done (and the slot empty), `None`
/// while it still runs (and stays in its slot) or when there is none.
fn finished<T>(slot: &mut Option<Work<T>>) -> Option<Result<T, Interrupted>> {
    match slot.take() {
        Some(job) if !job.is_finished() => {
            *slot = Some(job);
            None
        }
        Some(job) => Some(job.join()),
        None => None,
    }
}

fn dropped_file(ctx: &egui::Context) -> Option<egui::DroppedFileHandle> {
    ctx.input(|i| i.raw.dropped_files.first().cloned())
}

/// The time of day on this machine, for the meeting clock.
fn now() -> crate::model::Time {
    jiff::ZonedDateTime::now().time()
}

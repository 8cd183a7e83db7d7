//! The eframe glue: one open case, the panels around its board, and the one place where
//! the user's actions are applied.
//!
//! The app's state is the case with the chair's place in it, and these parts beside it:
//! - `chrome.rs`: the [`Panels`] and the [`Retention`] reminder, with the menu bar, banners,
//!   status bar and side panels that draw them.
//! - `dialogs.rs`: the [`Dialogs`] that ask the chair something.
//! - `projector.rs`: the [`Presentation`]: presenting, the projector window, its pages.
//! - `status.rs`: the [`Status`] bar's error and message.
//! - `autosave.rs`: the [`RecoveryCopies`]: when a copy is due, which are offered.
//! - `work.rs`: the work beside the UI (a protected case saved or opened) and what waits
//!   for it.
//! - `caseload.rs`: the [`Caseload`]: the chair's folder of cases read beside the UI.
//! - `window.rs`: the window's life: start-up report, title, file pickers, closing.
//!
//! And what acts on them: `apply.rs` applies every [`Action`] with its undo step;
//! `files.rs` opens, saves, exports and leaves a case; `page.rs` does the same in a web
//! page, where files have names and bytes, not paths; `keys.rs` reads the keyboard through
//! [`crate::ui::Command`].

mod apply;
mod autosave;
mod caseload;
mod chrome;
mod dialogs;
mod files;
mod keys;
mod page;
mod projector;
mod status;
mod window;
mod work;

use std::path::{Path, PathBuf};
use std::time::Duration;

use web_time::Instant;

use crate::canvas::{self, BoardState, Selection};
use crate::document::{self, Document};
use crate::history::History;
use crate::i18n::{Lang, Texts};
use crate::model::GuideStep;
use crate::scene::PreparedBoard;
use crate::storage::Recovery;
use crate::ui::{Action, FileDialogs, NativeDialogs};

pub use autosave::{Autosave, RecoveryCopies};
pub use caseload::Caseload;
pub use chrome::{Panels, Retention, SideTab};
pub use dialogs::Dialogs;
pub use projector::Presentation;
pub use status::Status;

const LANG_KEY: &str = "uitzicht.lang";
const RETENTION_KEY: &str = "uitzicht.retention_months";
const PANELS_KEY: &str = "uitzicht.panels_open";
/// The name of the app's data folder.
pub const APP_ID: &str = "uitzicht";

/// Something that replaces or closes the open case, and so must first ask about
/// unsaved changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Leave {
    New,
    /// Open a file; `None` asks which.
    Open(Option<PathBuf>),
    Quit,
}

/// The running app: the open case and the chair's place in it, then the parts of the
/// window around it.
pub struct UitzichtApp {
    pub doc: Document,
    pub history: History,
    pub lang: Lang,
    /// Index of the meeting shown.
    pub meeting: usize,
    /// An earlier meeting the user chose to change after all; earlier ones are read-only.
    pub unlocked_meeting: Option<usize>,
    /// The chair's board: zoom, selection, what is being edited or dragged.
    pub board: BoardState,
    /// The board as laid out for the chair's window, and what it was laid out from.
    shown: Shown,
    pub panels: Panels,
    pub dialogs: Dialogs,
    pub presentation: Presentation,
    pub status: Status,
    pub recovery: RecoveryCopies,
    pub retention: Retention,
    pub caseload: Caseload,
    work: work::WorkBeside,
    window: window::AppWindow,
}

/// What the chair's window shows of the case, laid out again only when it changed.
#[derive(Default)]
struct Shown {
    /// Whether the shown meeting may be changed, as at the start of this frame.
    editable_now: bool,
    /// Counts the actions applied, to know when the prepared board is stale.
    revision: u64,
    /// How many times the case was changed in this session.
    changes: u64,
    /// The laid-out board, with the revision, meeting and language it was laid out for.
    prepared: Option<((u64, usize, Lang), PreparedBoard)>,
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
            app.retention.months = months;
        }
        if let Some(storage) = cc.storage {
            app.caseload = Caseload::remembered(storage);
        }
        if let Some((guide, side)) = cc.storage.and_then(|s| eframe::get_value(s, PANELS_KEY)) {
            (app.panels.guide_open, app.panels.side_open) = (guide, side);
        }
        let ctx = cc.egui_ctx.clone();
        app.window.session_end = crate::platform::SessionEnd::listen(move || ctx.request_repaint());
        match crate::platform::files::data_folder(APP_ID) {
            Some(folder) => app.with_recovery(Recovery::new(folder.join("recovery"))),
            // A page keeps its copies in the browser.
            None if !crate::platform::page::HAS_PATHS => {
                app.recovery.offered = crate::storage::PageCopies::leftovers();
                app.recovery.autosave = Autosave::in_page();
                app
            }
            None => app,
        }
    }

    /// Keeps recovery copies in `recovery`, and offers the ones that sessions no longer
    /// running left there.
    pub fn with_recovery(mut self, recovery: Recovery) -> Self {
        self.recovery.offered = recovery.leftovers();
        self.recovery.autosave = Autosave::new(Some(recovery));
        self
    }

    /// The app with the given file pickers; tests pass [`ui::NoDialogs`].
    pub fn with_dialogs(
        ctx: &egui::Context,
        path: Option<&Path>,
        lang: Lang,
        pickers: Box<dyn FileDialogs>,
    ) -> Self {
        crate::theme::install(ctx);
        let mut app = Self {
            doc: Document::new_case(document::today()),
            history: History::default(),
            lang,
            meeting: 0,
            unlocked_meeting: None,
            board: BoardState::default(),
            shown: Shown::default(),
            panels: Panels::default(),
            dialogs: Dialogs::default(),
            presentation: Presentation::default(),
            status: Status::default(),
            recovery: RecoveryCopies::default(),
            retention: Retention::default(),
            caseload: Caseload::default(),
            work: work::WorkBeside::default(),
            window: window::AppWindow::new(pickers),
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

    /// The date of the shown meeting, for file names (ISO: they sort by it).
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
        self.shown.changes += 1;
        self.doc.dirty = true;
        self.recovery.autosave.changed(Instant::now());
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
        self.status
            .keep_current((self.shown.changes, self.meeting, step));
    }

    /// A protected case is being saved, or opened, beside the UI.
    pub fn is_saving(&self) -> bool {
        self.work.busy()
    }

    /// A preparation sheet is being read beside the UI.
    pub fn is_reading_sheet(&self) -> bool {
        self.work.reading_sheet.is_some()
    }

    /// Writes the recovery copy when it is due. Returns when to look again.
    pub fn autosave_at(&mut self, now: Instant) -> Option<Duration> {
        let tick = self.recovery.autosave.tick(now, &self.doc);
        // A failed copy is said once; the next change tries again.
        self.tell(tick.failed.map_or(Ok(()), Err));
        tick.again
    }

    /// Lays the board out again when the case, the meeting or the language changed since.
    fn refresh_prepared(&mut self) {
        let key = (self.shown.revision, self.meeting, self.lang);
        if self.shown.prepared.as_ref().is_some_and(|(k, _)| *k == key) {
            return;
        }
        self.shown.prepared = self
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
            let lost = crate::storage::StorageError::LockLost {
                path,
                holder: Box::new(holder),
            };
            self.status.error = Some(lost.message(self.t()));
        }
    }

    /// The board in the middle; while presenting, the projector's picture full screen.
    fn board_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let ctx = ui.ctx().clone();
        let t = self.t();
        self.shown.editable_now = self.editable();
        if self.presentation.presenting {
            let frame =
                egui::Frame::central_panel(&ctx.global_style()).fill(crate::theme::PAPER.to_egui());
            egui::CentralPanel::default().frame(frame).show(ui, |ui| {
                self.presentation_ui(ui, projector::Screen::Presenting, actions);
            });
            self.presentation_controls_ui(&ctx, projector::Screen::Presenting, actions);
            return;
        }
        if self.caseload.open {
            egui::CentralPanel::default().show(ui, |ui| {
                let asked =
                    crate::ui::caseload_ui(ui, t, &mut self.caseload.view, document::today());
                actions.extend(asked.into_iter().map(Action::Caseload));
            });
            return;
        }
        let editable = self.shown.editable_now;
        self.refresh_prepared();
        let selected_before = self.board.selection;
        egui::CentralPanel::default().show(ui, |ui| {
            crate::ui::landmark(ui, egui::accesskit::Role::Main, t.landmark_board);
            match (
                self.doc.case.meetings.get(self.meeting),
                &self.shown.prepared,
            ) {
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
            self.panels.side_tab = SideTab::Board;
        }
    }
}

impl eframe::App for UitzichtApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.window.startup.on_frame(&ctx);
        crate::platform::page::speak(self.t().language_tag);
        if self.window.ending() {
            self.end_session(&ctx);
            return;
        }
        let mut actions = Vec::new();

        let saving = self.saving_busy();
        if saving | self.opening_busy() | self.restoring_busy() | self.reading_busy() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.window.allow_close {
            // A save still running is waited for: closing now could cut it off.
            if saving {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.work.close_after_save = true;
            } else if self.doc.dirty {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.dialogs.confirm = Some(Leave::Quit);
            }
        }
        if !saving && std::mem::take(&mut self.work.close_after_save) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.watch_lock(&ctx);
        if self.dialogs.none_asking() {
            actions.extend(self.keys(&ctx));
        }
        if let Some(file) = dropped_file(&ctx)
            && let Some(path) = crate::platform::page::dropped(&ctx, &file)
        {
            actions.push(Action::OpenPath(path));
        }
        self.take_arrived(&ctx);
        self.caseload.take_arrived();
        crate::platform::page::guard_unsaved(self.doc.dirty);
        if !self.presentation.presenting {
            self.chrome_ui(ui, &mut actions);
        }
        self.board_ui(ui, &mut actions);
        if self.presentation.window_open {
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
        if title != self.window.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window.shown_title = title;
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // The window went without a frame to see the request (the display closed first).
        if self.window.ending() {
            self.keep_unsaved_work();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, LANG_KEY, &self.lang);
        eframe::set_value(storage, RETENTION_KEY, &self.retention.months);
        self.caseload.remember(storage);
        eframe::set_value(
            storage,
            PANELS_KEY,
            &(self.panels.guide_open, self.panels.side_open),
        );
    }
}

fn dropped_file(ctx: &egui::Context) -> Option<egui::DroppedFileHandle> {
    ctx.input(|i| i.raw.dropped_files.first().cloned())
}

/// The time of day on this machine, for the meeting clock.
fn now() -> crate::model::Time {
    crate::platform::zone::now().time()
}

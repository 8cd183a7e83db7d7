//! Every user action applied to the app and its case, in one place, with its undo step.

use super::{Leave, SideTab, UitzichtApp, now};
use crate::canvas::{BoardState, Selection};
use crate::i18n::fill;
use crate::model::{BoardEdit, Created, GuideStep, Meeting, clock};
use crate::ui::{self, Action, Command, ExportKind, PathDialog, PathPurpose, ZOOM_STEP};

impl UitzichtApp {
    /// Applies one action. Every change to the open case or the app goes through here.
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        // Any action may change what the board shows; it is laid out again next frame.
        self.shown.revision += 1;
        match action {
            Action::Command(command) => self.run(ctx, command),
            Action::SubmitPassphrase => self.submit_passphrase(),
            Action::DismissRetention => self.retention.dismissed = true,
            Action::SetRetention(months) => {
                self.retention.months = months.min(crate::retention::MAX_MONTHS);
                self.retention.dismissed = false;
            }
            Action::CancelPassphrase => self.dialogs.passphrase = None,
            Action::ExportTo {
                kind,
                path,
                png_width,
                pseudonymise,
            } => {
                if self.export(ctx, kind, &path, png_width, pseudonymise) {
                    self.dialogs.path = None;
                }
            }
            Action::AskPreparationSheet(_)
            | Action::AskReadPreparation
            | Action::ReadPreparation(_) => self.apply_preparation(ctx, action),
            Action::StopReadingSheet => {
                if let Some(reading) = &self.work.reading_sheet {
                    reading.progress.stop();
                }
            }
            Action::OpenExport => self.open_export(),
            Action::OpenPath(path) => {
                self.dialogs.path = None;
                self.leave(ctx, Leave::Open(Some(path)));
            }
            Action::SaveToPath(path) => {
                if self.save_to(&path) {
                    self.dialogs.path = None;
                    if let Some(leave) = self.work.after_save.take() {
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
                    self.panels.side_tab = self.tab_for_step();
                }
            }
            Action::SetLang(lang) => self.lang = lang,
            Action::ConfirmSave => self.confirm_save(ctx),
            Action::ConfirmDiscard => {
                if let Some(leave) = self.dialogs.confirm.take() {
                    self.do_leave(ctx, leave);
                }
            }
            Action::ConfirmCancel => self.dialogs.confirm = None,
            Action::CloseDialog => {
                self.dialogs.path = None;
                self.work.after_save = None;
            }
            Action::DismissError => self.status.error = None,
            Action::Caseload(asked) => self.apply_caseload(ctx, asked),
            Action::Board(edit) => self.edit_board(edit),
            Action::BeginGesture => self.history.begin_gesture(&self.doc.case),
            Action::EndGesture => self.history.end_gesture(&self.doc.case),
            Action::MakeFollowUp(date) => {
                self.dialogs.follow_up_date = None;
                self.add_follow_up(date);
            }
            Action::CancelFollowUp => self.dialogs.follow_up_date = None,
            Action::ShowHelp(help) => self.dialogs.help = Some(help),
            Action::CloseHelp => self.dialogs.help = None,
            Action::UnlockMeeting => self.unlocked_meeting = Some(self.meeting),
            Action::ReplaceCase(mut case) => {
                // Pasted control characters never reach the case (nor the Word copy).
                case.clean_texts();
                if self.editable() && *case != self.doc.case {
                    // Typing in one field is one step: the key is the field that has focus.
                    let key = ctx.memory(|m| m.focused()).map(|id| id.value());
                    let before = std::mem::replace(&mut self.doc.case, *case);
                    if self.undone_past_limits(&before) {
                        return;
                    }
                    self.sync_goals(&before);
                    self.history.record_typing(before, key);
                    self.mark_changed();
                }
            }
            Action::GoToStep(step) => self.go_to_step(ctx, step),
            Action::TickPoint(key, ticked) => self.edit_meeting(|meeting| {
                if ticked {
                    meeting.guide.ticked.insert(key.to_owned());
                } else {
                    meeting.guide.ticked.remove(key);
                }
            }),
            Action::StartClock => {
                let today = crate::document::today();
                self.edit_meeting(|meeting| clock::start(meeting, today, now()));
            }
            Action::RestartClock => {
                self.edit_meeting(|meeting| clock::restart_from_now(meeting, now()));
            }
            Action::Restore(_)
            | Action::CompareRecovery(_)
            | Action::DiscardRecovery(_)
            | Action::ForgetPageCopies
            | Action::RecoverLater => self.apply_recovery(&action),
            Action::TakeOverLock => {
                if let Err(error) = self.doc.take_over() {
                    self.status.error = Some(error.message(self.t()));
                }
            }
        }
    }

    /// Opens the file the last export wrote in the desktop's own viewer.
    fn open_export(&mut self) {
        if let Some(path) = self.status.export_offered().map(std::path::Path::to_owned)
            && let Err(error) = crate::platform::files::show_in_viewer(&path)
        {
            self.status.error = Some(fill(
                self.t().err_open_export,
                &[("path", &path.display()), ("reason", &error)],
            ));
        }
    }

    /// What the chair does with recovery copies found on start.
    fn apply_recovery(&mut self, action: &Action) {
        match action {
            Action::Restore(index) => self.restore(*index),
            &Action::CompareRecovery(index) => {
                self.dialogs.comparing = self
                    .recovery
                    .offered
                    .get(index)
                    .map(|found| ui::Comparison::of(index, found, self.t()));
            }
            Action::DiscardRecovery(index) => self.discard_recovery(*index),
            Action::RecoverLater => {
                self.recovery.offered.clear();
                self.dialogs.comparing = None;
            }
            Action::ForgetPageCopies => {
                crate::platform::page::drop_all_copies();
                self.recovery.offered.clear();
                self.dialogs.comparing = None;
                self.status.info = Some(self.t().page_copies_forgotten.to_owned());
            }
            _ => {}
        }
    }

    /// "Save your changes?" answered yes: save, then go on with what was asked.
    fn confirm_save(&mut self, ctx: &egui::Context) {
        if let Some(leave) = self.dialogs.confirm.take() {
            if self.doc.path.is_some() || crate::platform::page::can_save_in_place() {
                if self.save() {
                    self.do_leave(ctx, leave);
                } else if self.work.saving_in_place.is_some() {
                    // A page saving into a file goes on once the browser is done.
                    self.work.after_save = Some(leave);
                }
            } else {
                self.work.after_save = Some(leave);
                self.dialogs.path = Some(PathDialog::new(PathPurpose::SaveAs, None));
            }
        }
    }

    /// A recovery copy found on start is not wanted: it goes.
    fn discard_recovery(&mut self, index: usize) {
        if index < self.recovery.offered.len() {
            let found = self.recovery.offered.remove(index);
            let removed = self.recovery.autosave.remove_copy(&found.copy);
            self.tell(removed);
        }
        self.dialogs.comparing = None;
    }

    /// Runs one command, from a menu, a button or a key.
    pub(super) fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.leave(ctx, Leave::New),
            Command::Open => self.leave(ctx, Leave::Open(None)),
            Command::Save => self.save_soon(),
            Command::SaveAs => {
                self.dialogs.path =
                    Some(PathDialog::new(PathPurpose::SaveAs, self.doc.path.clone()));
            }
            Command::ExportSheet => self.ask_export(ExportKind::Sheet),
            Command::ExportReport => self.ask_export(ExportKind::Report),
            Command::ExportPng => self.ask_export(ExportKind::Png),
            Command::ExportDocx => self.ask_export(ExportKind::Docx),
            Command::CopyText => self.copy_report_text(ctx),
            Command::Quit => self.leave(ctx, Leave::Quit),
            Command::Protect => {
                self.dialogs.passphrase =
                    Some(ui::PassphraseDialog::new(ui::PassphrasePurpose::Protect));
            }
            Command::Unprotect => {
                self.dialogs.passphrase =
                    Some(ui::PassphraseDialog::new(ui::PassphrasePurpose::Unprotect));
            }
            Command::Undo => {
                if self.history.undo(&mut self.doc.case) {
                    self.after_history_step();
                }
            }
            Command::Redo => {
                if self.history.redo(&mut self.doc.case) {
                    self.after_history_step();
                }
            }
            Command::Present => self.set_presenting(ctx, !self.presentation.presenting),
            Command::LeavePresentation => self.set_presenting(ctx, false),
            Command::PinBoard => {
                let shown = (self.doc.case.id.clone(), self.meeting);
                // A pin left from another meeting counts as none: F6 pins this one.
                self.presentation.unpin_unless_in(&shown);
                let pinned = self.presentation.board_pinned;
                self.presentation.pin(!pinned, shown);
            }
            Command::Projector
            | Command::NextPage
            | Command::PreviousPage
            | Command::HighContrast => self.presentation.apply(command),
            Command::ZoomIn => self.board.zoom_by(ZOOM_STEP),
            Command::ZoomOut => self.board.zoom_by(1.0 / ZOOM_STEP),
            Command::ZoomFit => self.board.fit(),
            Command::NextStep | Command::PreviousStep => {
                let current = self
                    .doc
                    .case
                    .meetings
                    .get(self.meeting)
                    .map(|m| m.guide.current);
                let step = if command == Command::NextStep {
                    current.and_then(|s| s.next())
                } else {
                    current.and_then(|s| s.previous())
                };
                if let Some(step) = step {
                    self.go_to_step(ctx, step);
                }
            }
            Command::FollowUp => {
                if !self.doc.is_read_only() {
                    // The day agreed at the close of the last meeting, where there was one.
                    let planned = self.doc.case.planned_next().map(|next| next.date);
                    self.dialogs.follow_up_date =
                        Some(planned.unwrap_or_else(crate::document::today));
                }
            }
            Command::QuickEntry(number) => {
                self.panels.side_open = true;
                self.quick_entry(number);
            }
            Command::Manual => self.dialogs.help = Some(ui::Help::Manual),
            Command::About => self.dialogs.help = Some(ui::Help::About),
            Command::ToggleGuide => self.panels.guide_open = !self.panels.guide_open,
            Command::ToggleSidePanel => self.panels.side_open = !self.panels.side_open,
        }
    }

    pub(super) fn set_presenting(&mut self, ctx: &egui::Context, presenting: bool) {
        if self.presentation.presenting != presenting {
            self.presentation.presenting = presenting;
            crate::platform::window::set_fullscreen(ctx, presenting);
            self.board.fit();
        }
    }

    pub(super) fn go_to_step(&mut self, ctx: &egui::Context, step: GuideStep) {
        let before = self
            .doc
            .case
            .meetings
            .get(self.meeting)
            .map(|m| m.guide.current);
        // On a laptop the analysis needs the board's room: the guide folds away for it (its
        // strip keeps the step buttons) and comes back after.
        let narrow = ctx.content_rect().width() < crate::theme::ROOMY_WIDTH;
        if before != Some(step) && self.editable() && narrow {
            if step == GuideStep::Analysis {
                self.panels.guide_open = false;
            } else if before == Some(GuideStep::Analysis) {
                self.panels.guide_open = true;
            }
        }
        self.edit_meeting(|meeting| {
            if meeting.guide.current != step {
                meeting.guide.current = step;
                meeting.guide.step_started = Some(now());
            }
        });
        self.panels.side_tab = self.tab_for_step();
    }

    /// The keyboard to the quick entry of the circle with this number on the board.
    pub(super) fn quick_entry(&mut self, number: u8) {
        let Some(meeting) = self.doc.case.meetings.get(self.meeting) else {
            return;
        };
        let circles = &meeting.board.circles;
        if let Some(index) =
            (0..circles.len()).find(|&i| ui::circle_number(circles, i) == Some(number))
        {
            self.panels.side_tab = SideTab::Board;
            self.board.focus_quick = Some(circles[index].id);
        }
    }

    /// Starts the next meeting from the last one, as one undoable step, and shows it.
    pub(super) fn add_follow_up(&mut self, date: crate::model::Date) {
        if self.doc.is_read_only() {
            return;
        }
        let before = self.doc.case.clone();
        let index = self.doc.case.add_follow_up(date);
        if self.undone_past_limits(&before) {
            return;
        }
        self.history.record(before);
        self.mark_changed();
        self.meeting = index;
        self.unlocked_meeting = None;
        self.board = BoardState::default();
        self.panels.side_tab = SideTab::Form;
        if let Some(meeting) = self.doc.case.meetings.get(index) {
            self.status.info = Some(fill(
                self.t().follow_up_made,
                &[
                    ("number", &(index + 1)),
                    ("date", &crate::names::date_long(meeting.date, self.t())),
                ],
            ));
        }
    }

    /// Applies a board edit to the shown meeting as one undoable step.
    pub(super) fn edit_board(&mut self, edit: BoardEdit) {
        if !self.editable() {
            return;
        }
        let before = self.doc.case.clone();
        let Some(meeting) = self.doc.case.meetings.get_mut(self.meeting) else {
            return;
        };
        let full = meeting.board.full_for(&edit);
        let applied = meeting.board.apply(edit);
        if let (None, Some((list, limit))) = (applied, full) {
            let over = crate::model::OverLimit {
                list,
                meeting: Some(self.meeting),
                limit,
            };
            self.say_full(&over);
            return;
        }
        if let Some(created) = applied {
            if self.undone_past_limits(&before) {
                return;
            }
            self.sync_goals(&before);
            self.history.record(before);
            self.mark_changed();
            match created {
                Created::Arrow(id) => {
                    self.board.selection = Selection::Arrow(id);
                    self.board.note_wanted = true;
                }
                Created::Circle(id) => self.board.selection = Selection::Circle(id),
                Created::Item(_) | Created::Nothing => {}
            }
        }
    }

    /// A goal and its ↑ item say the same: whichever changed, the other follows.
    fn sync_goals(&mut self, before: &crate::model::Case) {
        if let (Some(meeting), Some(then)) = (
            self.doc.case.meetings.get_mut(self.meeting),
            before.meetings.get(self.meeting),
        ) {
            meeting.sync_goals_with_board(then);
        }
    }

    /// Changes the shown meeting as one undoable step, if it changes anything.
    /// The preparation sheets: ask where to write one, which to read, and read it.
    fn apply_preparation(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::AskPreparationSheet(whom) => self.ask_export(ExportKind::Preparation(whom)),
            Action::AskReadPreparation if !crate::platform::page::HAS_PATHS => {
                self.pick_in_page(ctx, crate::platform::page::Wanted::Preparation);
            }
            Action::AskReadPreparation => {
                let folder = self
                    .doc
                    .path
                    .as_ref()
                    .and_then(|p| p.parent())
                    .map(|f| f.join(""));
                self.dialogs.path = Some(PathDialog::new(PathPurpose::ReadPreparation, folder));
            }
            Action::ReadPreparation(path) if self.read_preparation(&path) => {
                self.dialogs.path = None;
            }
            _ => {}
        }
    }

    pub(super) fn edit_meeting(&mut self, change: impl FnOnce(&mut Meeting)) {
        if !self.editable() {
            return;
        }
        let before = self.doc.case.clone();
        if let Some(meeting) = self.doc.case.meetings.get_mut(self.meeting) {
            change(meeting);
        }
        if self.doc.case != before && !self.undone_past_limits(&before) {
            self.history.record(before);
            self.mark_changed();
        }
    }

    /// After undo or redo: the case changed under the view; drop what no longer exists.
    pub(super) fn after_history_step(&mut self) {
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

    /// A change that took a list of the case past what a case file may hold is undone, and
    /// said where it stopped: what is in memory can always be saved and read back. True
    /// when it was undone.
    pub(super) fn undone_past_limits(&mut self, before: &crate::model::Case) -> bool {
        let Some(over) = self.doc.case.over_limit() else {
            return false;
        };
        self.doc.case = before.clone();
        self.say_full(&over);
        true
    }

    /// "Nothing more fits here: the circle ‘School’ already holds the most a case can keep."
    fn say_full(&mut self, over: &crate::model::OverLimit) {
        let t = self.t();
        let what = crate::storage::over_limit_text(over, t);
        self.status.error = Some(fill(t.limit_full, &[("what", &what)]));
    }
}

//! The projector: presentation mode in the chair's window and the second window show the
//! same thing — the view of the chair's step, or the board when it is pinned or the step
//! is the analysis — never in type smaller than the legibility floor of that screen.

use super::{SideTab, UitzichtApp};
use crate::canvas::{self, BoardState, Selection};
use crate::i18n::Lang;
use crate::layout::LayoutOptions;
use crate::scene::PreparedBoard;
use crate::theme;
use crate::ui::{self, Action, Command, ProjectorView};

/// Presenting in the chair's window and the projector window: what they show and how.
#[derive(Default)]
pub struct Presentation {
    /// The board full screen in the chair's window, chrome hidden.
    pub presenting: bool,
    /// The second window, with only the projector's picture, is open.
    pub window_open: bool,
    /// The projector window's own zoom and selection.
    pub(super) window_board: BoardState,
    /// The projector shows the board whatever the step…
    pub board_pinned: bool,
    /// …in the meeting of the case it was pinned in (the case's identity, the meeting's
    /// place): the next meeting starts with its own start view.
    pinned_in: Option<(String, usize)>,
    /// The projector in its high-contrast style.
    pub high_contrast: bool,
    /// Boards laid out for projector screens.
    pub(super) boards: ProjectorBoards,
    /// The page of the step view on the projector…
    pub pages: ui::Pages,
    /// …and the view it belongs to.
    pub(super) pages_of: Option<ProjectorView>,
}

impl Presentation {
    /// The commands that change only what the projector shows and how.
    pub(super) fn apply(&mut self, command: Command) {
        match command {
            Command::Projector => self.window_open = !self.window_open,
            Command::NextPage => self.pages.next(),
            Command::PreviousPage => self.pages.previous(),
            Command::HighContrast => self.high_contrast = !self.high_contrast,
            _ => {}
        }
    }

    /// Pins the board, or no longer, for the meeting `shown` (the case's identity and the
    /// meeting's place).
    pub(super) fn pin(&mut self, pinned: bool, shown: (String, usize)) {
        self.board_pinned = pinned;
        self.pinned_in = pinned.then_some(shown);
    }

    /// Pinning is for the meeting it was set in: another meeting or case unpins.
    pub(super) fn unpin_unless_in(&mut self, shown: &(String, usize)) {
        if self.board_pinned && self.pinned_in.as_ref() != Some(shown) {
            self.pin(false, shown.clone());
        }
    }

    /// The step view's pages start anew when the view changes (another step, the board
    /// pinned).
    fn turn_to(&mut self, view: ProjectorView) {
        if self.pages_of != Some(view) {
            self.pages = ui::Pages::default();
            self.pages_of = Some(view);
        }
    }
}

/// What a board laid out for a projector depends on.
type BoardKey = (u64, usize, Lang, i32, bool);

/// A board laid out for one projector screen, and what it shows only in part, set whole for
/// the pages after it.
pub(super) struct ProjectorBoard {
    prepared: PreparedBoard,
    rest: Vec<ui::projector_views::Block>,
}

/// Boards laid out for projector screens: one per screen size in use (the chair's window
/// presenting and the projector window may differ), kept until something changes.
#[derive(Default)]
pub struct ProjectorBoards {
    boards: Vec<(BoardKey, ProjectorBoard)>,
}

impl ProjectorBoards {
    /// How many screen sizes are kept at once.
    const KEEP: usize = 2;

    fn get(&mut self, key: BoardKey, make: impl FnOnce() -> ProjectorBoard) -> &ProjectorBoard {
        let index = match self.boards.iter().position(|(k, _)| *k == key) {
            Some(index) => index,
            None => {
                if self.boards.len() >= Self::KEEP {
                    self.boards.remove(0);
                }
                self.boards.push((key, make()));
                self.boards.len() - 1
            }
        };
        &self.boards[index].1
    }
}

/// Which screen the picture is for: the two keep their own zoom and selection.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Screen {
    /// The chair's window, full screen.
    Presenting,
    /// The second window, on the projector.
    ProjectorWindow,
}

impl UitzichtApp {
    /// The projector's picture in `ui`; the board stays editable by touch while presenting
    /// in the chair's window.
    pub(super) fn presentation_ui(
        &mut self,
        ui: &mut egui::Ui,
        screen: Screen,
        actions: &mut Vec<Action>,
    ) {
        let t = self.t();
        let Some(meeting) = self.doc.case.meetings.get(self.meeting) else {
            ui.centered_and_justified(|ui| ui.heading(t.no_meetings));
            return;
        };
        let size = ui.available_size();
        // The floor follows the screen, not the panel inside it.
        let floor = ui::floor_points(ui.ctx().content_rect().height());
        self.presentation
            .unpin_unless_in(&(self.doc.case.id.clone(), self.meeting));
        let view = ProjectorView::for_step(meeting.guide.current, self.presentation.board_pinned);
        self.presentation.turn_to(view);
        if view != ProjectorView::Board {
            let style = (floor, self.presentation.high_contrast);
            ui::step_view_ui(ui, t, meeting, view, style, &mut self.presentation.pages);
            return;
        }
        let floor_mm = ui::floor_mm(size, floor);
        let key = (
            self.shown.revision,
            self.meeting,
            self.lang,
            (floor_mm * 10.0).round() as i32,
            self.presentation.high_contrast,
        );
        let high_contrast = self.presentation.high_contrast;
        let board = self.presentation.boards.get(key, || {
            let prepared = PreparedBoard::with(
                meeting,
                t,
                LayoutOptions::projector(floor_mm),
                high_contrast,
            );
            // What the board shows only in part follows on pages of its own, whole.
            let rest = ui::projector_views::board_rest(t, meeting, &prepared.layout);
            ProjectorBoard { prepared, rest }
        });
        let style = (floor, high_contrast);
        let pages = &mut self.presentation.pages;
        let text = ui::TextPages::set(ui, t, &board.rest, style, (pages, 1));
        if !text.shows_before(pages) {
            text.ui(ui, t, pages);
            return;
        }
        let (state, editable) = match screen {
            Screen::Presenting => (&mut self.board, self.shown.editable_now),
            Screen::ProjectorWindow => (&mut self.presentation.window_board, false),
        };
        let selected_before = state.selection;
        let intents = canvas::board_ui(ui, &board.prepared, meeting, t, state, editable);
        actions.extend(intents.into_iter().map(Action::from));
        text.ui(ui, t, pages);
        canvas::open_circle_ui(ui.ctx(), meeting, t, state, floor);
        if screen == Screen::Presenting
            && state.selection != selected_before
            && state.selection != Selection::None
        {
            self.panels.side_tab = SideTab::Board;
        }
    }

    /// The buttons over the projector's picture, in type at the floor and big enough to
    /// touch: pin the board, high contrast, and (in the chair's window) stop presenting.
    pub(super) fn presentation_controls_ui(
        &self,
        ctx: &egui::Context,
        screen: Screen,
        actions: &mut Vec<Action>,
    ) {
        let t = self.t();
        let floor = ui::floor_points(ctx.content_rect().height());
        egui::Area::new(egui::Id::unique((
            "presentation_controls",
            screen == Screen::Presenting,
        )))
        .anchor(
            egui::Align2::RIGHT_BOTTOM,
            egui::vec2(-theme::GAP, -theme::GAP),
        )
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                let mut commands = vec![
                    (Command::PinBoard, Some(self.presentation.board_pinned)),
                    (Command::HighContrast, Some(self.presentation.high_contrast)),
                ];
                if screen == Screen::Presenting {
                    commands.push((Command::LeavePresentation, None));
                }
                for (command, on) in commands {
                    let text = egui::RichText::new(command.text(t)).size(floor);
                    let button = egui::Button::new(text).selected(on.unwrap_or(false));
                    if ui.add(button).on_hover_text(command.tooltip(t)).clicked() {
                        actions.push(Action::Command(command));
                    }
                }
            });
        });
    }

    /// The second window: the projector's picture, on its own screen.
    pub(super) fn projector_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let t = self.t();
        let builder = egui::ViewportBuilder::default()
            .with_title(t.projector_title)
            .with_inner_size(theme::PROJECTOR_SIZE);
        let mut inner = Vec::new();
        let closed = ctx.show_viewport_immediate(
            egui::ViewportId::from_hash_of("projector"),
            builder,
            |ui, _class| {
                let frame = egui::Frame::central_panel(&ui.ctx().global_style())
                    .fill(theme::PAPER.to_egui());
                egui::CentralPanel::default().frame(frame).show(ui, |ui| {
                    self.presentation_ui(ui, Screen::ProjectorWindow, &mut inner);
                });
                self.presentation_controls_ui(ui.ctx(), Screen::ProjectorWindow, &mut inner);
                ui.ctx().input(|i| i.viewport().close_requested())
            },
        );
        actions.extend(inner);
        if closed {
            actions.push(Action::Command(Command::Projector));
        }
    }
}

//! The board drawn and edited with egui: the shared [`layout`](crate::layout) mapped from
//! board millimetres to the screen each frame, with a widget per circle, item and arrow so
//! that mouse, touch, keyboard and screen readers all reach them.

mod arrows;
mod circles;
mod items;
mod paint;
mod state;

use egui::emath::RectTransform;
use egui::{Pos2, Rect, Sense, Vec2, WidgetInfo};

pub use state::{BoardState, QuickEntry, Selection};

use arrows::{arrow_hint, arrows_ui, selection_outline};
use circles::circle_ui;
#[cfg(test)]
use items::drop_target;
use items::item_ui;

use crate::i18n::Texts;
use crate::layout::{BOARD_HEIGHT_MM, BOARD_WIDTH_MM, RectMm};
use crate::model::{BoardEdit, Meeting, PosMm};
use crate::scene::PreparedBoard;

/// How many of a circle's folded items stay widgets (see `board_ui`).
const FOLDED_REACHABLE: usize = 100;

/// What a gesture on the board asks for; the app applies it as an action.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Change the board.
    Edit(BoardEdit),
    /// A drag begins or ends: its edits undo as one step.
    BeginGesture,
    EndGesture,
}

/// Maps board millimetres to screen points and back.
#[derive(Clone, Copy, Debug)]
pub struct BoardView {
    pub screen_from_board: RectTransform,
}

impl BoardView {
    /// The board as large as fits in `screen`, centred, keeping its proportions; then
    /// zoomed around the centre and moved by `pan`.
    pub fn zoomed(screen: Rect, zoom: f32, pan: Vec2) -> Self {
        let board = Rect::from_min_size(Pos2::ZERO, Vec2::new(BOARD_WIDTH_MM, BOARD_HEIGHT_MM));
        let scale = (screen.width() / BOARD_WIDTH_MM).min(screen.height() / BOARD_HEIGHT_MM) * zoom;
        let placed = Rect::from_center_size(screen.center() + pan, board.size() * scale);
        Self {
            screen_from_board: RectTransform::from_to(board, placed),
        }
    }

    /// Screen points per board millimetre.
    pub fn points_per_mm(&self) -> f32 {
        self.screen_from_board.scale().x
    }

    pub fn pos(&self, pos_in_board: PosMm) -> Pos2 {
        self.screen_from_board
            .transform_pos(Pos2::new(pos_in_board.x, pos_in_board.y))
    }

    pub fn board_pos(&self, pos_on_screen: Pos2) -> PosMm {
        let p = self
            .screen_from_board
            .inverse()
            .transform_pos(pos_on_screen);
        PosMm::new(p.x, p.y)
    }

    pub fn rect(&self, rect_in_board: RectMm) -> Rect {
        Rect::from_min_max(self.pos(rect_in_board.min), self.pos(rect_in_board.max))
    }
}

/// Draws the board of `meeting` into the available space and handles its gestures. When
/// `editable` is false (an older meeting, a file from a newer version) it only shows.
pub fn board_ui(
    ui: &mut egui::Ui,
    prepared: &PreparedBoard,
    meeting: &Meeting,
    t: &Texts,
    state: &mut BoardState,
    editable: bool,
) -> Vec<Intent> {
    let mut actions = Vec::new();
    let layout = &prepared.layout;
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    navigate(ui, &response, state);
    // No room to draw in (panels wider than the window): nothing to draw or to touch.
    if response.rect.width() < 1.0 || response.rect.height() < 1.0 {
        return actions;
    }
    let view = BoardView::zoomed(response.rect, state.zoom, state.pan);
    let painter = painter.with_clip_rect(response.rect);
    paint::scene(&painter, &view, &prepared.scene);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Canvas, true, t.board));
    if response.clicked() {
        state.selection = Selection::None;
        state.arrow_from = None;
    }

    for (index, text_box) in [&layout.questions, &layout.agreements]
        .into_iter()
        .enumerate()
    {
        let node = ui.interact(
            view.rect(text_box.rect),
            response.id.with(("box", index)),
            Sense::hover(),
        );
        node.widget_info(|| WidgetInfo::labeled(egui::Role::Group, true, &text_box.title.text));
    }

    for circle in &layout.circles {
        circle_ui(ui, &response, &view, circle, state, editable, &mut actions);
        // "+N meer" opens the circle with every item.
        if let Some(note) = &circle.overflow_note {
            let width = crate::fonts::FontMetrics::shipped().width_em(&note.text, note.weight)
                * note.size_mm;
            let rect = RectMm::new(
                note.top_left.x,
                note.top_left.y,
                note.top_left.x + width,
                note.top_left.y + crate::layout::text::line_height(note.size_mm),
            );
            let node = ui.interact(
                view.rect(rect),
                response.id.with(("more", circle.id)),
                Sense::click(),
            );
            node.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, &note.text));
            if node.clicked() {
                state.open_circle = Some(circle.id);
            }
        }
    }
    for circle in &layout.circles {
        let Some(model) = meeting.board.circle(circle.id) else {
            continue;
        };
        // A screen reader hears the items as the circle's list.
        let mut in_circle = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(ui.max_rect())
                .accessibility_parent(circle_id(&response, circle.id)),
        );
        let items: std::collections::HashMap<_, _> =
            model.items.iter().map(|item| (item.id, item)).collect();
        // The layout lists the items it placed in the board's order (on a projector, those
        // it shows of each kind): each is paired with its item by identity.
        for (index, placed) in circle.items.iter().enumerate() {
            let Some(item) = items.get(&placed.id).copied() else {
                continue;
            };
            let visible = index < circle.fits;
            // A folded item stays reachable by keyboard and screen reader, up to a number no
            // real board reaches: each one is a widget every frame, and a circle of a
            // thousand would make every frame pay for all of them. The fold note opens the
            // circle whole.
            let in_hand = state.selection == Selection::Item(item.id)
                || state.dragging == Some(item.id)
                || state.editing.as_ref().is_some_and(|(id, _)| *id == item.id);
            if !visible && index >= circle.fits + FOLDED_REACHABLE && !in_hand {
                continue;
            }
            item_ui(
                &mut in_circle,
                &response,
                &view,
                layout,
                (item, placed, visible),
                t,
                state,
                editable,
                &mut actions,
            );
        }
    }
    arrows_ui(ui, &response, &view, layout, meeting, t, state);
    selection_outline(&painter, &view, layout, state);
    if state.drawing_arrow {
        arrow_hint(
            &painter,
            &view,
            layout,
            state,
            ui.ctx().pointer_latest_pos(),
        );
    }
    actions
}

/// The widget of a circle on the board.
fn circle_id(board: &egui::Response, circle: crate::model::CircleId) -> egui::Id {
    board.id.with(("circle", circle))
}

/// Zoom with the wheel (Ctrl), a pinch or Ctrl +/−; pan with the wheel or by dragging the
/// background.
fn navigate(ui: &egui::Ui, response: &egui::Response, state: &mut BoardState) {
    let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta()));
    if response.hovered() {
        if zoom != 1.0 {
            let before = state.zoom;
            state.zoom_by(zoom);
            // Keep the point under the finger or pointer where it is.
            if let Some(pointer) = response.hover_pos() {
                let from_center = pointer - response.rect.center() - state.pan;
                state.pan -= from_center * (state.zoom / before - 1.0);
            }
        }
        state.pan += scroll;
    }
    if response.dragged() && state.dragging.is_none() {
        state.pan += response.drag_delta();
    }
}

/// A crowded circle opened from its "+N meer": every item, in the board's order, in type
/// of `size` points, until it is closed.
pub fn open_circle_ui(
    ctx: &egui::Context,
    meeting: &Meeting,
    t: &Texts,
    state: &mut BoardState,
    size: f32,
) {
    let Some(id) = state.open_circle else {
        return;
    };
    let Some(circle) = meeting.board.circle(id) else {
        state.open_circle = None;
        return;
    };
    let modal = egui::Modal::new(egui::Id::unique("open_circle")).show(ctx, |ui| {
        ui.set_max_width(ctx.content_rect().width() * 0.8);
        ui.label(
            egui::RichText::new(crate::names::circle_title(&circle.kind, t))
                .size(size * crate::theme::PROJECTOR_HEADING_SCALE)
                .strong(),
        );
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.7)
            .show(ui, |ui| {
                for item in circle.in_board_order() {
                    let star = if item.top_three { " ★" } else { "" };
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(format!(
                                "{} {}{star}",
                                item.kind.symbol(),
                                item.text
                            ))
                            .size(size),
                        )
                        .wrap(),
                    );
                }
            });
        ui.button(egui::RichText::new(t.close).size(size)).clicked()
    });
    if modal.inner || modal.should_close() {
        state.open_circle = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::NL;
    use crate::model::ItemKind;

    #[test]
    fn a_dropped_item_lands_in_the_circle_and_place_under_the_pointer() {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 11, 30));
        let school = meeting.board.circles[1].id;
        let home = meeting.board.circles[2].id;
        for text in ["een", "twee", "drie"] {
            meeting.board.add_item(school, ItemKind::GoingWell, text);
        }
        let layout = crate::layout::board_layout(&meeting, &NL);
        let items = &layout.circles[1].items;
        // Just above the middle of the second item: before it.
        let second = items[1].bounds;
        let above_middle = PosMm::new(second.min.x + 5.0, second.min.y + 0.5);
        assert_eq!(drop_target(&layout, above_middle), Some((school, 1)));
        // Below the last item: at the end.
        let below = PosMm::new(second.min.x + 5.0, items[2].bounds.max.y + 2.0);
        assert_eq!(drop_target(&layout, below), Some((school, 3)));
        // In the home circle, which is empty.
        assert_eq!(
            drop_target(&layout, layout.circles[2].center),
            Some((home, 0))
        );
        // Between the circles: nowhere.
        assert_eq!(drop_target(&layout, PosMm::new(200.0, 230.0)), None);
    }
}

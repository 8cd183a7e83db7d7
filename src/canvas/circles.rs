//! A circle on the canvas: dragged, moved and resized by keyboard, its size handle.

use super::{BoardState, BoardView, Intent, Selection};
use crate::layout::CircleLayout;
use crate::model::{BoardEdit, PosMm};
use crate::theme;
use egui::{Key, Modifiers, Rect, Sense, Stroke, Vec2, WidgetInfo};

pub(super) fn circle_ui(
    ui: &egui::Ui,
    board: &egui::Response,
    view: &BoardView,
    circle: &CircleLayout,
    state: &mut BoardState,
    editable: bool,
    actions: &mut Vec<Intent>,
) {
    let scale = view.points_per_mm();
    let center = view.pos(circle.center);
    let radius = circle.radius_mm * scale;
    let movable = editable && !state.locked;
    let sense = if movable {
        Sense::click_and_drag()
    } else {
        Sense::click()
    };
    let rect = Rect::from_center_size(center, Vec2::splat(2.0 * radius));
    let node = ui.interact(rect, super::circle_id(board, circle.id), sense);
    // A circle is the list of its items (which name it as their parent).
    node.widget_info(|| WidgetInfo::labeled(egui::Role::List, true, &circle.title));

    if node.gained_focus() {
        state.selection = Selection::Circle(circle.id);
    }
    if node.has_focus() && editable {
        if movable {
            keep_arrow_keys(ui, node.id);
        }
        keyboard_on_circle(ui, circle, movable, state, actions);
    }
    if node.clicked() {
        if state.drawing_arrow && editable {
            match state.arrow_from {
                Some(from) if from != circle.id => {
                    actions.push(Intent::Edit(BoardEdit::AddArrow {
                        from,
                        to: circle.id,
                        spiral: crate::model::Spiral::Unknown,
                        note: String::new(),
                    }));
                    state.arrow_from = None;
                    state.drawing_arrow = false;
                }
                _ => state.arrow_from = Some(circle.id),
            }
        } else {
            state.selection = Selection::Circle(circle.id);
        }
    }
    if movable {
        if node.drag_started() {
            state.selection = Selection::Circle(circle.id);
            actions.push(Intent::BeginGesture);
        }
        if node.dragged() {
            let delta = node.drag_delta() / scale;
            actions.push(Intent::Edit(BoardEdit::MoveCircle {
                circle: circle.id,
                center: PosMm::new(circle.center.x + delta.x, circle.center.y + delta.y),
            }));
        }
        if node.drag_stopped() {
            actions.push(Intent::EndGesture);
        }
        if state.selection == Selection::Circle(circle.id) {
            resize_handle_ui(ui, board, view, circle, actions);
        }
    }
}

/// The focused widget uses the arrow keys itself, so egui must not move the focus with them.
pub(super) fn keep_arrow_keys(ui: &egui::Ui, id: egui::Id) {
    let filter = egui::EventFilter {
        horizontal_arrows: true,
        vertical_arrows: true,
        ..Default::default()
    };
    ui.memory_mut(|memory| memory.set_focus_lock_filter(id, filter));
}

/// With the keyboard: the arrow keys move an unlocked circle (Shift: further), + and −
/// resize it, Delete removes a circle of the participants' own.
pub(super) fn keyboard_on_circle(
    ui: &egui::Ui,
    circle: &CircleLayout,
    movable: bool,
    state: &mut BoardState,
    actions: &mut Vec<Intent>,
) {
    ui.input_mut(|input| {
        if matches!(circle.kind, crate::model::CircleKind::Custom(_))
            && input.consume_key(Modifiers::NONE, Key::Delete)
        {
            actions.push(Intent::Edit(BoardEdit::RemoveCircle { circle: circle.id }));
            state.selection = Selection::None;
            return;
        }
        if !movable {
            return;
        }
        let step = if input.modifiers.shift { 10.0 } else { 2.0 };
        let moves = [
            (Key::ArrowLeft, -step, 0.0),
            (Key::ArrowRight, step, 0.0),
            (Key::ArrowUp, 0.0, -step),
            (Key::ArrowDown, 0.0, step),
        ];
        for (key, dx, dy) in moves {
            if input.key_pressed(key) {
                actions.push(Intent::Edit(BoardEdit::MoveCircle {
                    circle: circle.id,
                    center: PosMm::new(circle.center.x + dx, circle.center.y + dy),
                }));
            }
        }
        for (key, by) in [(Key::Plus, 2.0), (Key::Equals, 2.0), (Key::Minus, -2.0)] {
            if input.consume_key(Modifiers::NONE, key) {
                actions.push(Intent::Edit(BoardEdit::ResizeCircle {
                    circle: circle.id,
                    radius_mm: circle.set_radius_mm + by,
                }));
            }
        }
    });
}

/// A handle on the right edge of a selected, unlocked circle: drag to resize.
pub(super) fn resize_handle_ui(
    ui: &egui::Ui,
    board: &egui::Response,
    view: &BoardView,
    circle: &CircleLayout,
    actions: &mut Vec<Intent>,
) {
    let scale = view.points_per_mm();
    let at = view.pos(PosMm::new(
        circle.center.x + circle.radius_mm,
        circle.center.y,
    ));
    // Large enough for a finger on a digibord.
    let rect = Rect::from_center_size(at, Vec2::splat(28.0));
    let handle = ui.interact(rect, board.id.with(("resize", circle.id)), Sense::drag());
    ui.painter().rect(
        rect.shrink(6.0),
        2.0,
        theme::PAPER.to_egui(),
        Stroke::new(2.0, theme::INK.to_egui()),
        egui::StrokeKind::Middle,
    );
    if handle.drag_started() {
        actions.push(Intent::BeginGesture);
    }
    if handle.dragged() {
        actions.push(Intent::Edit(BoardEdit::ResizeCircle {
            circle: circle.id,
            radius_mm: circle.set_radius_mm + handle.drag_delta().x / scale,
        }));
    }
    if handle.drag_stopped() {
        actions.push(Intent::EndGesture);
    }
}

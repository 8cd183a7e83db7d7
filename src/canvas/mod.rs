//! The board drawn and edited with egui: the shared [`layout`](crate::layout) mapped from
//! board millimetres to the screen each frame, with a widget per circle, item and arrow so
//! that mouse, touch, keyboard and screen readers all reach them.

mod paint;
mod state;

use egui::emath::RectTransform;
use egui::{Key, Modifiers, Pos2, Rect, Sense, Stroke, Vec2, WidgetInfo};

pub use state::{BoardState, QuickEntry, Selection};

use crate::i18n::{Texts, fill};
use crate::layout::ItemLayout;
use crate::layout::{BOARD_HEIGHT_MM, BOARD_WIDTH_MM, BoardLayout, CircleLayout, RectMm};
use crate::model::{BoardEdit, CircleId, Item, ItemId, Meeting, PosMm};
use crate::names::{kind_name, spiral_name};
use crate::scene::PreparedBoard;

/// What a gesture on the board asks for; the app applies it as an action.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Change the board.
    Edit(BoardEdit),
    /// A drag begins or ends: its edits undo as one step.
    BeginGesture,
    EndGesture,
}
use crate::theme;

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
    }
    for circle in &layout.circles {
        let Some(model) = meeting.board.circle(circle.id) else {
            continue;
        };
        // The layout lists a circle's items in the model's order.
        for (index, (item, placed)) in model.items.iter().zip(&circle.items).enumerate() {
            let visible = index < circle.fits;
            item_ui(
                ui,
                &response,
                &view,
                layout,
                circle,
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

fn circle_ui(
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
    let node = ui.interact(rect, board.id.with(("circle", circle.id)), sense);
    node.widget_info(|| WidgetInfo::labeled(egui::Role::Group, true, &circle.title));

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
fn keep_arrow_keys(ui: &egui::Ui, id: egui::Id) {
    let filter = egui::EventFilter {
        horizontal_arrows: true,
        vertical_arrows: true,
        ..Default::default()
    };
    ui.memory_mut(|memory| memory.set_focus_lock_filter(id, filter));
}

/// With the keyboard: the arrow keys move an unlocked circle (Shift: further), + and −
/// resize it, Delete removes a circle of the participants' own.
fn keyboard_on_circle(
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
                    radius_mm: circle.radius_mm + by,
                }));
            }
        }
    });
}

/// A handle on the right edge of a selected, unlocked circle: drag to resize.
fn resize_handle_ui(
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
            radius_mm: circle.radius_mm + handle.drag_delta().x / scale,
        }));
    }
    if handle.drag_stopped() {
        actions.push(Intent::EndGesture);
    }
}

#[expect(clippy::too_many_arguments)]
fn item_ui(
    ui: &mut egui::Ui,
    board: &egui::Response,
    view: &BoardView,
    layout: &BoardLayout,
    circle: &CircleLayout,
    (item, placed, visible): (&Item, &ItemLayout, bool),
    t: &Texts,
    state: &mut BoardState,
    editable: bool,
    actions: &mut Vec<Intent>,
) {
    let id = item.id;
    let rect = if visible {
        view.rect(placed.bounds)
    } else {
        Rect::NOTHING
    };
    let sense = if editable {
        Sense::click_and_drag()
    } else {
        Sense::click()
    };
    let node = ui.interact(rect, board.id.with(("item", id)), sense);
    // Built only when asked for: a screen reader or a drag needs it, a plain frame does not.
    let name = || {
        fill(
            t.item_name,
            &[("kind", &kind_name(item.kind, t)), ("text", &item.text)],
        )
    };
    node.widget_info(|| {
        let mut info = WidgetInfo::labeled(egui::Role::ListItem, true, name());
        info.selected = Some(state.selection == Selection::Item(id));
        info
    });

    if state
        .editing
        .as_ref()
        .is_some_and(|(editing, _)| *editing == id)
    {
        in_place_editor_ui(
            ui,
            rect,
            placed.lines.first().map_or(5.0, |l| l.size_mm) * view.points_per_mm(),
            id,
            t,
            state,
            actions,
        );
        return;
    }
    if node.clicked() || node.gained_focus() {
        state.selection = Selection::Item(id);
    }
    if !editable {
        return;
    }
    if node.double_clicked() {
        state.editing = Some((id, item.text.clone()));
    }
    if node.has_focus() {
        // Plain arrows walk from item to item; with Alt held they move the item instead.
        if ui.input(|i| i.modifiers.alt) {
            keep_arrow_keys(ui, node.id);
        }
        keyboard_on_item(ui, circle, id, &item.text, state, actions);
    }
    if node.drag_started() {
        state.dragging = Some(id);
        state.selection = Selection::Item(id);
    }
    if state.dragging == Some(id) {
        if let Some(pointer) = ui.ctx().pointer_latest_pos() {
            // The item follows the pointer as a label until it is dropped.
            ui.painter().text(
                pointer + Vec2::new(12.0, 0.0),
                egui::Align2::LEFT_CENTER,
                name(),
                egui::FontId::proportional(18.0),
                theme::INK.to_egui(),
            );
        }
        if node.drag_stopped() {
            state.dragging = None;
            if let Some(pointer) = ui.ctx().pointer_latest_pos()
                && let Some((target, index)) = drop_target(layout, view.board_pos(pointer))
            {
                actions.push(Intent::Edit(BoardEdit::MoveItem {
                    item: id,
                    circle: target,
                    index,
                }));
            }
        }
    }
}

/// Enter edits, Delete removes, Alt+↑/↓ moves the item within its circle.
fn keyboard_on_item(
    ui: &egui::Ui,
    circle: &CircleLayout,
    id: ItemId,
    text: &str,
    state: &mut BoardState,
    actions: &mut Vec<Intent>,
) {
    let index = circle.items.iter().position(|i| i.id == id).unwrap_or(0);
    ui.input_mut(|input| {
        if input.consume_key(Modifiers::NONE, Key::Enter)
            || input.consume_key(Modifiers::NONE, Key::F2)
        {
            state.editing = Some((id, text.to_owned()));
        } else if input.consume_key(Modifiers::NONE, Key::Delete)
            || input.consume_key(Modifiers::NONE, Key::Backspace)
        {
            actions.push(Intent::Edit(BoardEdit::DeleteItem { item: id }));
            state.selection = Selection::None;
        } else if input.consume_key(Modifiers::ALT, Key::ArrowUp) && index > 0 {
            actions.push(Intent::Edit(BoardEdit::MoveItem {
                item: id,
                circle: circle.id,
                index: index - 1,
            }));
        } else if input.consume_key(Modifiers::ALT, Key::ArrowDown) {
            actions.push(Intent::Edit(BoardEdit::MoveItem {
                item: id,
                circle: circle.id,
                index: index + 2,
            }));
        }
    });
}

/// A text field over the item; Enter keeps the text, Escape drops it.
fn in_place_editor_ui(
    ui: &mut egui::Ui,
    rect: Rect,
    font_px: f32,
    id: ItemId,
    t: &Texts,
    state: &mut BoardState,
    actions: &mut Vec<Intent>,
) {
    let Some((_, text)) = state.editing.as_mut() else {
        return;
    };
    let editor = egui::TextEdit::singleline(text)
        .font(egui::FontId::proportional(font_px.max(14.0)))
        .desired_width(rect.width());
    let field_rect = Rect::from_min_size(
        rect.min,
        Vec2::new(rect.width().max(200.0), font_px.max(14.0) * 1.6),
    );
    let response = ui.put(field_rect, editor);
    response.widget_info(|| WidgetInfo::labeled(egui::Role::TextInput, true, t.edit_item));
    if !response.has_focus() && !response.lost_focus() {
        response.request_focus();
    }
    let escaped = ui.input(|i| i.key_pressed(Key::Escape));
    if escaped {
        state.editing = None;
    } else if response.lost_focus()
        && let Some((_, text)) = state.editing.take()
    {
        actions.push(Intent::Edit(BoardEdit::SetItemText { item: id, text }));
    }
}

/// The circle under `pos` and the place in its list where an item dropped there goes.
fn drop_target(layout: &BoardLayout, pos: PosMm) -> Option<(CircleId, usize)> {
    let circle = layout
        .circles
        .iter()
        .rev()
        .find(|c| c.center.distance(pos) <= c.radius_mm)?;
    let index = circle.items[..circle.fits]
        .iter()
        .position(|item| pos.y < (item.bounds.min.y + item.bounds.max.y) / 2.0)
        .unwrap_or(circle.items.len());
    Some((circle.id, index))
}

fn arrows_ui(
    ui: &egui::Ui,
    board: &egui::Response,
    view: &BoardView,
    layout: &BoardLayout,
    meeting: &Meeting,
    t: &Texts,
    state: &mut BoardState,
) {
    for arrow in &layout.arrows {
        let Some(model) = meeting.board.arrows.iter().find(|a| a.id == arrow.id) else {
            continue;
        };
        let title_of = |id| {
            layout
                .circles
                .iter()
                .find(|c| c.id == id)
                .map_or_else(String::new, |c| c.title.clone())
        };
        let name = || {
            fill(
                t.arrow_name,
                &[
                    ("from", &title_of(model.from)),
                    ("to", &title_of(model.to)),
                    ("spiral", &spiral_name(arrow.spiral, t)),
                    ("note", &model.note),
                ],
            )
        };
        // A finger-sized target around the arrow's icon.
        let size = Vec2::splat((2.0 * arrow.icon_radius_mm * view.points_per_mm()).max(28.0));
        let rect = Rect::from_center_size(view.pos(arrow.icon_center), size);
        let node = ui.interact(rect, board.id.with(("arrow", arrow.id)), Sense::click());
        node.widget_info(|| WidgetInfo::labeled(egui::Role::Image, true, name()));
        if node.clicked() || node.gained_focus() {
            state.selection = Selection::Arrow(arrow.id);
        }
    }
}

/// A ring around what is selected.
fn selection_outline(
    painter: &egui::Painter,
    view: &BoardView,
    layout: &BoardLayout,
    state: &BoardState,
) {
    let stroke = Stroke::new(3.0, theme::BLUE.to_egui());
    match state.selection {
        Selection::None => {}
        Selection::Item(id) => {
            if let Some(item) = layout
                .circles
                .iter()
                .flat_map(|c| c.items[..c.fits].iter())
                .find(|i| i.id == id)
            {
                painter.rect_stroke(
                    view.rect(item.bounds).expand(2.0),
                    3.0,
                    stroke,
                    egui::StrokeKind::Outside,
                );
            }
        }
        Selection::Circle(id) => {
            if let Some(circle) = layout.circles.iter().find(|c| c.id == id) {
                painter.circle_stroke(
                    view.pos(circle.center),
                    circle.radius_mm * view.points_per_mm() + 4.0,
                    stroke,
                );
            }
        }
        Selection::Arrow(id) => {
            if let Some(arrow) = layout.arrows.iter().find(|a| a.id == id) {
                painter.circle_stroke(
                    view.pos(arrow.icon_center),
                    arrow.icon_radius_mm * view.points_per_mm() + 4.0,
                    stroke,
                );
            }
        }
    }
}

/// While drawing an arrow: a line from the chosen circle to the pointer.
fn arrow_hint(
    painter: &egui::Painter,
    view: &BoardView,
    layout: &BoardLayout,
    state: &BoardState,
    pointer: Option<Pos2>,
) {
    let from = state
        .arrow_from
        .and_then(|id| layout.circles.iter().find(|c| c.id == id));
    if let (Some(from), Some(pointer)) = (from, pointer) {
        let stroke = Stroke::new(3.0, theme::BLUE.to_egui());
        painter.line_segment([view.pos(from.center), pointer], stroke);
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

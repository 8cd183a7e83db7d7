//! An item on the canvas: picked, dragged to another place or circle, edited in place.

use super::circles::keep_arrow_keys;
use super::{BoardState, BoardView, Intent, Selection};
use crate::i18n::{Texts, fill};
use crate::layout::BoardLayout;
use crate::layout::ItemLayout;
use crate::model::{BoardEdit, CircleId, Item, ItemId, PosMm};
use crate::names::kind_name;
use crate::theme;
use egui::{Key, Modifiers, Rect, Sense, Vec2, WidgetInfo};

#[expect(clippy::too_many_arguments)]
pub(super) fn item_ui(
    ui: &mut egui::Ui,
    board: &egui::Response,
    view: &BoardView,
    layout: &BoardLayout,
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
    let mut node = ui.interact(rect, board.id.with(("item", id)), sense);
    // Who brought it in beforehand, on hover, also once the chair has taken it in.
    let by = item.said_by.as_deref().filter(|by| !by.trim().is_empty());
    if by.is_some() || item.example.is_some() || item.childs_words {
        node = node.on_hover_ui(|ui| {
            if item.childs_words {
                ui.label(t.childs_words);
            }
            if let Some(by) = by {
                ui.label(fill(t.prep_brought_in_by, &[("who", &by)]));
            }
            if let Some(words) = item.own_words() {
                ui.label(fill(t.prep_own_words, &[("words", &words)]));
            }
            if let Some(example) = &item.example {
                ui.label(fill(t.item_example_line, &[("example", example)]));
            }
        });
    }
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
    if node.clicked() {
        // A click gives the item the keyboard too, so Enter edits and Delete removes it.
        node.request_focus();
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
        keyboard_on_item(ui, id, &item.text, state, actions);
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
                // The place is one in the board's order: before the item shown there.
                let before = layout
                    .circles
                    .iter()
                    .find(|c| c.id == target)
                    .and_then(|c| c.items.get(index))
                    .map(|i| i.id);
                actions.push(Intent::Edit(BoardEdit::MoveItemBefore {
                    item: id,
                    circle: target,
                    before,
                }));
            }
        }
    }
}

/// Enter edits, Delete removes, Alt+↑/↓ moves the item within its circle.
pub(super) fn keyboard_on_item(
    ui: &egui::Ui,
    id: ItemId,
    text: &str,
    state: &mut BoardState,
    actions: &mut Vec<Intent>,
) {
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
        } else if input.consume_key(Modifiers::ALT, Key::ArrowUp) {
            actions.push(Intent::Edit(BoardEdit::StepItem { item: id, up: true }));
        } else if input.consume_key(Modifiers::ALT, Key::ArrowDown) {
            actions.push(Intent::Edit(BoardEdit::StepItem {
                item: id,
                up: false,
            }));
        }
    });
}

/// A text field over the item; Enter keeps the text, Escape drops it.
pub(super) fn in_place_editor_ui(
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
        .char_limit(crate::model::limits::MAX_TEXT_CHARS)
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
pub(super) fn drop_target(layout: &BoardLayout, pos: PosMm) -> Option<(CircleId, usize)> {
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

//! The board's side panel: quick entry per circle, what to do with the selection, arrows,
//! circles, zoom, undo. Every board gesture has a button here too, for keyboard and touch.

use super::{Action, Command};
use crate::canvas::{BoardState, Selection};
use crate::i18n::{Texts, fill};
use crate::model::{
    ArrowId, Board, BoardEdit, CircleId, CircleKind, ItemId, ItemKind, Meeting, Spiral,
    kind_from_prefix,
};
use crate::names::{circle_title, kind_name, spiral_name};

/// What the panel needs to know besides the meeting.
pub struct PanelContext {
    pub editable: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    pub presenting: bool,
    pub projector_open: bool,
    pub board_pinned: bool,
    pub high_contrast: bool,
}

pub fn board_panel_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    meeting: &Meeting,
    state: &mut BoardState,
    context: &PanelContext,
) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut command = |ui: &mut egui::Ui, command: Command, enabled: bool| {
        if command.button(ui, t, enabled) {
            actions.push(Action::Command(command));
        }
    };
    ui.horizontal_wrapped(|ui| {
        command(ui, Command::Undo, context.can_undo);
        command(ui, Command::Redo, context.can_redo);
    });
    ui.horizontal_wrapped(|ui| {
        for (toggle, on) in [
            (Command::Present, context.presenting),
            (Command::Projector, context.projector_open),
            (Command::PinBoard, context.board_pinned),
            (Command::HighContrast, context.high_contrast),
        ] {
            if toggle.toggle(ui, t, on) {
                actions.push(Action::Command(toggle));
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        for zoom in [Command::ZoomOut, Command::ZoomFit, Command::ZoomIn] {
            if zoom.button(ui, t, true) {
                actions.push(Action::Command(zoom));
            }
        }
    });
    if !context.editable {
        return actions;
    }
    ui.checkbox(&mut state.locked, t.lock_circles);
    ui.separator();

    selection_ui(ui, t, meeting, state, &mut actions);

    let carried = meeting.board.items().filter(|i| i.carried).count();
    if carried > 0 {
        ui.label(t.carried_hint);
        let keep = fill(t.keep_all_carried, &[("count", &carried)]);
        if ui
            .add_enabled(context.editable, egui::Button::new(keep))
            .clicked()
        {
            actions.push(Action::Board(BoardEdit::ConfirmAllCarried));
        }
        ui.separator();
    }
    prepared_ui(ui, t, meeting, &mut actions);
    ui.heading(t.add_heading);
    for (index, circle) in meeting.board.circles.iter().enumerate() {
        quick_entry_ui(
            ui,
            t,
            (
                circle.id,
                super::circle_number(&meeting.board.circles, index),
            ),
            &circle_title(&circle.kind, t),
            state,
            &mut actions,
        );
        // The home circle: the four sides of parents' support of learning, to look at.
        if circle.kind == CircleKind::Home {
            egui::CollapsingHeader::new(t.lens_title)
                .id_salt("lens")
                .show(ui, |ui| {
                    for line in t.lens_body.lines() {
                        ui.label(line);
                    }
                });
        }
    }
    ui.separator();
    arrow_tools_ui(ui, t, meeting, state, &mut actions);
    ui.separator();
    circle_tools_ui(ui, t, state, &mut actions);
    actions
}

/// The four marker kinds as buttons, the chosen one highlighted; `of` (a circle, or the
/// picked item) tells a screen reader which of the sets of four it is in.
fn kind_buttons_ui(ui: &mut egui::Ui, t: &Texts, current: ItemKind, of: &str) -> Option<ItemKind> {
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        for kind in ItemKind::ALL {
            let text = format!("{} {}", kind.symbol(), kind_name(kind, t));
            let name = fill(t.row_action, &[("action", &text), ("row", &of)]);
            let button = ui.selectable_label(current == kind, text);
            button.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, current == kind, &name)
            });
            if button.clicked() {
                chosen = Some(kind);
            }
        }
    });
    chosen
}

fn quick_entry_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    (circle, number): (CircleId, Option<u8>),
    title: &str,
    state: &mut BoardState,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(title).strong());
        // The first nine circles have a key that jumps here (see the app's shortcuts).
        if let Some(shortcut) =
            number.and_then(|n| Command::QuickEntry(n).shortcuts().first().copied())
        {
            ui.weak(ui.ctx().format_shortcut(&shortcut));
        }
    });
    let entry = state.quick_mut(circle);
    if let Some(kind) = kind_buttons_ui(ui, t, entry.kind, title) {
        entry.kind = kind;
    }
    let label = fill(t.new_in, &[("circle", &title)]);
    let response = ui.add(
        egui::TextEdit::singleline(&mut entry.text)
            .char_limit(crate::model::limits::MAX_TEXT_CHARS)
            .hint_text(t.quick_hint)
            .desired_width(f32::INFINITY),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
    if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        let typed = std::mem::take(&mut entry.text);
        let (kind, text) = kind_from_prefix(&typed).unwrap_or((entry.kind, typed.as_str()));
        if !text.trim().is_empty() {
            actions.push(Action::Board(BoardEdit::AddItem {
                circle,
                kind,
                text: text.to_owned(),
            }));
        }
        // Stay in the field: the next thing said goes in right away.
        response.request_focus();
    }
    if state.focus_quick == Some(circle) {
        state.focus_quick = None;
        response.request_focus();
        response.scroll_to_me(None);
    }
    ui.add_space(crate::theme::SPACE_SMALL);
}

fn selection_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    meeting: &Meeting,
    state: &mut BoardState,
    actions: &mut Vec<Action>,
) {
    let board = &meeting.board;
    match state.selection {
        Selection::None => {}
        Selection::Item(id) => selected_item_ui(ui, t, board, id, state, actions),
        Selection::Circle(id) => selected_circle_ui(ui, t, board, id, state, actions),
        Selection::Arrow(id) => selected_arrow_ui(ui, t, board, id, state, actions),
    }
    if state.selection != Selection::None {
        ui.separator();
    }
}

/// The picked item: its kind, star, order, circle, and removing it.
/// The item's recent example: one or two lines, kept with it, on the laptop and in the
/// report (the A3 board has no room for it).
fn example_ui(ui: &mut egui::Ui, t: &Texts, item: &crate::model::Item, actions: &mut Vec<Action>) {
    let id = ui.make_persistent_id(("example", item.id));
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| item.example.clone().unwrap_or_default());
    let label = ui.label(egui::RichText::new(t.item_example).small());
    let response = ui.add(
        egui::TextEdit::multiline(&mut text)
            .char_limit(crate::model::limits::MAX_TEXT_CHARS)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t.item_example));
    let response = response.labelled_by(label.id);
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    } else {
        // Kept when the field is left: one undo step per example, not per letter.
        if response.lost_focus() && text.trim() != item.example.as_deref().unwrap_or_default() {
            actions.push(Action::Board(BoardEdit::SetItemExample {
                item: item.id,
                example: text,
            }));
        }
        ui.data_mut(|d| d.remove::<String>(id));
    }
}

fn selected_item_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    board: &Board,
    id: ItemId,
    state: &mut BoardState,
    actions: &mut Vec<Action>,
) {
    let (Some(item), Some((circle, _))) = (board.item(id), board.find_item(id)) else {
        return;
    };
    ui.heading(t.selected);
    ui.label(&item.text);
    // Who brought it in beforehand stays with it once the chair has taken it in.
    if let Some(by) = item.said_by.as_deref().filter(|by| !by.trim().is_empty()) {
        ui.weak(fill(t.prep_brought_in_by, &[("who", &by)]));
        if let Some(words) = item.own_words() {
            ui.weak(fill(t.prep_own_words, &[("words", &words)]));
        }
    }
    let mut childs = item.childs_words;
    if ui.checkbox(&mut childs, t.childs_words).changed() {
        actions.push(Action::Board(BoardEdit::SetChildsWords {
            item: item.id,
            childs_words: childs,
        }));
    }
    example_ui(ui, t, item, actions);
    if let Some(kind) = kind_buttons_ui(ui, t, item.kind, t.selected) {
        actions.push(Action::Board(BoardEdit::SetItemKind { item: id, kind }));
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(t.edit).clicked() {
            state.editing = Some((id, item.text.clone()));
        }
        if ui
            .selectable_label(item.top_three, format!("★ {}", t.top_three))
            .clicked()
        {
            actions.push(Action::Board(BoardEdit::SetTopThree {
                item: id,
                top_three: !item.top_three,
            }));
        }
        for (up, label) in [
            (true, format!("▲ {}", t.move_up)),
            (false, format!("▼ {}", t.move_down)),
        ] {
            if ui.button(label).clicked() {
                actions.push(Action::Board(BoardEdit::StepItem { item: id, up }));
            }
        }
        if item.carried && ui.button(t.keep_carried).clicked() {
            actions.push(Action::Board(BoardEdit::ConfirmCarried { item: id }));
        }
        if super::pressed(&ui.button(t.delete)) {
            actions.push(Action::Board(BoardEdit::DeleteItem { item: id }));
            state.selection = Selection::None;
        }
    });
    let current = board
        .circle(circle)
        .map(|c| circle_title(&c.kind, t))
        .unwrap_or_default();
    egui::ComboBox::from_label(t.move_to)
        .selected_text(current)
        .show_ui(ui, |ui| {
            for target in &board.circles {
                if target.id != circle
                    && ui
                        .selectable_label(false, circle_title(&target.kind, t))
                        .clicked()
                {
                    actions.push(Action::Board(BoardEdit::MoveItem {
                        item: id,
                        circle: target.id,
                        index: target.items.len(),
                    }));
                }
            }
        });
}

/// The picked circle: its title (added circles), size, and removing it.
fn selected_circle_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    board: &Board,
    id: CircleId,
    state: &mut BoardState,
    actions: &mut Vec<Action>,
) {
    let Some(circle) = board.circle(id) else {
        return;
    };
    ui.heading(circle_title(&circle.kind, t));
    if let CircleKind::Custom(title) = &circle.kind {
        let buffer = state
            .circle_title
            .get_or_insert_with(|| (id, title.clone()));
        if buffer.0 != id {
            *buffer = (id, title.clone());
        }
        let response = ui.add(
            egui::TextEdit::singleline(&mut buffer.1)
                .char_limit(crate::model::limits::MAX_TEXT_CHARS),
        );
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t.circle_title));
        if response.lost_focus() {
            actions.push(Action::Board(BoardEdit::RenameCircle {
                circle: id,
                title: buffer.1.clone(),
            }));
        }
    }
    let mut radius = circle.radius_mm;
    ui.add_enabled_ui(!state.locked, |ui| {
        let slider = ui.add(
            egui::Slider::new(
                &mut radius,
                crate::model::MIN_RADIUS_MM..=crate::model::MAX_RADIUS_MM,
            )
            .text(t.circle_size)
            .suffix(" mm"),
        );
        if slider.drag_started() {
            actions.push(Action::BeginGesture);
        }
        if slider.changed() {
            actions.push(Action::Board(BoardEdit::ResizeCircle {
                circle: id,
                radius_mm: radius,
            }));
        }
        if slider.drag_stopped() {
            actions.push(Action::EndGesture);
        }
    });
    if matches!(circle.kind, CircleKind::Custom(_)) && super::pressed(&ui.button(t.delete)) {
        actions.push(Action::Board(BoardEdit::RemoveCircle { circle: id }));
        state.selection = Selection::None;
    }
}

/// The picked arrow: its spiral, its note, and removing it.
fn selected_arrow_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    board: &Board,
    id: ArrowId,
    state: &mut BoardState,
    actions: &mut Vec<Action>,
) {
    let Some(arrow) = board.arrows.iter().find(|a| a.id == id) else {
        return;
    };
    ui.heading(t.arrow);
    // A spiral picked and a note left in the same click are one change, not two that undo
    // each other.
    let mut spiral = arrow.spiral;
    let mut changed = false;
    for choice in Spiral::ALL {
        let text = format!("{} {}", choice.symbol(), spiral_name(choice, t));
        if ui.radio(arrow.spiral == choice, text).clicked() {
            spiral = choice;
            changed = true;
        }
    }
    let buffer = state
        .arrow_note
        .get_or_insert_with(|| (id, arrow.note.clone()));
    if buffer.0 != id {
        *buffer = (id, arrow.note.clone());
    }
    // The note wraps in the panel's width (it is read on the board in a few lines); Enter
    // keeps it, Shift+Enter starts a new line.
    let response = ui.add(
        egui::TextEdit::multiline(&mut buffer.1)
            .char_limit(crate::model::limits::MAX_TEXT_CHARS)
            .hint_text(t.arrow_note_hint)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .return_key(egui::KeyboardShortcut::new(
                egui::Modifiers::SHIFT,
                egui::Key::Enter,
            )),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t.arrow_note));
    if std::mem::take(&mut state.note_wanted) {
        // A new arrow: its editor in view, the keyboard in its note.
        response.request_focus();
        response.scroll_to_me(Some(egui::Align::Center));
    }
    let entered =
        response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter) && !i.modifiers.shift);
    if entered {
        response.surrender_focus();
    }
    let note = if response.lost_focus() || entered || changed {
        changed |= buffer.1 != arrow.note;
        buffer.1.clone()
    } else {
        arrow.note.clone()
    };
    if changed {
        actions.push(Action::Board(BoardEdit::SetArrow {
            arrow: id,
            spiral,
            note,
        }));
    }
    if super::pressed(&ui.button(t.delete)) {
        actions.push(Action::Board(BoardEdit::RemoveArrow { arrow: id }));
        state.selection = Selection::None;
    }
}

fn arrow_tools_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    meeting: &Meeting,
    state: &mut BoardState,
    actions: &mut Vec<Action>,
) {
    ui.heading(t.arrows);
    if ui
        .selectable_label(state.drawing_arrow, format!("↗ {}", t.draw_arrow))
        .clicked()
    {
        state.drawing_arrow = !state.drawing_arrow;
        state.arrow_from = None;
    }
    if state.drawing_arrow {
        ui.label(t.draw_arrow_hint);
    }
    // The same without pointing: choose both circles from a list.
    let title = |id: Option<CircleId>| {
        id.and_then(|id| meeting.board.circle(id))
            .map(|c| circle_title(&c.kind, t))
            .unwrap_or_default()
    };
    for (label, slot) in [(t.arrow_from, 0), (t.arrow_to, 1)] {
        let current = if slot == 0 {
            state.new_arrow.0
        } else {
            state.new_arrow.1
        };
        egui::ComboBox::from_label(label)
            .selected_text(title(current))
            .show_ui(ui, |ui| {
                for circle in &meeting.board.circles {
                    if ui
                        .selectable_label(current == Some(circle.id), circle_title(&circle.kind, t))
                        .clicked()
                    {
                        if slot == 0 {
                            state.new_arrow.0 = Some(circle.id);
                        } else {
                            state.new_arrow.1 = Some(circle.id);
                        }
                    }
                }
            });
    }
    if let (Some(from), Some(to)) = state.new_arrow
        && from != to
        && ui.button(t.add_arrow).clicked()
    {
        actions.push(Action::Board(BoardEdit::AddArrow {
            from,
            to,
            spiral: Spiral::Unknown,
            note: String::new(),
        }));
        state.new_arrow = (None, None);
    }
}

fn circle_tools_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    state: &mut BoardState,
    actions: &mut Vec<Action>,
) {
    ui.heading(t.circles);
    ui.horizontal_wrapped(|ui| {
        for suggestion in t.circle_suggestions.split('|') {
            if ui.button(format!("+ {suggestion}")).clicked() {
                actions.push(Action::Board(BoardEdit::AddCircle {
                    title: suggestion.to_owned(),
                }));
            }
        }
    });
    let response = ui.add(
        egui::TextEdit::singleline(&mut state.new_circle)
            .char_limit(crate::model::limits::MAX_TEXT_CHARS)
            .hint_text(t.new_circle),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t.new_circle));
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if (ui.button(t.add_circle).clicked() || entered) && !state.new_circle.trim().is_empty() {
        actions.push(Action::Board(BoardEdit::AddCircle {
            title: std::mem::take(&mut state.new_circle),
        }));
    }
}

/// The first `count` words of `text`, with "…" when there were more: enough to know an
/// item by on a button.
fn first_words(text: &str, count: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= count {
        return words.join(" ");
    }
    format!("{} …", words[..count].join(" "))
}

/// What participants brought in on their preparation sheets, per person, waiting until the
/// chair takes it into the board or leaves it out. Nothing shows when nothing waits.
fn prepared_ui(ui: &mut egui::Ui, t: &Texts, meeting: &Meeting, actions: &mut Vec<Action>) {
    let people = meeting.prepared_by();
    if people.is_empty() {
        return;
    }
    ui.strong(t.prep_waiting);
    for by in people {
        let theirs: Vec<(&CircleKind, &crate::model::Item)> = meeting
            .board
            .circles
            .iter()
            .flat_map(|c| c.items.iter().map(move |i| (&c.kind, i)))
            .filter(|(_, i)| i.prepared && i.said_by.as_deref() == Some(by.as_str()))
            .collect();
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(&by).strong());
            if ui.button(fill(t.prep_take_all, &[("who", &by)])).clicked() {
                let items = theirs.iter().map(|(_, i)| i.id).collect();
                actions.push(Action::Board(BoardEdit::TakeIn { items }));
            }
        });
        for (circle, item) in theirs {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!(
                    "{} {} — {}",
                    item.kind.symbol(),
                    item.text,
                    circle_title(circle, t)
                ));
                if ui.small_button(t.prep_take).clicked() {
                    actions.push(Action::Board(BoardEdit::TakeIn {
                        items: vec![item.id],
                    }));
                }
                if ui.small_button(t.prep_leave_out).clicked() {
                    actions.push(Action::Board(BoardEdit::DeleteItem { item: item.id }));
                }
                if let Some(into) = meeting.board.similar_to(item.id)
                    && let Some(known) = meeting.board.item(into)
                {
                    let label = fill(t.prep_merge, &[("text", &first_words(&known.text, 6))]);
                    if ui.small_button(label).clicked() {
                        actions.push(Action::Board(BoardEdit::MergePrepared {
                            item: item.id,
                            into,
                        }));
                    }
                }
            });
        }
    }
    ui.separator();
}

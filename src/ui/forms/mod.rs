//! The form of each step of the guide, where the meeting's outcome is written down. The
//! forms edit a draft of the case; the app takes the draft as one undoable change.

mod chain;
mod close;
mod goals;
mod start;

pub use chain::{ChainAdds, chain_ui};

use close::{agreements_ui, decisions_ui, evaluation_ui, next_meeting_ui};
use goals::{goals_ui, needs_ui, support_ui};
use start::{case_ui, participants_ui, questions_ui, referral_ui, review_ui, time_box_ui};

use crate::i18n::{Texts, fill};
use crate::model::{Case, Goal, GoalId, GuideStep, Meeting};
use crate::names::step_title;
use crate::theme;

/// What the forms edit: the case's own fields and the meeting shown. The rest of the case
/// is only read, so a frame copies and compares one meeting, however long the case.
#[derive(Clone, Debug, PartialEq)]
pub struct FormDraft {
    pub child: String,
    pub school: String,
    pub group: String,
    pub meeting: Meeting,
}

impl FormDraft {
    /// A draft of meeting `index` of `case`; `None` when there is no such meeting.
    pub fn of(case: &Case, index: usize) -> Option<Self> {
        Some(Self {
            child: case.child.clone(),
            school: case.school.clone(),
            group: case.group.clone(),
            meeting: case.meetings.get(index)?.clone(),
        })
    }

    /// `case` with this draft's edits in meeting `index`, when there are any.
    pub fn edited(self, case: &Case, index: usize) -> Option<Case> {
        let same_case =
            self.child == case.child && self.school == case.school && self.group == case.group;
        if same_case && case.meetings.get(index) == Some(&self.meeting) {
            return None;
        }
        let mut edited = case.clone();
        (edited.child, edited.school, edited.group) = (self.child, self.school, self.group);
        if let Some(meeting) = edited.meetings.get_mut(index) {
            *meeting = self.meeting;
        }
        Some(edited)
    }
}

/// The form of the meeting's current step, editing `draft` of meeting `index` of `case`.
pub fn step_form_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    (case, index): (&Case, usize),
    draft: &mut FormDraft,
) {
    let step = draft.meeting.guide.current;
    ui.heading(step_title(step, t));
    if step == GuideStep::Preparation {
        case_ui(ui, t, draft);
    }
    let tracks = case.goal_tracks(index);
    let dates: Vec<_> = case
        .meetings
        .iter()
        .take(index + 1)
        .map(|m| m.date)
        .collect();
    let meeting = &mut draft.meeting;
    match step {
        GuideStep::Preparation => {
            time_box_ui(ui, t, meeting);
            referral_ui(ui, t, &mut meeting.referral);
            participants_ui(ui, t, &mut meeting.participants);
            start::invite_ui(ui, t, &case.child, &mut meeting.participants);
        }
        GuideStep::Start => {
            time_box_ui(ui, t, meeting);
            ui.separator();
            // A follow-up starts by looking back, so that comes first on the screen.
            if index > 0 {
                let goals = meeting.goals.clone();
                review_ui(ui, t, &mut meeting.agreements, &goals);
                ui.separator();
            }
            participants_ui(ui, t, &mut meeting.participants);
            ui.separator();
            start::appreciation_ui(ui, t, &mut meeting.evaluation.appreciations);
            ui.separator();
            questions_ui(ui, t, &mut meeting.questions);
        }
        GuideStep::Analysis => {
            multiline(ui, t.field_insight, &mut meeting.insight);
        }
        GuideStep::Goals => {
            chain::goals_from_board_ui(ui, t, meeting);
            goals_ui(ui, t, meeting);
            ui.separator();
            chain::chain_ui(ui, t, meeting, &tracks, ChainAdds::Nothing);
            ui.separator();
            super::goal_chart_ui(ui, t, &tracks, &dates);
        }
        GuideStep::Needs => {
            chain::chain_ui(ui, t, meeting, &tracks, ChainAdds::Needs);
            ui.separator();
            let goals = meeting.goals.clone();
            let board = meeting.board.clone();
            needs_ui(ui, t, &mut meeting.needs, (&goals, &board));
        }
        GuideStep::SupportNeeds => {
            chain::chain_ui(ui, t, meeting, &tracks, ChainAdds::Support);
            ui.separator();
            let goals = meeting.goals.clone();
            support_ui(ui, t, &mut meeting.support_needs, &goals);
        }
        GuideStep::Close => {
            multiline(ui, t.field_summary, &mut meeting.summary);
            ui.separator();
            chain::chain_ui(ui, t, meeting, &tracks, ChainAdds::Agreements);
            ui.separator();
            let goals = meeting.goals.clone();
            agreements_ui(ui, t, &mut meeting.agreements, &goals, meeting.date);
            ui.separator();
            decisions_ui(ui, t, meeting);
            next_meeting_ui(ui, t, meeting);
            evaluation_ui(ui, t, meeting);
        }
    }
}

/// A labelled field whose text wraps and shows whole; Shift+Enter starts a new line.
fn field(ui: &mut egui::Ui, label: &str, text: &mut String) {
    ui.horizontal_top(|ui| {
        let label_response = ui.label(label);
        let edit = egui::TextEdit::multiline(text)
            .char_limit(crate::model::limits::MAX_TEXT_CHARS)
            .desired_rows(1)
            .desired_width(f32::INFINITY)
            .return_key(egui::KeyboardShortcut::new(
                egui::Modifiers::SHIFT,
                egui::Key::Enter,
            ));
        let response = steady(ui, ui.make_persistent_id(label), edit);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, label));
        response.labelled_by(label_response.id);
    });
}

fn multiline(ui: &mut egui::Ui, label: &str, text: &mut String) {
    let label_response = ui.label(label);
    let edit = egui::TextEdit::multiline(text)
        .char_limit(crate::model::limits::MAX_TEXT_CHARS)
        .desired_rows(4)
        .desired_width(f32::INFINITY);
    steady(ui, ui.make_persistent_id(label), edit).labelled_by(label_response.id);
}

/// Adds `edit` (given the id `id`, so that it keeps the keyboard) at a steady height while
/// it has the keyboard: a line that wraps scrolls inside the field instead of pushing the
/// fields below it down under the pointer. It grows to its text when the keyboard leaves
/// and the pointer's button is up again.
fn steady(ui: &mut egui::Ui, id: egui::Id, edit: egui::TextEdit<'_>) -> egui::Response {
    let held_key = id.with("held-height");
    let held: Option<f32> = ui.data(|d| d.get_temp(held_key));
    let edit = edit.id(id);
    let response = match held {
        Some(height) => {
            egui::ScrollArea::vertical()
                .id_salt(id.with("scroll"))
                .max_height(height)
                .min_scrolled_height(height)
                .show(ui, |ui| ui.add(edit))
                .inner
        }
        None => ui.add(edit),
    };
    // Let go only once no button is held: a click that took the keyboard away lands where
    // the chair aimed it, not on what moved there when this field grew.
    let pressing = ui.input(|i| i.pointer.any_down());
    if !response.has_focus() {
        if held.is_some() && !pressing {
            ui.data_mut(|d| d.remove::<f32>(held_key));
        }
    } else if held.is_none() {
        let height = response.rect.height();
        ui.data_mut(|d| d.insert_temp(held_key, height));
    }
    response
}

/// A text field of a row under its label: `field` of row `row` (from 0), named so for
/// screen readers and tests. The label stays above it, filled or not (a placeholder goes
/// once the field holds text, and nobody sees any more which field is which).
fn cell(ui: &mut egui::Ui, t: &Texts, field: &str, row: usize, text: &mut String, width: f32) {
    ui.vertical(|ui| {
        ui.spacing_mut().item_spacing.y = theme::TIGHT;
        ui.label(
            egui::RichText::new(field)
                .small()
                .color(theme::MUTED.to_egui()),
        );
        field_in_row(ui, t, field, row, text, width);
    });
}

/// The field of [`cell`] without its label, where a label stands beside it.
fn field_in_row(
    ui: &mut egui::Ui,
    t: &Texts,
    field: &str,
    row: usize,
    text: &mut String,
    width: f32,
) {
    let name = fill(t.cell_label, &[("field", &field), ("row", &(row + 1))]);
    let edit = egui::TextEdit::multiline(text)
        .char_limit(crate::model::limits::MAX_TEXT_CHARS)
        .desired_rows(1)
        .desired_width(width)
        .return_key(egui::KeyboardShortcut::new(
            egui::Modifiers::SHIFT,
            egui::Key::Enter,
        ));
    let response = steady(ui, ui.make_persistent_id(&name), edit);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
    // A row just added takes the keyboard in its first field.
    let wanted = ui.data(|d| d.get_temp::<String>(focus_key()));
    if wanted.as_deref() == Some(name.as_str()) {
        response.request_focus();
        response.scroll_to_me(None);
        ui.data_mut(|d| d.remove::<String>(focus_key()));
    }
}

fn focus_key() -> egui::Id {
    egui::Id::unique("uitzicht-focus-cell")
}

/// Puts the keyboard in field `field` of row `row` (from 0) when it is next drawn.
fn focus_cell(ui: &egui::Ui, t: &Texts, field: &str, row: usize) {
    let name = fill(t.cell_label, &[("field", &field), ("row", &(row + 1))]);
    ui.data_mut(|d| d.insert_temp(focus_key(), name));
}

/// The rows of a list that `shown` lets through, each as a card: its fields stack and wrap
/// in the panel's width, its buttons (up, down, remove) sit at the top right and never leave
/// the panel. `fields` lays out row `row` in the width it is given; `named` names a row
/// (its first field and number), so each button says which row it acts on.
fn cards_ui<T>(
    ui: &mut egui::Ui,
    t: &Texts,
    rows: &mut Vec<T>,
    named: &dyn Fn(usize) -> String,
    shown: impl Fn(&T) -> bool,
    mut fields: impl FnMut(&mut egui::Ui, usize, &mut T, f32),
) {
    let mut change = None;
    for (row, entry) in rows.iter_mut().enumerate().filter(|(_, e)| shown(e)) {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let width = ui.available_width();
            ui.set_width(width);
            let fields_width = (width - theme::ROW_BUTTONS_ROOM).max(theme::FIELD_MIN);
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(fields_width);
                    fields(ui, row, entry, fields_width);
                });
                if let Some(asked) = row_buttons_ui(ui, t, &named(row)) {
                    change = Some((row, asked));
                }
            });
        });
    }
    if let Some((row, asked)) = change {
        apply_row_change(rows, row, Some(asked));
    }
}

/// Two fields side by side, sharing `width`.
fn cell_pair(
    ui: &mut egui::Ui,
    t: &Texts,
    row: usize,
    width: f32,
    (first, first_text): (&str, &mut String),
    (second, second_text): (&str, &mut String),
) {
    let half = (width - ui.spacing().item_spacing.x) / 2.0;
    ui.horizontal_top(|ui| {
        cell(ui, t, first, row, first_text, half);
        cell(ui, t, second, row, second_text, half);
    });
}

/// What a row's buttons asked for.
#[derive(Clone, Copy)]
enum RowChange {
    Up,
    Down,
    Remove,
}

/// ▲ ▼ ✕ for the row named `row`, each with a name and a tooltip.
fn row_buttons_ui(ui: &mut egui::Ui, t: &Texts, row: &str) -> Option<RowChange> {
    let name = |what: &str| fill(t.row_action, &[("action", &what), ("row", &row)]);
    let mut change = None;
    for (symbol, what, asked) in [
        ("▲", t.move_up, RowChange::Up),
        ("▼", t.move_down, RowChange::Down),
        ("✕", t.delete, RowChange::Remove),
    ] {
        let button = ui.small_button(symbol);
        button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name(what)));
        if button.on_hover_text(name(what)).clicked() {
            change = Some(asked);
        }
    }
    change
}

/// Moves or removes a row as its buttons asked; true when something changed.
fn apply_row_change<T>(rows: &mut Vec<T>, row: usize, change: Option<RowChange>) -> bool {
    match change {
        Some(RowChange::Up) if row > 0 && row < rows.len() => rows.swap(row, row - 1),
        Some(RowChange::Down) if row + 1 < rows.len() => rows.swap(row, row + 1),
        Some(RowChange::Remove) if row < rows.len() => {
            rows.remove(row);
        }
        _ => return false,
    }
    true
}

/// ▲ ▼ ✕ for row `row` of `rows`, named `named`: true when the row was moved or removed.
fn row_buttons<T>(
    ui: &mut egui::Ui,
    t: &Texts,
    rows: &mut Vec<T>,
    (named, row): (&str, usize),
) -> bool {
    let change = row_buttons_ui(ui, t, named);
    apply_row_change(rows, row, change)
}

/// Radio buttons for `choices`, each named for screen readers and tests by `name`.
fn named_radios<T: PartialEq, const N: usize>(
    ui: &mut egui::Ui,
    current: &mut T,
    choices: [(T, &str); N],
    name: &dyn Fn(&str) -> String,
) {
    for (value, text) in choices {
        let chosen = *current == value;
        let response = ui.radio(chosen, text);
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::RadioButton, true, chosen, name(text))
        });
        if response.clicked() {
            *current = value;
        }
    }
}

fn yes_no(ui: &mut egui::Ui, t: &Texts, label: &str, value: &mut Option<bool>) {
    // Wrapped, so that the last answer moves to a line of its own in a narrow panel.
    ui.horizontal_wrapped(|ui| {
        ui.label(label);
        let answers = [
            (Some(true), t.yes),
            (Some(false), t.no),
            (None, t.not_decided),
        ];
        named_radios(ui, value, answers, &|text| format!("{label} {text}"));
    });
}

/// A drop-down of the goals a need, support need or agreement can serve.
fn goal_combo(
    ui: &mut egui::Ui,
    t: &Texts,
    (field, row): (&str, usize),
    goal: &mut Option<GoalId>,
    goals: &[Goal],
) {
    let name = fill(t.cell_label, &[("field", &field), ("row", &(row + 1))]);
    let words = |id: Option<GoalId>| match id.and_then(|id| goals.iter().position(|g| g.id == id)) {
        Some(n) => format!("{}. {}", n + 1, goals[n].text),
        None => t.no_goal.to_owned(),
    };
    ui.horizontal(|ui| {
        ui.label(t.serves_goal);
        egui::ComboBox::from_id_salt((field, row, "goal"))
            .selected_text(words(*goal))
            .truncate()
            .show_ui(ui, |ui| {
                ui.selectable_value(goal, None, t.no_goal);
                for g in goals {
                    ui.selectable_value(goal, Some(g.id), words(Some(g.id)));
                }
            })
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
    });
}

/// A drop-down for field `field` of row `row` (from 0): one of `choices`, each in words.
fn choice_combo<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    t: &Texts,
    (field, row): (&str, usize),
    current: &mut T,
    choices: &[T],
    words: impl Fn(T) -> &'static str,
) {
    let name = fill(t.cell_label, &[("field", &field), ("row", &(row + 1))]);
    egui::ComboBox::from_id_salt((field, row))
        .selected_text(words(*current))
        .show_ui(ui, |ui| {
            for &choice in choices {
                ui.selectable_value(current, choice, words(choice));
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_copies_one_meeting_and_gives_a_case_only_when_edited() {
        let mut case = Case::new(jiff::civil::date(2026, 11, 30));
        case.add_follow_up(jiff::civil::date(2026, 12, 14));
        let draft = FormDraft::of(&case, 1).unwrap();
        assert_eq!(
            draft.clone().edited(&case, 1),
            None,
            "nothing typed: no change"
        );
        let mut typed = draft.clone();
        typed.meeting.insight = "De pauze helpt".to_owned();
        typed.child = "Daan".to_owned();
        let edited = typed.edited(&case, 1).unwrap();
        assert_eq!(edited.meetings[1].insight, "De pauze helpt");
        assert_eq!(edited.child, "Daan");
        assert_eq!(
            edited.meetings[0], case.meetings[0],
            "the other meetings as they were"
        );
        assert_eq!(FormDraft::of(&case, 2), None);
    }
}

//! The form of each step of the guide, where the meeting's outcome is written down. The
//! forms edit a draft of the case; the app takes the draft as one undoable change.

use egui_extras::{Column, TableBuilder};

use crate::export::agreement_columns;
use crate::i18n::{Texts, fill};
use crate::model::{
    Agreement, AgreementId, AgreementStatus, Area, Case, Feedback, Goal, GoalId, GuideStep,
    Inquiry, Meeting, Need, Participant, Question, Review, ReviewOutcome, SupportFor, SupportNeed,
    Time,
};
use crate::names::{area_name, outcome_name, status_name, step_title, support_name};
use crate::theme;

/// The form of the meeting's current step.
pub fn step_form_ui(ui: &mut egui::Ui, t: &Texts, case: &mut Case, index: usize) {
    let Some(step) = case.meetings.get(index).map(|m| m.guide.current) else {
        return;
    };
    ui.heading(step_title(step, t));
    if step == GuideStep::Preparation {
        case_ui(ui, t, case);
    }
    let tracks = case.goal_tracks(index);
    let dates: Vec<_> = case
        .meetings
        .iter()
        .take(index + 1)
        .map(|m| m.date)
        .collect();
    let Some(meeting) = case.meetings.get_mut(index) else {
        return;
    };
    match step {
        GuideStep::Preparation => {
            time_box_ui(ui, t, meeting);
            participants_ui(ui, t, &mut meeting.participants);
        }
        GuideStep::Start => {
            time_box_ui(ui, t, meeting);
            ui.separator();
            // A follow-up starts by looking back, so that comes first on the screen.
            if index > 0 {
                review_ui(ui, t, &mut meeting.agreements);
                ui.separator();
            }
            participants_ui(ui, t, &mut meeting.participants);
            ui.separator();
            questions_ui(ui, t, &mut meeting.questions);
        }
        GuideStep::Analysis => {
            multiline(ui, t.field_insight, &mut meeting.insight);
        }
        GuideStep::Goals => {
            goals_ui(ui, t, meeting);
            ui.separator();
            super::goal_chart_ui(ui, t, &tracks, &dates);
        }
        GuideStep::Needs => needs_ui(ui, t, &mut meeting.needs),
        GuideStep::SupportNeeds => support_ui(ui, t, &mut meeting.support_needs),
        GuideStep::Close => {
            multiline(ui, t.field_summary, &mut meeting.summary);
            ui.separator();
            agreements_ui(ui, t, &mut meeting.agreements);
            ui.separator();
            evaluation_ui(ui, t, meeting);
        }
    }
}

/// A labelled one-line field.
fn field(ui: &mut egui::Ui, label: &str, text: &mut String) {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY))
            .labelled_by(label.id);
    });
}

fn multiline(ui: &mut egui::Ui, label: &str, text: &mut String) {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(text)
            .desired_rows(4)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
}

/// A field in a row of a list, named "Naam 2" for screen readers and tests.
fn cell(ui: &mut egui::Ui, t: &Texts, field: &str, row: usize, text: &mut String, width: f32) {
    let name = fill(t.cell_label, &[("field", &field), ("row", &(row + 1))]);
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .hint_text(field)
            .desired_width(width),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
}

/// What a row's buttons asked for.
#[derive(Clone, Copy)]
enum RowChange {
    Up,
    Down,
    Remove,
}

/// ▲ ▼ ✕ for row `row` (from 0), each with a name and a tooltip.
fn row_buttons_ui(ui: &mut egui::Ui, t: &Texts, row: usize) -> Option<RowChange> {
    let name = |what: &str| fill(t.cell_label, &[("field", &what), ("row", &(row + 1))]);
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

/// ▲ ▼ ✕ for a row of `rows`: true when the row was moved or removed.
fn row_buttons<T>(ui: &mut egui::Ui, t: &Texts, rows: &mut Vec<T>, row: usize) -> bool {
    let change = row_buttons_ui(ui, t, row);
    apply_row_change(rows, row, change)
}

fn case_ui(ui: &mut egui::Ui, t: &Texts, case: &mut Case) {
    field(ui, t.field_child, &mut case.child);
    field(ui, t.field_school, &mut case.school);
    field(ui, t.field_group, &mut case.group);
}

fn time_ui(ui: &mut egui::Ui, label: &str, time: &mut Option<Time>) {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        let (mut hour, mut minute) = time.map_or((15, 0), |t| (t.hour(), t.minute()));
        // An unset time shows dashes, not a time nobody chose; 9:05 shows as 09:05.
        let set = time.is_some();
        let two_digits = move |v: f64, _| {
            if set {
                format!("{v:02}")
            } else {
                "--".to_owned()
            }
        };
        let h = ui
            .add(
                egui::DragValue::new(&mut hour)
                    .range(0..=23)
                    .custom_formatter(two_digits),
            )
            .labelled_by(label.id);
        ui.label(":");
        let m = ui
            .add(
                egui::DragValue::new(&mut minute)
                    .range(0..=59)
                    .custom_formatter(two_digits),
            )
            .labelled_by(label.id);
        if h.changed() || m.changed() || time.is_none() && (h.clicked() || m.clicked()) {
            *time = jiff::civil::Time::new(hour, minute, 0, 0).ok();
        }
    });
}

fn time_box_ui(ui: &mut egui::Ui, t: &Texts, meeting: &mut Meeting) {
    field(ui, t.field_chair, &mut meeting.chair);
    time_ui(ui, t.field_start, &mut meeting.start);
    time_ui(ui, t.field_end, &mut meeting.planned_end);
    field(ui, t.field_outcome, &mut meeting.intended_outcome);
}

fn participants_ui(ui: &mut egui::Ui, t: &Texts, participants: &mut Vec<Participant>) {
    ui.strong(t.participants);
    let mut row = 0;
    while row < participants.len() {
        ui.horizontal_wrapped(|ui| {
            let p = &mut participants[row];
            cell(ui, t, t.field_name, row, &mut p.name, theme::FIELD_NAME);
            cell(ui, t, t.field_role, row, &mut p.role, theme::FIELD_SHORT);
            cell(
                ui,
                t,
                t.field_organisation,
                row,
                &mut p.organisation,
                theme::FIELD_SHORT,
            );
            let present = fill(
                t.cell_label,
                &[("field", &t.field_present), ("row", &(row + 1))],
            );
            ui.checkbox(&mut p.present, present);
            row_buttons(ui, t, participants, row);
        });
        row += 1;
    }
    if ui.button(t.add_participant).clicked() {
        participants.push(Participant::default());
    }
}

fn questions_ui(ui: &mut egui::Ui, t: &Texts, questions: &mut Vec<Question>) {
    ui.strong(t.section_questions);
    let mut row = 0;
    while row < questions.len() {
        ui.group(|ui| {
            ui.horizontal_wrapped(|ui| {
                let q = &mut questions[row];
                cell(
                    ui,
                    t,
                    t.field_asked_by,
                    row,
                    &mut q.asked_by,
                    theme::FIELD_NAME,
                );
                cell(
                    ui,
                    t,
                    t.field_question,
                    row,
                    &mut q.question,
                    theme::FIELD_SENTENCE,
                );
            });
            ui.horizontal_wrapped(|ui| {
                let q = &mut questions[row];
                cell(ui, t, t.field_why, row, &mut q.why, theme::FIELD_SENTENCE);
                let label = |f: &str| fill(t.cell_label, &[("field", &f), ("row", &(row + 1))]);
                ui.checkbox(&mut q.decision_needed, label(t.field_decision));
                ui.checkbox(&mut q.answered, label(t.field_answered));
                row_buttons(ui, t, questions, row);
            });
        });
        row += 1;
    }
    if ui.button(t.add_question).clicked() {
        questions.push(Question::default());
    }
}

fn area_combo(ui: &mut egui::Ui, t: &Texts, row: usize, area: &mut Area) {
    let name = fill(
        t.cell_label,
        &[("field", &t.field_area), ("row", &(row + 1))],
    );
    egui::ComboBox::from_id_salt(("area", row))
        .selected_text(area_name(*area, t))
        .show_ui(ui, |ui| {
            for choice in Area::ALL {
                ui.selectable_value(area, choice, area_name(choice, t));
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
}

/// The scale 0–10 as a row of buttons, big enough to tap on a board; tapping the chosen
/// score again clears it.
fn score_ui(ui: &mut egui::Ui, t: &Texts, row: usize, score: &mut Option<u8>) {
    ui.label(t.score_label);
    ui.spacing_mut().item_spacing.x = theme::TIGHT;
    for value in 0..=10u8 {
        let chosen = *score == Some(value);
        let response = ui.selectable_label(chosen, value.to_string());
        let name = fill(t.score_choice, &[("row", &(row + 1)), ("score", &value)]);
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, chosen, &name));
        if response.clicked() {
            *score = if chosen { None } else { Some(value) };
        }
    }
}

fn goals_ui(ui: &mut egui::Ui, t: &Texts, meeting: &mut Meeting) {
    ui.strong(t.section_goals);
    let mut row = 0;
    while row < meeting.goals.len() {
        // The goal and its buttons on one line, its score on the next.
        let removed = ui
            .horizontal(|ui| {
                let goal = &mut meeting.goals[row];
                area_combo(ui, t, row, &mut goal.area);
                // Room for the three row buttons, so the row never pushes the panel wider.
                let width = (ui.available_width() - theme::ROW_BUTTONS_ROOM).max(theme::FIELD_MIN);
                cell(ui, t, t.field_goal, row, &mut goal.text, width);
                let before = meeting.goals.len();
                row_buttons(ui, t, &mut meeting.goals, row);
                meeting.goals.len() < before
            })
            .inner;
        if !removed {
            ui.horizontal_wrapped(|ui| score_ui(ui, t, row, &mut meeting.goals[row].score));
        }
        ui.add_space(theme::SPACE);
        row += 1;
    }
    if ui.button(t.add_goal).clicked() {
        let id = GoalId(crate::model::next_id(meeting.goals.iter().map(|g| g.id.0)));
        meeting.goals.push(Goal {
            id,
            ..Goal::default()
        });
    }
    ui.separator();
    ui.label(t.no_goals_yet);
    let mut row = 0;
    while row < meeting.inquiries.len() {
        ui.horizontal_wrapped(|ui| {
            let inquiry = &mut meeting.inquiries[row];
            cell(
                ui,
                t,
                t.field_inquiry_what,
                row,
                &mut inquiry.what,
                theme::FIELD_PHRASE,
            );
            cell(
                ui,
                t,
                t.field_why,
                row,
                &mut inquiry.why,
                theme::FIELD_PHRASE,
            );
            cell(ui, t, t.col_who, row, &mut inquiry.who, theme::FIELD_SHORT);
            if ui.button(t.to_agreement).clicked() {
                let agreement = Agreement {
                    id: next_agreement_id(&meeting.agreements),
                    who: inquiry.who.clone(),
                    what: inquiry.what.clone(),
                    why: inquiry.why.clone(),
                    ..Agreement::default()
                };
                meeting.agreements.push(agreement);
            }
            row_buttons(ui, t, &mut meeting.inquiries, row);
        });
        row += 1;
    }
    if ui.button(t.add_inquiry).clicked() {
        meeting.inquiries.push(Inquiry::default());
    }
}

fn needs_ui(ui: &mut egui::Ui, t: &Texts, needs: &mut Vec<Need>) {
    for area in Area::ALL {
        ui.strong(area_name(area, t));
        let mut row = 0;
        while row < needs.len() {
            if needs[row].area == area {
                ui.horizontal(|ui| {
                    cell(
                        ui,
                        t,
                        &format!("{} {}", area_name(area, t), t.field_need),
                        row,
                        &mut needs[row].text,
                        theme::FIELD_LONG,
                    );
                    row_buttons(ui, t, needs, row);
                });
            }
            row += 1;
        }
        let add = format!("{} ({})", t.add_need, area_name(area, t));
        if ui.button(add).clicked() {
            needs.push(Need {
                area,
                text: String::new(),
            });
        }
    }
}

fn support_ui(ui: &mut egui::Ui, t: &Texts, needs: &mut Vec<SupportNeed>) {
    for of in SupportFor::ALL {
        ui.strong(support_name(of, t));
        let mut row = 0;
        while row < needs.len() {
            if needs[row].of == of {
                ui.group(|ui| {
                    cell(
                        ui,
                        t,
                        t.field_support_what,
                        row,
                        &mut needs[row].what,
                        theme::FIELD_LONG,
                    );
                    ui.horizontal_wrapped(|ui| {
                        let need = &mut needs[row];
                        cell(
                            ui,
                            t,
                            t.field_how_often,
                            row,
                            &mut need.how_often,
                            theme::FIELD_SHORT,
                        );
                        cell(ui, t, t.col_when, row, &mut need.when, theme::FIELD_SHORT);
                        cell(ui, t, t.col_how, row, &mut need.how, theme::FIELD_SHORT);
                        row_buttons(ui, t, needs, row);
                    });
                });
            }
            row += 1;
        }
        let add = format!("{} ({})", t.add_support, support_name(of, t));
        if ui.button(add).clicked() {
            needs.push(SupportNeed {
                of,
                ..SupportNeed::default()
            });
        }
    }
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

/// The look back at the agreements carried from last time: done or not, and whether the
/// approach works — continue, or say what changes and how.
fn review_ui(ui: &mut egui::Ui, t: &Texts, agreements: &mut [Agreement]) {
    ui.strong(t.section_review);
    let mut any = false;
    for (row, agreement) in agreements.iter_mut().enumerate() {
        if !agreement.carried {
            continue;
        }
        any = true;
        let choice_name =
            |choice: &str| fill(t.review_choice, &[("row", &(row + 1)), ("choice", &choice)]);
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(format!("{}. {}", row + 1, agreement.what)).strong());
            let details: Vec<&str> = [&agreement.who, &agreement.when, &agreement.how]
                .into_iter()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect();
            if !details.is_empty() {
                ui.weak(details.join(" · "));
            }
            // A copy, so that merely showing an unreviewed agreement changes nothing.
            let mut review = agreement.review.clone().unwrap_or_default();
            ui.horizontal_wrapped(|ui| {
                ui.label(t.col_done);
                let outcomes = [
                    (ReviewOutcome::Done, outcome_name(ReviewOutcome::Done, t)),
                    (
                        ReviewOutcome::Partly,
                        outcome_name(ReviewOutcome::Partly, t),
                    ),
                    (
                        ReviewOutcome::NotDone,
                        outcome_name(ReviewOutcome::NotDone, t),
                    ),
                ];
                named_radios(ui, &mut review.outcome, outcomes, &choice_name);
            });
            ui.horizontal_wrapped(|ui| {
                ui.label(t.col_approach);
                let answers = [
                    (Some(true), t.approach_works),
                    (Some(false), t.approach_fails),
                ];
                named_radios(ui, &mut review.approach_works, answers, &choice_name);
            });
            if review.approach_works == Some(false) {
                let name = choice_name(t.field_better);
                ui.label(t.field_better);
                let response = ui.add(
                    egui::TextEdit::multiline(&mut review.better)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY),
                );
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
            }
            if agreement.review.as_ref() != Some(&review) && review != Review::default() {
                agreement.review = Some(review);
            }
        });
    }
    if !any {
        ui.weak(t.review_none);
    }
}

fn next_agreement_id(agreements: &[Agreement]) -> AgreementId {
    AgreementId(crate::model::next_id(agreements.iter().map(|a| a.id.0)))
}

/// The agreements as a table: the five W's and a status, with rows to add, move, remove.
fn agreements_ui(ui: &mut egui::Ui, t: &Texts, agreements: &mut Vec<Agreement>) {
    ui.strong(t.box_agreements);
    let mut change: Option<(usize, RowChange)> = None;
    TableBuilder::new(ui)
        .id_salt("agreements")
        .striped(true)
        .column(Column::initial(theme::COLUMN).resizable(true).clip(true))
        .column(
            Column::remainder()
                .at_least(theme::COLUMN_MIN_TEXT)
                .clip(true),
        )
        .column(Column::initial(theme::COLUMN).resizable(true).clip(true))
        .column(
            Column::initial(theme::COLUMN_NARROW)
                .resizable(true)
                .clip(true),
        )
        .column(Column::initial(theme::COLUMN).resizable(true).clip(true))
        .column(Column::initial(theme::COLUMN_STATUS))
        .column(Column::exact(theme::COLUMN_BUTTONS))
        .header(theme::TABLE_HEADER, |mut header| {
            for title in agreement_columns(t).into_iter().chain([""]) {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|mut body| {
            for (row, agreement) in agreements.iter_mut().enumerate() {
                body.row(theme::TABLE_ROW, |mut cells| {
                    for (field, text) in [
                        (t.col_who, &mut agreement.who),
                        (t.col_what, &mut agreement.what),
                        (t.col_why, &mut agreement.why),
                        (t.col_when, &mut agreement.when),
                        (t.col_how, &mut agreement.how),
                    ] {
                        cells.col(|ui| cell(ui, t, field, row, text, ui.available_width()));
                    }
                    cells.col(|ui| {
                        let name = fill(
                            t.cell_label,
                            &[("field", &t.col_status), ("row", &(row + 1))],
                        );
                        egui::ComboBox::from_id_salt(("status", row))
                            .selected_text(status_name(agreement.status, t))
                            .show_ui(ui, |ui| {
                                for status in AgreementStatus::ALL {
                                    ui.selectable_value(
                                        &mut agreement.status,
                                        status,
                                        status_name(status, t),
                                    );
                                }
                            })
                            .response
                            .widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name)
                            });
                    });
                    cells.col(|ui| {
                        ui.horizontal(|ui| {
                            if let Some(asked) = row_buttons_ui(ui, t, row) {
                                change = Some((row, asked));
                            }
                        });
                    });
                });
            }
        });
    if let Some((row, asked)) = change {
        apply_row_change(agreements, row, Some(asked));
    }
    if ui.button(t.add_agreement).clicked() {
        agreements.push(Agreement {
            id: next_agreement_id(agreements),
            ..Agreement::default()
        });
    }
}

fn yes_no(ui: &mut egui::Ui, t: &Texts, label: &str, value: &mut Option<bool>) {
    ui.horizontal(|ui| {
        ui.label(label);
        let answers = [
            (Some(true), t.yes),
            (Some(false), t.no),
            (None, t.not_decided),
        ];
        named_radios(ui, value, answers, &|text| format!("{label} {text}"));
    });
}

fn evaluation_ui(ui: &mut egui::Ui, t: &Texts, meeting: &mut Meeting) {
    ui.strong(t.section_evaluation);
    let evaluation = &mut meeting.evaluation;
    yes_no(ui, t, t.goals_met_q, &mut evaluation.goals_met);
    yes_no(
        ui,
        t,
        t.questions_answered_q,
        &mut evaluation.questions_answered,
    );
    field(ui, t.field_notes, &mut evaluation.notes);
    let mut row = 0;
    while row < evaluation.feedback.len() {
        ui.horizontal_wrapped(|ui| {
            let feedback = &mut evaluation.feedback[row];
            cell(
                ui,
                t,
                t.field_participant,
                row,
                &mut feedback.participant,
                theme::FIELD_NAME,
            );
            cell(
                ui,
                t,
                t.field_top,
                row,
                &mut feedback.top,
                theme::FIELD_PHRASE,
            );
            cell(
                ui,
                t,
                t.field_tip,
                row,
                &mut feedback.tip,
                theme::FIELD_PHRASE,
            );
            row_buttons(ui, t, &mut evaluation.feedback, row);
        });
        row += 1;
    }
    ui.horizontal(|ui| {
        if ui.button(t.add_feedback).clicked() {
            evaluation.feedback.push(Feedback::default());
        }
        if ui.button(t.feedback_for_all).clicked() {
            for participant in meeting.participants.iter().filter(|p| p.present) {
                if !evaluation
                    .feedback
                    .iter()
                    .any(|f| f.participant == participant.name)
                {
                    evaluation.feedback.push(Feedback {
                        participant: participant.name.clone(),
                        ..Feedback::default()
                    });
                }
            }
        }
    });
}

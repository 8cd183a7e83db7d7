//! Step 1 (and the case itself): who is there, the time box, the questions, and the look back at the last agreements.

use super::{cell, field, named_radios, row_buttons};
use crate::i18n::{Texts, fill};
use crate::model::{Agreement, Case, Meeting, Participant, Question, Review, ReviewOutcome, Time};
use crate::names::outcome_name;
use crate::theme;

pub(super) fn case_ui(ui: &mut egui::Ui, t: &Texts, case: &mut Case) {
    field(ui, t.field_child, &mut case.child);
    field(ui, t.field_school, &mut case.school);
    field(ui, t.field_group, &mut case.group);
}

pub(super) fn time_ui(ui: &mut egui::Ui, label: &str, time: &mut Option<Time>) {
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

pub(super) fn time_box_ui(ui: &mut egui::Ui, t: &Texts, meeting: &mut Meeting) {
    field(ui, t.field_chair, &mut meeting.chair);
    time_ui(ui, t.field_start, &mut meeting.start);
    time_ui(ui, t.field_end, &mut meeting.planned_end);
    field(ui, t.field_outcome, &mut meeting.intended_outcome);
}

pub(super) fn participants_ui(ui: &mut egui::Ui, t: &Texts, participants: &mut Vec<Participant>) {
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

pub(super) fn questions_ui(ui: &mut egui::Ui, t: &Texts, questions: &mut Vec<Question>) {
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

/// The look back at the agreements carried from last time: done or not, and whether the
/// approach works — continue, or say what changes and how.
pub(super) fn review_ui(ui: &mut egui::Ui, t: &Texts, agreements: &mut [Agreement]) {
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

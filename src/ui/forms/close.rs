//! Step 6: the agreements with their five W's, and the evaluation with tops and tips.

use super::{cards_ui, cell, cell_pair, choice_combo, field, focus_cell, yes_no};
use crate::i18n::{Texts, fill};
use crate::model::{Agreement, AgreementId, AgreementStatus, Feedback, Meeting};
use crate::names::status_name;
use crate::theme;

/// The agreements, each as a card with its five W's labelled, so the chair can read them
/// out whole; and its status.
pub(super) fn agreements_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    agreements: &mut Vec<Agreement>,
    goals: &[crate::model::Goal],
    meeting_date: crate::model::Date,
) {
    ui.strong(t.box_agreements);
    cards_ui(
        ui,
        t,
        agreements,
        &|row| fill(t.agreement_number, &[("row", &(row + 1))]),
        |_| true,
        |ui, row, agreement, width| {
            ui.strong(fill(t.agreement_number, &[("row", &(row + 1))]));
            let label_width = theme::COLUMN;
            let field_width =
                (width - label_width - ui.spacing().item_spacing.x).max(theme::FIELD_MIN);
            egui::Grid::new(("agreement", row))
                .num_columns(2)
                .min_col_width(label_width)
                .show(ui, |ui| {
                    for (field, text) in [
                        (t.col_who, &mut agreement.who),
                        (t.col_what, &mut agreement.what),
                        (t.col_why, &mut agreement.why),
                        (t.col_when, &mut agreement.when),
                        (t.col_how, &mut agreement.how),
                    ] {
                        ui.label(field);
                        super::field_in_row(ui, t, field, row, text, field_width);
                        ui.end_row();
                    }
                    ui.label(t.col_status);
                    choice_combo(
                        ui,
                        t,
                        (t.col_status, row),
                        &mut agreement.status,
                        &AgreementStatus::ALL,
                        |s| status_name(s, t),
                    );
                    ui.end_row();
                });
            // Below the grid, wrapping: three drop-downs side by side are wider than a
            // narrow form's field column.
            ui.horizontal_wrapped(|ui| {
                ui.label(t.col_due);
                due_ui(ui, t, row, agreement, meeting_date);
            });
            super::goal_combo(ui, t, (t.col_what, row), &mut agreement.goal, goals);
        },
    );
    if ui.button(t.add_agreement).clicked() {
        agreements.push(Agreement {
            id: AgreementId::next(agreements),
            ..Agreement::default()
        });
        focus_cell(ui, t, t.col_who, agreements.len() - 1);
    }
}

/// The day an agreement is due: picked, offered from a date written in its "when", or
/// none (its "when" alone, "voor de kerstvakantie", says enough).
fn due_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    row: usize,
    agreement: &mut Agreement,
    meeting_date: crate::model::Date,
) {
    let name = fill(t.due_field, &[("row", &(row + 1))]);
    ui.horizontal_wrapped(|ui| match &mut agreement.due {
        Some(due) => {
            crate::ui::date_field::date_field(ui, t, &name, due);
            let remove = fill(t.due_remove_named, &[("row", &(row + 1))]);
            let button = ui.small_button(t.due_remove);
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &remove));
            if button.on_hover_text(t.due_remove_hint).clicked() {
                agreement.due = None;
            }
        }
        None => {
            let written = crate::model::date_in_text(&agreement.when, meeting_date);
            let offer = match written {
                Some(date) => fill(
                    t.due_from_text,
                    &[("date", &crate::names::date_short(date, t))],
                ),
                None => t.due_add.to_owned(),
            };
            let button = ui.button(offer);
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if button.clicked() {
                // Without a date in the words: two weeks on, to be set right.
                let two_weeks = meeting_date
                    .checked_add(jiff::Span::new().weeks(2))
                    .unwrap_or(meeting_date);
                agreement.due = Some(written.unwrap_or(two_weeks));
            }
        }
    });
}

/// When the next meeting is: agreed at the close, it becomes the follow-up's date and time
/// box, and the caseload and the calendar show it.
pub(super) fn next_meeting_ui(ui: &mut egui::Ui, t: &Texts, meeting: &mut Meeting) {
    ui.strong(t.section_next_meeting);
    let Some(next) = &mut meeting.next else {
        let suggested = crate::model::suggested_next_meeting(meeting.date);
        if ui
            .button(fill(
                t.next_meeting_plan,
                &[("date", &crate::names::date_short(suggested, t))],
            ))
            .clicked()
        {
            let minutes = crate::model::clock::planned_minutes(meeting)
                .and_then(|m| u16::try_from(m).ok())
                .filter(|m| *m > 0);
            meeting.next = Some(crate::model::NextMeeting {
                date: suggested,
                start: meeting.start,
                minutes,
                place: String::new(),
            });
        }
        ui.separator();
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(t.field_date);
        crate::ui::date_field::date_field(ui, t, t.next_meeting_date, &mut next.date);
    });
    super::start::time_ui(ui, t, t.field_start, &mut next.start);
    ui.horizontal(|ui| {
        let label = ui.label(t.next_meeting_minutes);
        let mut minutes = next.minutes.unwrap_or(0);
        let response = ui
            .add(egui::DragValue::new(&mut minutes).range(0..=480).speed(5))
            .labelled_by(label.id);
        if response.changed() {
            next.minutes = (minutes > 0).then_some(minutes);
        }
    });
    field(ui, t.next_meeting_place, &mut next.place);
    if ui.button(t.next_meeting_remove).clicked() {
        meeting.next = None;
    }
    ui.separator();
}

/// The decisions asked for in box 1: what was decided and by whom, per question.
pub(super) fn decisions_ui(ui: &mut egui::Ui, t: &Texts, meeting: &mut Meeting) {
    let asked: Vec<usize> = (meeting.questions.iter().enumerate())
        .filter(|(_, q)| q.decision_needed)
        .map(|(i, _)| i)
        .collect();
    if asked.is_empty() {
        return;
    }
    ui.strong(t.section_decisions);
    let width = ui.available_width();
    for (row, index) in asked.into_iter().enumerate() {
        let Some(question) = meeting.questions.get_mut(index) else {
            continue;
        };
        ui.label(crate::layout::question_text(question, t));
        super::cell(ui, t, t.field_decided, row, &mut question.decided, width);
        super::cell(
            ui,
            t,
            t.field_decided_by,
            row,
            &mut question.decided_by,
            width,
        );
    }
    ui.separator();
}

pub(super) fn evaluation_ui(ui: &mut egui::Ui, t: &Texts, meeting: &mut Meeting) {
    ui.strong(t.section_evaluation);
    let evaluation = &mut meeting.evaluation;
    yes_no(ui, t, t.goals_met_q, &mut evaluation.goals_met);
    yes_no(
        ui,
        t,
        t.questions_answered_q,
        &mut evaluation.questions_answered,
    );
    yes_no(ui, t, t.pleasant_useful_q, &mut evaluation.pleasant_useful);
    field(ui, t.field_notes, &mut evaluation.notes);
    cards_ui(
        ui,
        t,
        &mut evaluation.feedback,
        &|row| {
            fill(
                t.cell_label,
                &[("field", &t.field_participant), ("row", &(row + 1))],
            )
        },
        |_| true,
        |ui, row, feedback, width| {
            cell(
                ui,
                t,
                t.field_participant,
                row,
                &mut feedback.participant,
                width,
            );
            cell_pair(
                ui,
                t,
                row,
                width,
                (t.field_top, &mut feedback.top),
                (t.field_tip, &mut feedback.tip),
            );
        },
    );
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

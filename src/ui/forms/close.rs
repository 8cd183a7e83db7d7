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
                        cell(ui, t, field, row, text, field_width);
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

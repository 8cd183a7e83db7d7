//! Step 6: the agreements with their five W's, and the evaluation with tops and tips.

use super::{RowChange, apply_row_change, cell, field, row_buttons, row_buttons_ui, yes_no};
use crate::export::agreement_columns;
use crate::i18n::{Texts, fill};
use crate::model::{Agreement, AgreementId, AgreementStatus, Feedback, Meeting};
use crate::names::status_name;
use crate::theme;
use egui_extras::{Column, TableBuilder};

pub(super) fn next_agreement_id(agreements: &[Agreement]) -> AgreementId {
    AgreementId(crate::model::next_id(agreements.iter().map(|a| a.id.0)))
}

/// The agreements as a table: the five W's and a status, with rows to add, move, remove.
pub(super) fn agreements_ui(ui: &mut egui::Ui, t: &Texts, agreements: &mut Vec<Agreement>) {
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

//! Steps 3 to 5: goals with their scores, educational and parenting needs, support needs.

use super::{cards_ui, cell, cell_pair, choice_combo, focus_cell, row_buttons};
use crate::i18n::{Texts, fill};
use crate::model::{
    Agreement, Area, Goal, GoalId, Inquiry, Meeting, Need, SupportFor, SupportNeed,
};
use crate::names::{area_name, support_name};
use crate::theme;

/// The scale 0–10 as a row of buttons, big enough to tap on a board; tapping the chosen
/// score again clears it.
pub(super) fn score_ui(ui: &mut egui::Ui, t: &Texts, row: usize, score: &mut Option<u8>) {
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

pub(super) fn goals_ui(ui: &mut egui::Ui, t: &Texts, meeting: &mut Meeting) {
    ui.strong(t.section_goals);
    let mut row = 0;
    while row < meeting.goals.len() {
        // The goal and its buttons on one line, its score on the next.
        let removed = ui
            .horizontal(|ui| {
                let goal = &mut meeting.goals[row];
                choice_combo(
                    ui,
                    t,
                    (t.field_area, row),
                    &mut goal.area,
                    &Area::ALL,
                    |a| area_name(a, t),
                );
                // Room for the three row buttons, so the row never pushes the panel wider.
                let width = (ui.available_width() - theme::ROW_BUTTONS_ROOM).max(theme::FIELD_MIN);
                cell(ui, t, t.field_goal, row, &mut goal.text, width);
                let before = meeting.goals.len();
                let named = fill(
                    t.cell_label,
                    &[("field", &t.field_goal), ("row", &(row + 1))],
                );
                row_buttons(ui, t, &mut meeting.goals, (&named, row));
                meeting.goals.len() < before
            })
            .inner;
        if !removed {
            ui.horizontal_wrapped(|ui| score_ui(ui, t, row, &mut meeting.goals[row].score));
            super::chain::goal_links_ui(ui, t, meeting, row);
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
    let Meeting {
        inquiries,
        agreements,
        ..
    } = meeting;
    cards_ui(
        ui,
        t,
        inquiries,
        &|row| {
            fill(
                t.cell_label,
                &[("field", &t.field_inquiry_what), ("row", &(row + 1))],
            )
        },
        |_| true,
        |ui, row, inquiry, width| {
            cell(ui, t, t.field_inquiry_what, row, &mut inquiry.what, width);
            cell(ui, t, t.field_why, row, &mut inquiry.why, width);
            cell(ui, t, t.col_who, row, &mut inquiry.who, width);
            if ui.button(t.to_agreement).clicked() {
                let agreement = Agreement {
                    id: crate::model::AgreementId::next(agreements),
                    who: inquiry.who.clone(),
                    what: inquiry.what.clone(),
                    why: inquiry.why.clone(),
                    ..Agreement::default()
                };
                agreements.push(agreement);
            }
        },
    );
    if ui.button(t.add_inquiry).clicked() {
        inquiries.push(Inquiry::default());
        focus_cell(ui, t, t.field_inquiry_what, inquiries.len() - 1);
    }
}

pub(super) fn needs_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    needs: &mut Vec<Need>,
    (goals, board): (&[Goal], &crate::model::Board),
) {
    for area in Area::ALL {
        ui.strong(area_name(area, t));
        let field = format!("{} {}", area_name(area, t), t.field_need);
        cards_ui(
            ui,
            t,
            needs,
            &|row| fill(t.cell_label, &[("field", &field), ("row", &(row + 1))]),
            |n| n.area == area,
            |ui, row, need, width| {
                if let Some(item) = need.from.and_then(|id| board.item(id)) {
                    ui.weak(format!("{} {}", item.kind.symbol(), item.text));
                }
                cell(ui, t, &field, row, &mut need.text, width);
                super::goal_combo(ui, t, (&field, row), &mut need.goal, goals);
            },
        );
        let add = format!("{} ({})", t.add_need, area_name(area, t));
        if ui.button(add).clicked() {
            needs.push(Need {
                area,
                ..Need::default()
            });
            focus_cell(ui, t, &field, needs.len() - 1);
        }
    }
}

pub(super) fn support_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    needs: &mut Vec<SupportNeed>,
    goals: &[Goal],
) {
    for of in SupportFor::ALL {
        ui.strong(support_name(of, t));
        cards_ui(
            ui,
            t,
            needs,
            &|row| {
                fill(
                    t.cell_label,
                    &[("field", &t.field_support_what), ("row", &(row + 1))],
                )
            },
            |n| n.of == of,
            |ui, row, need, width| {
                cell(ui, t, t.field_support_what, row, &mut need.what, width);
                cell(ui, t, t.field_how_often, row, &mut need.how_often, width);
                cell_pair(
                    ui,
                    t,
                    row,
                    width,
                    (t.col_when, &mut need.when),
                    (t.col_how, &mut need.how),
                );
                super::goal_combo(ui, t, (t.field_support_what, row), &mut need.goal, goals);
            },
        );
        let add = format!("{} ({})", t.add_support, support_name(of, t));
        if ui.button(add).clicked() {
            needs.push(SupportNeed {
                of,
                ..SupportNeed::default()
            });
            focus_cell(ui, t, t.field_support_what, needs.len() - 1);
        }
    }
}

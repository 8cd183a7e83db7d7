//! The form of each step of the guide, where the meeting's outcome is written down. The
//! forms edit a draft of the case; the app takes the draft as one undoable change.

use egui_extras::{Column, TableBuilder};

use super::guide_panel::step_title;
use crate::export::{agreement_columns, area_name, status_name, support_name};
use crate::i18n::{Texts, fill};
use crate::model::{
    Agreement, AgreementId, AgreementStatus, Area, Case, Feedback, Goal, GoalId, GuideStep,
    Inquiry, Meeting, Need, Participant, Question, Review, ReviewOutcome, SupportFor, SupportNeed,
    Time,
};

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

/// ▲ ▼ ✕ for a row: returns the row moved or removed.
fn row_buttons<T>(ui: &mut egui::Ui, t: &Texts, rows: &mut Vec<T>, row: usize) -> bool {
    let name = |what: &str| fill(t.cell_label, &[("field", &what), ("row", &(row + 1))]);
    let mut changed = false;
    if ui
        .small_button("▲")
        .on_hover_text(name(t.move_up))
        .clicked()
        && row > 0
    {
        rows.swap(row, row - 1);
        changed = true;
    }
    if ui
        .small_button("▼")
        .on_hover_text(name(t.move_down))
        .clicked()
        && row + 1 < rows.len()
    {
        rows.swap(row, row + 1);
        changed = true;
    }
    let delete = ui.small_button("✕");
    delete.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, name(t.delete)));
    if delete.clicked() {
        rows.remove(row);
        changed = true;
    }
    changed
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
            cell(ui, t, t.field_name, row, &mut p.name, 130.0);
            cell(ui, t, t.field_role, row, &mut p.role, 110.0);
            cell(ui, t, t.field_organisation, row, &mut p.organisation, 110.0);
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
                cell(ui, t, t.field_asked_by, row, &mut q.asked_by, 140.0);
                cell(ui, t, t.field_question, row, &mut q.question, 260.0);
            });
            ui.horizontal_wrapped(|ui| {
                let q = &mut questions[row];
                cell(ui, t, t.field_why, row, &mut q.why, 260.0);
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
    ui.spacing_mut().item_spacing.x = 2.0;
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
                let width = (ui.available_width() - 130.0).max(120.0);
                cell(ui, t, t.field_goal, row, &mut goal.text, width);
                let before = meeting.goals.len();
                row_buttons(ui, t, &mut meeting.goals, row);
                meeting.goals.len() < before
            })
            .inner;
        if !removed {
            ui.horizontal_wrapped(|ui| score_ui(ui, t, row, &mut meeting.goals[row].score));
        }
        ui.add_space(6.0);
        row += 1;
    }
    if ui.button(t.add_goal).clicked() {
        let id = GoalId(meeting.goals.iter().map(|g| g.id.0).max().unwrap_or(0) + 1);
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
            cell(ui, t, t.field_inquiry_what, row, &mut inquiry.what, 200.0);
            cell(ui, t, t.field_why, row, &mut inquiry.why, 160.0);
            cell(ui, t, t.col_who, row, &mut inquiry.who, 120.0);
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
                        320.0,
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
                        320.0,
                    );
                    ui.horizontal_wrapped(|ui| {
                        let need = &mut needs[row];
                        cell(ui, t, t.field_how_often, row, &mut need.how_often, 100.0);
                        cell(ui, t, t.col_when, row, &mut need.when, 100.0);
                        cell(ui, t, t.col_how, row, &mut need.how, 120.0);
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
                    (ReviewOutcome::Done, t.status_done),
                    (ReviewOutcome::Partly, t.review_partly),
                    (ReviewOutcome::NotDone, t.review_not_done),
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
    AgreementId(agreements.iter().map(|a| a.id.0).max().unwrap_or(0) + 1)
}

/// The agreements as a table: the five W's and a status, with rows to add, move, remove.
fn agreements_ui(ui: &mut egui::Ui, t: &Texts, agreements: &mut Vec<Agreement>) {
    ui.strong(t.box_agreements);
    let mut change: Option<(usize, isize)> = None;
    TableBuilder::new(ui)
        .id_salt("agreements")
        .striped(true)
        .column(Column::initial(80.0).resizable(true).clip(true))
        .column(Column::remainder().at_least(100.0).clip(true))
        .column(Column::initial(80.0).resizable(true).clip(true))
        .column(Column::initial(70.0).resizable(true).clip(true))
        .column(Column::initial(80.0).resizable(true).clip(true))
        .column(Column::initial(90.0))
        .column(Column::exact(96.0))
        .header(24.0, |mut header| {
            for title in agreement_columns(t).into_iter().chain([""]) {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|mut body| {
            for (row, agreement) in agreements.iter_mut().enumerate() {
                body.row(32.0, |mut cells| {
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
                            let name = |what: &str| {
                                fill(t.cell_label, &[("field", &what), ("row", &(row + 1))])
                            };
                            if ui
                                .small_button("▲")
                                .on_hover_text(name(t.move_up))
                                .clicked()
                            {
                                change = Some((row, -1));
                            }
                            if ui
                                .small_button("▼")
                                .on_hover_text(name(t.move_down))
                                .clicked()
                            {
                                change = Some((row, 1));
                            }
                            let delete = ui.small_button("✕");
                            delete.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, true, name(t.delete))
                            });
                            if delete.clicked() {
                                change = Some((row, 0));
                            }
                        });
                    });
                });
            }
        });
    match change {
        Some((row, 0)) => {
            agreements.remove(row);
        }
        Some((row, step)) => {
            let other = row
                .checked_add_signed(step)
                .filter(|o| *o < agreements.len());
            if let Some(other) = other {
                agreements.swap(row, other);
            }
        }
        None => {}
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
                130.0,
            );
            cell(ui, t, t.field_top, row, &mut feedback.top, 180.0);
            cell(ui, t, t.field_tip, row, &mut feedback.tip, 180.0);
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

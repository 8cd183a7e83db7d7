//! Step 1 (and the case itself): who is there, the time box, the questions, and the look back at the last agreements.

use super::{cards_ui, cell, cell_pair, field, focus_cell, named_radios};
use crate::i18n::{Texts, fill};
use crate::model::clock;
use crate::model::{
    Agreement, Appreciation, Date, Meeting, Participant, Question, Referral, Review,
    ReviewDecision, ReviewOutcome, Time,
};
use crate::names::{decision_name, outcome_name};
use crate::theme;

/// Who is often forgotten at the table: an expert by experience, someone from the child's
/// network, the child itself. Each is offered until someone of that kind is listed; the
/// sheet each gets follows from the role (or is the child's own).
pub(super) fn invite_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    child: &str,
    participants: &mut Vec<Participant>,
) {
    let child = crate::pseudonymise::bare_name(child);
    let has_role = |words: &[&str]| {
        (participants.iter()).any(|p| {
            let role = p.role.to_lowercase();
            words.iter().any(|w| role.contains(w))
        })
    };
    let child_there = !child.is_empty()
        && (participants.iter())
            .any(|p| crate::names::compared(&p.name) == crate::names::compared(&child));
    let offers = [
        (
            !has_role(&["ervaringsdeskundig", "expert by experience"]),
            t.invite_experience,
            "",
            t.role_experience,
        ),
        (
            !has_role(&[
                "netwerk",
                "network",
                "opa",
                "oma",
                "coach",
                "buur",
                "neighbour",
            ]),
            t.invite_network,
            "",
            t.role_network,
        ),
        (!child_there, t.invite_child, child.as_str(), t.role_child),
    ];
    if offers.iter().all(|(shown, ..)| !shown) {
        return;
    }
    ui.strong(t.table_forgotten);
    ui.weak(t.table_forgotten_note);
    ui.horizontal_wrapped(|ui| {
        for (shown, label, name, role) in offers {
            if shown && ui.button(label).clicked() {
                participants.push(Participant {
                    name: name.to_owned(),
                    role: role.to_owned(),
                    ..Participant::default()
                });
                focus_cell(ui, t, t.field_name, participants.len() - 1);
            }
        }
    });
}

/// Appreciation said aloud at the start, as the guide asks: who to whom, in one line each;
/// the report's evaluation keeps it.
pub(super) fn appreciation_ui(ui: &mut egui::Ui, t: &Texts, said: &mut Vec<Appreciation>) {
    ui.strong(t.section_appreciation);
    cards_ui(
        ui,
        t,
        said,
        &|row| {
            fill(
                t.cell_label,
                &[("field", &t.appreciation_from), ("row", &(row + 1))],
            )
        },
        |_| true,
        |ui, row, appreciation, width| {
            cell_pair(
                ui,
                t,
                row,
                width,
                (t.appreciation_from, &mut appreciation.from),
                (t.appreciation_to, &mut appreciation.to),
            );
            cell(
                ui,
                t,
                t.appreciation_what,
                row,
                &mut appreciation.what,
                width,
            );
        },
    );
    if ui.button(t.add_appreciation).clicked() {
        said.push(Appreciation::default());
        focus_cell(ui, t, t.appreciation_from, said.len() - 1);
    }
}

pub(super) fn case_ui(ui: &mut egui::Ui, t: &Texts, draft: &mut super::FormDraft) {
    field(ui, t.field_child, &mut draft.child);
    field(ui, t.field_school, &mut draft.school);
    field(ui, t.field_group, &mut draft.group);
}

/// A time of day as one field, "15:30", checked as it is typed; an unset time shows empty.
pub(super) fn time_ui(ui: &mut egui::Ui, t: &Texts, label: &str, time: &mut Option<Time>) {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        let id = label.id.with("time");
        let shown = time.map_or(String::new(), |t| t.strftime("%H:%M").to_string());
        let mut text = ui.data(|d| d.get_temp::<String>(id)).unwrap_or(shown);
        let valid = text.trim().is_empty() || clock::parse_time(&text).is_some();
        let mut edit = egui::TextEdit::singleline(&mut text)
            .char_limit(crate::model::limits::MAX_TEXT_CHARS)
            .hint_text(t.time_hint)
            .desired_width(theme::TIME_FIELD);
        if !valid {
            edit = edit.text_color(theme::VERMILLION.to_egui());
        }
        let response = ui.add(edit).labelled_by(label.id);
        if response.changed() {
            match clock::parse_time(&text) {
                Some(parsed) => *time = Some(parsed),
                None if text.trim().is_empty() => *time = None,
                None => {}
            }
        }
        if response.has_focus() {
            ui.data_mut(|d| d.insert_temp(id, text));
        } else {
            ui.data_mut(|d| d.remove::<String>(id));
        }
        if !valid {
            ui.colored_label(theme::ORANGE_TEXT.to_egui(), t.time_invalid);
        }
    });
}

/// The meeting's date, picked as day, month and year.
pub(super) fn date_ui(ui: &mut egui::Ui, t: &Texts, date: &mut Date) {
    ui.horizontal(|ui| {
        ui.label(t.field_date);
        crate::ui::date_field::date_field(ui, t, t.field_date, date);
    });
}

pub(super) fn time_box_ui(ui: &mut egui::Ui, t: &Texts, meeting: &mut Meeting) {
    field(ui, t.field_chair, &mut meeting.chair);
    date_ui(ui, t, &mut meeting.date);
    time_ui(ui, t, t.field_start, &mut meeting.start);
    time_ui(ui, t, t.field_end, &mut meeting.planned_end);
    field(ui, t.field_outcome, &mut meeting.intended_outcome);
    field(ui, t.field_shared_interest, &mut meeting.shared_interest);
}

/// Who referred the child, when and why: what the referral form said, or what the chair
/// types from the one that came by mail.
pub(super) fn referral_ui(ui: &mut egui::Ui, t: &Texts, referral: &mut Referral) {
    ui.strong(t.referral_part);
    field(ui, t.referral_by, &mut referral.by);
    field(ui, t.referral_on, &mut referral.when);
    super::multiline(ui, t.referral_why, &mut referral.reason);
    ui.separator();
}

/// Who is at the table: name on the first line, role and organisation on the next, each
/// readable whole however long.
pub(super) fn participants_ui(ui: &mut egui::Ui, t: &Texts, participants: &mut Vec<Participant>) {
    ui.strong(t.participants);
    cards_ui(
        ui,
        t,
        participants,
        &|row| {
            fill(
                t.cell_label,
                &[("field", &t.field_name), ("row", &(row + 1))],
            )
        },
        |_| true,
        |ui, row, p, width| {
            cell(ui, t, t.field_name, row, &mut p.name, width);
            cell_pair(
                ui,
                t,
                row,
                width,
                (t.field_role, &mut p.role),
                (t.field_organisation, &mut p.organisation),
            );
            let present = ui.checkbox(&mut p.present, t.field_present);
            let who = if p.name.trim().is_empty() {
                (row + 1).to_string()
            } else {
                p.name.clone()
            };
            let name = fill(t.present_label, &[("who", &who)]);
            present.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::CheckBox, true, p.present, &name)
            });
        },
    );
    if ui.button(t.add_participant).clicked() {
        participants.push(Participant::default());
        focus_cell(ui, t, t.field_name, participants.len() - 1);
    }
}

pub(super) fn questions_ui(ui: &mut egui::Ui, t: &Texts, questions: &mut Vec<Question>) {
    ui.strong(t.section_questions);
    cards_ui(
        ui,
        t,
        questions,
        &|row| {
            fill(
                t.cell_label,
                &[("field", &t.field_asked_by), ("row", &(row + 1))],
            )
        },
        |_| true,
        |ui, row, q, width| {
            cell(ui, t, t.field_asked_by, row, &mut q.asked_by, width);
            cell(ui, t, t.field_question, row, &mut q.question, width);
            cell(ui, t, t.field_why, row, &mut q.why, width);
            ui.horizontal_wrapped(|ui| {
                // The card shows which question it is; the number is for screen readers.
                let name = |f: &str| fill(t.cell_label, &[("field", &f), ("row", &(row + 1))]);
                for (on, field) in [
                    (&mut q.decision_needed, t.field_decision),
                    (&mut q.answered, t.field_answered),
                ] {
                    let response = ui.checkbox(on, field);
                    let checked = *on;
                    response.widget_info(|| {
                        egui::WidgetInfo::selected(egui::Role::CheckBox, true, checked, name(field))
                    });
                }
            });
        },
    );
    if ui.button(t.add_question).clicked() {
        questions.push(Question::default());
        focus_cell(ui, t, t.field_asked_by, questions.len() - 1);
    }
}

/// The look back at the agreements carried from last time: done or not, and whether the
/// approach works — continue, or say what changes and how.
pub(super) fn review_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    agreements: &mut [Agreement],
    goals: &[crate::model::Goal],
) {
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
            // The wording under review heads it, steady while a new one is typed below.
            let reviewed = agreement.under_review();
            ui.label(egui::RichText::new(format!("{}. {}", row + 1, reviewed.what)).strong());
            if let Some(earlier) = agreement.earlier.as_ref() {
                let earlier = crate::chain_text::wording_line(earlier);
                ui.weak(fill(t.agreed_before, &[("what", &earlier)]));
            }
            let details: Vec<&str> = [&agreement.who, &reviewed.when, &reviewed.how]
                .into_iter()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect();
            if !details.is_empty() {
                ui.weak(details.join(" · "));
            }
            // The review asks per goal whether the approach worked.
            if let Some(goal) = agreement
                .goal
                .and_then(|id| goals.iter().find(|g| g.id == id))
            {
                ui.label(fill(t.review_for_goal, &[("goal", &goal.text)]));
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
            // Adjusted, what to do differently is the new "how" below: asked once.
            let asked_below =
                review.decision == Some(ReviewDecision::Adjusted) && review.better.is_empty();
            if review.approach_works == Some(false) && !asked_below {
                let name = choice_name(t.field_better);
                ui.label(t.field_better);
                let edit = egui::TextEdit::multiline(&mut review.better)
                    .char_limit(crate::model::limits::MAX_TEXT_CHARS)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY);
                let response = super::steady(ui, ui.make_persistent_id(&name), edit);
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
            }
            if agreement.review.as_ref() != Some(&review) && review != Review::default() {
                agreement.review = Some(review);
            }
            decision_ui(ui, t, row, agreement, &choice_name);
        });
    }
    if !any {
        ui.weak(t.review_none);
    }
}

/// After the look back, what happens to the agreement: closed, going on (until when), or
/// going on in a better way (its new what and how). The choice sets its status.
fn decision_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    row: usize,
    agreement: &mut Agreement,
    choice_name: &dyn Fn(&str) -> String,
) {
    let chosen = agreement.review.as_ref().and_then(|r| r.decision);
    let mut decision = chosen;
    ui.horizontal_wrapped(|ui| {
        ui.label(t.col_next);
        let choices = ReviewDecision::ALL.map(|d| (Some(d), decision_name(d, t)));
        named_radios(ui, &mut decision, choices, choice_name);
    });
    if decision != chosen
        && let Some(decision) = decision
    {
        agreement.decide(decision);
    }
    let width = ui.available_width();
    match decision {
        Some(ReviewDecision::Continues) => {
            cell(ui, t, t.field_new_when, row, &mut agreement.when, width);
        }
        Some(ReviewDecision::Adjusted) => {
            cell(ui, t, t.col_what, row, &mut agreement.what, width);
            cell(ui, t, t.col_how, row, &mut agreement.how, width);
        }
        Some(ReviewDecision::Closed) | None => {}
    }
}

//! The chair's guide in the left sidebar: the meeting clock, then preparation and the six
//! steps, each with its checklist and the questions a chair asks there.

use super::Action;
use crate::i18n::{Texts, fill};
use crate::model::clock::{self, ClockReading, ClockState};
use crate::model::{GuideStep, Meeting, Time};
use crate::names::{point_text, step_questions, step_title};
use crate::theme;

/// The guide. `now` is the time of day, for the clock.
pub fn guide_panel_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    meeting: &Meeting,
    now: Time,
    editable: bool,
) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.heading(t.guide);
    clock_ui(ui, t, meeting, now, editable, &mut actions);
    ui.separator();

    let current = meeting.guide.current;
    // Both buttons in every step, each in one place: the first step's "previous" is there,
    // greyed, so that a click where "next" was never goes back.
    ui.horizontal(|ui| {
        let previous = current.previous();
        let button = egui::Button::new(t.previous_step);
        if ui
            .add_enabled(editable && previous.is_some(), button)
            .clicked()
            && let Some(previous) = previous
        {
            actions.push(Action::GoToStep(previous));
        }
        let next = current.next();
        let button = egui::Button::new(t.next_step);
        if ui.add_enabled(editable && next.is_some(), button).clicked()
            && let Some(next) = next
        {
            actions.push(Action::GoToStep(next));
        }
    });
    // When the step changes, the new one opens and the others close; in between, opening
    // another step to read it is only looking, not a change to the case.
    let seen_id = egui::Id::unique("guide-step-shown");
    let step_changed = ui.data(|d| d.get_temp::<GuideStep>(seen_id)) != Some(current);
    ui.data_mut(|d| d.insert_temp(seen_id, current));
    for step in GuideStep::ALL {
        let is_current = step == current;
        let title = step_title(step, t);
        let ticked = step
            .points()
            .iter()
            .filter(|p| meeting.guide.is_ticked(**p))
            .count();
        let header = format!("{title}  ({ticked}/{})", step.points().len());
        let text = if is_current {
            egui::RichText::new(header)
                .strong()
                .color(theme::INK.to_egui())
        } else {
            egui::RichText::new(header)
        };
        let frame = if is_current {
            egui::Frame::group(ui.style()).fill(theme::TOP_THREE.to_egui())
        } else {
            egui::Frame::NONE
        };
        frame.show(ui, |ui| {
            let id = ui.make_persistent_id(("step", step));
            // Only the current step is open: the chair's eye stays on what is now.
            let mut state = egui::collapsing_header::CollapsingState::load_with_default_open(
                ui.ctx(),
                id,
                is_current,
            );
            if step_changed {
                state.set_open(is_current);
            }
            let mut header_clicked = false;
            state
                .show_header(ui, |ui| {
                    header_clicked = ui.selectable_label(is_current, text).clicked();
                })
                .body(|ui| {
                    if !is_current
                        && ui
                            .add_enabled(editable, egui::Button::new(t.go_to_step))
                            .clicked()
                    {
                        actions.push(Action::GoToStep(step));
                    }
                    for point in step.points() {
                        let mut checked = meeting.guide.is_ticked(*point);
                        let response = ui.add_enabled(
                            editable,
                            egui::Checkbox::new(&mut checked, point_text(point.0, t)),
                        );
                        if response.changed() {
                            actions.push(Action::TickPoint(point.0, checked));
                        }
                    }
                    ui.add_space(crate::theme::SPACE_SMALL);
                    questions_ui(ui, t, step);
                });
            if header_clicked {
                let mut state = egui::collapsing_header::CollapsingState::load_with_default_open(
                    ui.ctx(),
                    id,
                    is_current,
                );
                state.toggle(ui);
                state.store(ui.ctx());
            }
        });
    }
    actions
}

fn clock_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    meeting: &Meeting,
    now: Time,
    editable: bool,
    actions: &mut Vec<Action>,
) {
    match clock::state(meeting, crate::document::today(), now) {
        ClockState::NotStarted => {
            ui.weak(t.clock_not_started);
            if ui
                .add_enabled(editable, egui::Button::new(t.start_meeting))
                .clicked()
            {
                actions.push(Action::StartClock);
            }
        }
        ClockState::Running(reading) => {
            reading_ui(ui, t, &reading);
            off_plan_ui(ui, t, meeting, editable, actions);
        }
        ClockState::Held {
            start,
            end,
            minutes,
        } => {
            let time =
                |t: Option<Time>| t.map_or("--:--".to_owned(), |t| t.strftime("%H:%M").to_string());
            ui.label(fill(
                t.clock_held,
                &[
                    ("date", &crate::names::date_long(meeting.date, t)),
                    ("start", &time(start)),
                    ("end", &time(end)),
                    (
                        "minutes",
                        &minutes.map_or("?".to_owned(), |m| m.to_string()),
                    ),
                ],
            ));
        }
    }
    // What the meeting must have produced by its end, kept in sight.
    if !meeting.intended_outcome.trim().is_empty() {
        ui.label(egui::RichText::new(&meeting.intended_outcome).italics());
    }
}

/// A clock started far from the planned time says so, and offers to start from now with
/// the planned length.
fn off_plan_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    meeting: &Meeting,
    editable: bool,
    actions: &mut Vec<Action>,
) {
    let (Some(off), Some(planned)) = (crate::model::clock::off_plan(meeting), meeting.start) else {
        return;
    };
    let planned = planned.strftime("%H:%M").to_string();
    let note = if off < 0 {
        fill(t.clock_early, &[("minutes", &-off), ("planned", &planned)])
    } else {
        fill(t.clock_late, &[("minutes", &off), ("planned", &planned)])
    };
    ui.colored_label(theme::ORANGE_TEXT.to_egui(), note);
    let length = crate::model::clock::planned_minutes(meeting)
        .filter(|m| *m > 0)
        .unwrap_or(60);
    let restart = fill(t.clock_restart, &[("minutes", &length)]);
    if ui
        .add_enabled(editable, egui::Button::new(restart))
        .clicked()
    {
        actions.push(Action::RestartClock);
    }
}

fn reading_ui(ui: &mut egui::Ui, t: &Texts, reading: &ClockReading) {
    let line = if reading.meeting_over_time() {
        fill(
            t.clock_over,
            &[
                ("elapsed", &reading.elapsed_min),
                ("over", &-reading.left_min),
            ],
        )
    } else {
        fill(
            t.clock_running,
            &[
                ("elapsed", &reading.elapsed_min),
                ("left", &reading.left_min),
            ],
        )
    };
    ui.label(egui::RichText::new(line).strong());
    if reading.step_share_min > 0 {
        ui.label(fill(
            t.clock_step,
            &[
                ("elapsed", &reading.step_elapsed_min),
                ("share", &reading.step_share_min),
            ],
        ));
    }
    // A calm note, not an alarm: the chair decides.
    let calm = theme::ORANGE_TEXT.to_egui();
    if reading.meeting_over_time() {
        ui.colored_label(calm, t.clock_meeting_over);
    } else if reading.step_over_time() {
        ui.colored_label(calm, t.clock_step_over);
    }
}

/// The questions of `step` in a section of their own, for when the guide is folded away
/// (on a laptop, for the board's room) and they would be gone with it.
pub fn step_questions_ui(ui: &mut egui::Ui, t: &Texts, step: GuideStep) {
    egui::CollapsingHeader::new(t.step_questions_here)
        .id_salt(("step-questions", step))
        .default_open(true)
        .show(ui, |ui| questions_ui(ui, t, step));
    ui.separator();
}

/// The questions the chair can ask in `step`, as the guide shows them.
fn questions_ui(ui: &mut egui::Ui, t: &Texts, step: GuideStep) {
    for question in step_questions(step, t).lines() {
        ui.label(
            egui::RichText::new(format!("“{question}”"))
                .italics()
                .color(theme::MUTED.to_egui()),
        );
    }
}

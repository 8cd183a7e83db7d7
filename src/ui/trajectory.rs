//! The "Verloop" tab: the meetings of the case in order, what changed since the meeting
//! before the shown one, and the goals' scores over time.

use super::{Action, Command};
use crate::i18n::{Texts, fill};
use crate::model::{Case, Changes, PlacedItem, changes};
use crate::names::circle_title;

pub fn trajectory_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    case: &Case,
    shown: usize,
    editable_case: bool,
) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.strong(t.timeline_heading);
    for (index, meeting) in case.meetings.iter().enumerate() {
        let done = meeting.agreements.iter().filter(|a| a.is_done()).count();
        ui.horizontal_wrapped(|ui| {
            let entry = fill(
                t.meeting_entry,
                &[
                    ("number", &(index + 1)),
                    ("date", &crate::names::date_short(meeting.date, t)),
                ],
            );
            if index == shown {
                ui.strong(format!("▶ {entry} {}", t.timeline_shown));
            } else {
                ui.label(&entry);
                let open = ui.small_button(t.timeline_open);
                open.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        format!("{} {entry}", t.timeline_open),
                    )
                });
                if open.clicked() {
                    actions.push(Action::ShowMeeting(index));
                }
            }
        });
        ui.weak(fill(
            t.timeline_details,
            &[
                ("items", &meeting.board.item_count()),
                ("agreements", &meeting.agreements.len()),
                ("done", &done),
            ],
        ));
    }
    if Command::FollowUp.button(ui, t, editable_case) {
        actions.push(Action::Command(Command::FollowUp));
    }

    ui.separator();
    since_last_time_ui(ui, t, case, shown);

    ui.separator();
    let dates: Vec<_> = case
        .meetings
        .iter()
        .take(shown + 1)
        .map(|m| m.date)
        .collect();
    super::goal_chart_ui(ui, t, &case.goal_tracks(shown), &dates);
    // Each goal's chain, to follow from the board to the review; here only to read.
    if let Some(meeting) = case.meetings.get(shown) {
        ui.separator();
        let mut copy = meeting.clone();
        super::chain_ui(
            ui,
            t,
            &mut copy,
            &case.goal_tracks(shown),
            super::ChainAdds::Nothing,
        );
    }
    actions
}

fn since_last_time_ui(ui: &mut egui::Ui, t: &Texts, case: &Case, shown: usize) {
    let (Some(earlier), Some(later)) = (
        shown.checked_sub(1).and_then(|i| case.meetings.get(i)),
        case.meetings.get(shown),
    ) else {
        ui.strong(fill(t.since_heading, &[("date", &"–")]));
        ui.weak(t.since_first);
        return;
    };
    ui.strong(fill(
        t.since_heading,
        &[("date", &crate::names::date_short(earlier.date, t))],
    ));
    let found = changes(earlier, later);
    if found.is_empty() {
        ui.weak(t.since_nothing);
        return;
    }
    for line in since_lines(t, &found) {
        match line {
            Line::Heading(text) => {
                ui.label(egui::RichText::new(text).strong());
            }
            Line::Entry(text) => {
                ui.label(format!("• {text}"));
            }
        }
    }
}

/// One line of the "since last time" list.
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    Heading(String),
    Entry(String),
}

/// The changes as headed lists, in the order a chair would tell them: better first.
pub fn since_lines(t: &Texts, found: &Changes<'_>) -> Vec<Line> {
    let item = |p: &PlacedItem<'_>| format!("{}: {}", circle_title(p.circle, t), p.item.text);
    let mut lines = Vec::new();
    let mut section = |heading: &str, entries: Vec<String>| {
        if !entries.is_empty() {
            lines.push(Line::Heading(heading.to_owned()));
            lines.extend(entries.into_iter().map(Line::Entry));
        }
    };
    section(t.since_improved, found.improved.iter().map(item).collect());
    section(
        t.since_goals,
        found
            .goals
            .iter()
            .map(|g| {
                let score = |s: Option<u8>| s.map_or_else(|| "–".to_owned(), |s| s.to_string());
                let mut line = fill(
                    t.goal_change,
                    &[
                        ("goal", &g.goal.text),
                        ("before", &score(g.before)),
                        ("after", &score(g.after)),
                    ],
                );
                if g.reached() {
                    line.push_str(&format!(" — {}", t.goal_reached));
                }
                line
            })
            .collect(),
    );
    section(
        t.since_done,
        found
            .agreements_done
            .iter()
            .map(|a| format!("{} ({})", a.what, a.who))
            .collect(),
    );
    section(t.since_added, found.added.iter().map(item).collect());
    section(t.since_worsened, found.worsened.iter().map(item).collect());
    section(t.since_removed, found.removed.iter().map(item).collect());
    lines
}

//! The chain of needs in the forms: goals made from the board's ↑ items, what each goal
//! builds on and changes, and one view per goal from the board to the review, with its gaps
//! and buttons that add a need, a support need or an agreement already linked to it.

use crate::chain_text;
use crate::i18n::{Texts, fill};
use crate::model::{
    Agreement, Area, GoalId, GoalTrack, ItemKind, Meeting, Need, SupportFor, SupportNeed,
};
use crate::names::{gap_name, support_name};

/// The ↑ items of the board that are no goal yet, each with a button that makes it one.
/// A collapsing header's title laid out to wrap within the panel: egui sets one on a single
/// line, and a long goal would widen the panel.
fn wrapped_header(ui: &egui::Ui, title: impl Into<egui::WidgetText>) -> egui::WidgetText {
    let width = ui.available_width() - ui.spacing().indent - ui.spacing().button_padding.x;
    let galley = title.into().into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        width.max(1.0),
        egui::TextStyle::Button,
    );
    egui::WidgetText::Galley(galley)
}

pub(super) fn goals_from_board_ui(ui: &mut egui::Ui, t: &Texts, meeting: &mut Meeting) {
    let open: Vec<(crate::model::ItemId, String)> = meeting
        .board
        .items()
        .filter(|i| i.kind == ItemKind::Goal)
        .filter(|i| !meeting.goals.iter().any(|g| g.item == Some(i.id)))
        .map(|i| (i.id, i.text.clone()))
        .collect();
    if open.is_empty() {
        return;
    }
    ui.label(t.goals_on_board);
    for (item, text) in open {
        ui.horizontal_wrapped(|ui| {
            let button = ui.button(fill(t.make_goal, &[("text", &text)]));
            if button.clicked() {
                meeting.goal_from_item(item);
            }
        });
    }
}

/// What goal `row` builds on (+ items) and changes or compensates (− items): ticks, shown
/// as marks on the board.
pub(super) fn goal_links_ui(ui: &mut egui::Ui, t: &Texts, meeting: &mut Meeting, row: usize) {
    let items: Vec<(crate::model::ItemId, ItemKind, String)> = meeting
        .board
        .items()
        .filter(|i| matches!(i.kind, ItemKind::GoingWell | ItemKind::MustImprove))
        .map(|i| (i.id, i.kind, i.text.clone()))
        .collect();
    let Some(goal) = meeting.goals.get_mut(row) else {
        return;
    };
    let title = fill(
        t.goal_links,
        &[
            ("build", &goal.builds_on.len()),
            ("change", &goal.changes.len()),
        ],
    );
    egui::CollapsingHeader::new(wrapped_header(ui, title))
        .id_salt(("goal-links", goal.id))
        .show(ui, |ui| {
            for (kind, heading, list) in [
                (ItemKind::GoingWell, t.chain_builds_on, &mut goal.builds_on),
                (ItemKind::MustImprove, t.chain_changes, &mut goal.changes),
            ] {
                ui.strong(heading);
                for (item, _, text) in items.iter().filter(|(_, k, _)| *k == kind) {
                    let mut on = list.contains(item);
                    let label = format!("{} {text}", kind.symbol());
                    if ui.checkbox(&mut on, label).changed() {
                        if on {
                            list.push(*item);
                        } else {
                            list.retain(|i| i != item);
                        }
                    }
                }
            }
        });
}

/// What the chain's buttons add on a step: only what that step's form shows below it, so the
/// new card is in view with the cursor in its first field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChainAdds {
    /// Read only (the trajectory, step 3 where needs and support are not asked yet).
    Nothing,
    Needs,
    Support,
    Agreements,
}

/// One view per goal: its score over the meetings, what it builds on and changes, its
/// needs, the support of the adults, the agreements and how they were reviewed, and what
/// is still missing; buttons add what `adds` allows, already linked.
pub fn chain_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    meeting: &mut Meeting,
    tracks: &[GoalTrack],
    adds: ChainAdds,
) {
    if meeting.goals.is_empty() {
        return;
    }
    ui.strong(t.section_chains);
    let goals: Vec<GoalId> = meeting.goals.iter().map(|g| g.id).collect();
    for (number, id) in goals.into_iter().enumerate() {
        let Some(chain) = meeting.chain(id) else {
            continue;
        };
        let title = format!("{}. {}", number + 1, chain.goal.text);
        let scores = tracks
            .iter()
            .find(|tr| tr.id == id)
            .map(|tr| {
                // The last few meetings: a long trajectory reads as its recent course.
                let skipped = tr.scores.len().saturating_sub(RECENT_SCORES);
                let recent = (tr.scores[skipped..].iter())
                    .map(|s| s.map_or_else(|| "–".to_owned(), |s| s.to_string()));
                let shown: Vec<String> = (skipped > 0)
                    .then(|| "…".to_owned())
                    .into_iter()
                    .chain(recent)
                    .collect();
                shown.join(" → ")
            })
            .unwrap_or_default();
        let lines = chain_lines(t, &chain, &scores);
        let gaps: Vec<_> = chain.gaps.clone();
        let changes: Vec<(crate::model::ItemId, String)> = chain
            .changes
            .iter()
            .map(|i| (i.id, i.text.clone()))
            .collect();
        let area = chain.goal.area;
        egui::CollapsingHeader::new(wrapped_header(ui, egui::RichText::new(&title).strong()))
            .id_salt(("chain", id))
            .default_open(true)
            .show(ui, |ui| {
                for line in &lines {
                    ui.label(line);
                }
                for gap in &gaps {
                    ui.colored_label(crate::theme::ORANGE_TEXT.to_egui(), gap_name(*gap, t));
                }
                if adds != ChainAdds::Nothing {
                    ui.horizontal_wrapped(|ui| {
                        add_buttons_ui(ui, t, meeting, adds, (id, area, &title), &changes);
                    });
                }
            });
    }
}

/// How many of a goal's latest scores its chain shows.
const RECENT_SCORES: usize = 6;

/// The chain of one goal as lines of text: its scores, where it came from, its links and
/// agreements.
fn chain_lines(t: &Texts, chain: &crate::model::Chain<'_>, scores: &str) -> Vec<String> {
    let mut lines = Vec::new();
    if !scores.is_empty() {
        lines.push(fill(t.chain_scores, &[("scores", &scores)]));
    }
    if chain.item.is_some() {
        lines.push(t.chain_from_board.to_owned());
    }
    lines.extend(chain_text::link_lines(t, chain));
    lines.extend(
        chain
            .agreements
            .iter()
            .map(|a| chain_text::agreement_line(t, a)),
    );
    lines
}

/// Buttons that add what a goal's chain lacks, already linked to it; each named with the
/// goal's `title` too, as every goal has the same buttons.
fn add_buttons_ui(
    ui: &mut egui::Ui,
    t: &Texts,
    meeting: &mut Meeting,
    adds: ChainAdds,
    (goal, area, title): (GoalId, Area, &str),
    changes: &[(crate::model::ItemId, String)],
) {
    let button = |ui: &mut egui::Ui, text: &str| {
        let name = fill(t.row_action, &[("action", &text), ("row", &title)]);
        let button = ui.button(text);
        button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        button.clicked()
    };
    let need_field = format!("{} {}", crate::names::area_name(area, t), t.field_need);
    match adds {
        ChainAdds::Nothing => {}
        ChainAdds::Needs => {
            if button(ui, t.chain_add_need) {
                meeting.needs.push(Need {
                    area,
                    goal: Some(goal),
                    ..Need::default()
                });
                super::focus_cell(ui, t, &need_field, meeting.needs.len() - 1);
            }
            // A − item is offered until a need answers it.
            let unanswered: Vec<_> = changes
                .iter()
                .filter(|(i, _)| !meeting.has_need_from(*i))
                .collect();
            for (item, text) in unanswered {
                if button(ui, &fill(t.chain_need_from, &[("text", text)])) {
                    meeting.need_from_item(*item, Some(goal));
                    super::focus_cell(ui, t, &need_field, meeting.needs.len() - 1);
                }
            }
        }
        ChainAdds::Support => {
            for of in [SupportFor::Teacher, SupportFor::IbZoco, SupportFor::Parents] {
                let label = fill(t.chain_add_support, &[("of", &support_name(of, t))]);
                if button(ui, &label) {
                    meeting.support_needs.push(SupportNeed {
                        of,
                        goal: Some(goal),
                        ..SupportNeed::default()
                    });
                    let row = meeting.support_needs.len() - 1;
                    super::focus_cell(ui, t, t.field_support_what, row);
                }
            }
        }
        ChainAdds::Agreements => {
            if button(ui, t.chain_add_agreement) {
                let id = crate::model::AgreementId::next(&meeting.agreements);
                meeting.agreements.push(Agreement {
                    id,
                    goal: Some(goal),
                    ..Agreement::default()
                });
                let row = meeting.agreements.len() - 1;
                super::focus_cell(ui, t, t.col_who, row);
            }
        }
    }
}

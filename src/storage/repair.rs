//! Checks a case after reading it for what the file format cannot rule out — ids used
//! twice, arrows to circles that are not there, positions that are not numbers — and
//! mends what can be mended without losing anything, saying what it did.

use std::collections::BTreeSet;

use crate::i18n::{Texts, fill};
use crate::model::{ArrowId, Board, Case, CircleId, ItemId, MAX_RADIUS_MM, MIN_RADIUS_MM, PosMm};
use crate::model::{BOARD_HEIGHT_MM, BOARD_WIDTH_MM};

/// One thing that was mended; `meeting` counts from 1, as the user does.
#[derive(Clone, Debug, PartialEq)]
pub enum Repair {
    /// A circle, item or arrow had the id of another and got a new one.
    DuplicateId { meeting: usize },
    /// An arrow pointed to a circle that is not there; it was removed, and its note kept
    /// in the meeting's insight.
    DanglingArrow { meeting: usize, note: String },
    /// A circle's place or size was not a number, or out of range; it was put back on the
    /// board.
    BadGeometry { meeting: usize },
    /// A goal's score was above 10; it was set to 10.
    ScoreOutOfRange { meeting: usize },
    /// Texts held control characters that no document can hold (pasted from elsewhere);
    /// line breaks among them became line breaks, the rest went.
    InvisibleCharacters { texts: usize },
}

impl Repair {
    /// What was mended, in the user's words.
    pub fn message(&self, t: &Texts) -> String {
        let in_meeting = |template, meeting: &usize| fill(template, &[("meeting", meeting)]);
        match self {
            Self::DuplicateId { meeting } => in_meeting(t.repair_duplicate, meeting),
            Self::DanglingArrow { meeting, .. } => in_meeting(t.repair_arrow, meeting),
            Self::BadGeometry { meeting } => in_meeting(t.repair_geometry, meeting),
            Self::ScoreOutOfRange { meeting } => in_meeting(t.repair_score, meeting),
            Self::InvisibleCharacters { texts } => fill(t.repair_invisible, &[("texts", texts)]),
        }
    }
}

/// The sentence that tells what was mended in the file at `path`.
pub fn repairs_message(path: &std::path::Path, repairs: &[Repair], t: &Texts) -> String {
    let list: Vec<String> = repairs.iter().map(|r| r.message(t)).collect();
    fill(
        t.repaired,
        &[("path", &path.display()), ("list", &list.join(" "))],
    )
}

/// Mends `case` in place and lists what it changed; an empty list means all was well.
pub fn repair(case: &mut Case) -> Vec<Repair> {
    let mut repairs = Vec::new();
    for (index, meeting) in case.meetings.iter_mut().enumerate() {
        let number = index + 1;
        if unique_ids(&mut meeting.board) {
            repairs.push(Repair::DuplicateId { meeting: number });
        }
        if fix_geometry(&mut meeting.board) {
            repairs.push(Repair::BadGeometry { meeting: number });
        }
        let circles: BTreeSet<CircleId> = meeting.board.circles.iter().map(|c| c.id).collect();
        let (kept, dangling): (Vec<_>, Vec<_>) = std::mem::take(&mut meeting.board.arrows)
            .into_iter()
            .partition(|a| a.from != a.to && circles.contains(&a.from) && circles.contains(&a.to));
        meeting.board.arrows = kept;
        for arrow in dangling {
            if !arrow.note.trim().is_empty() {
                if !meeting.insight.is_empty() {
                    meeting.insight.push('\n');
                }
                meeting.insight.push_str(&arrow.note);
            }
            repairs.push(Repair::DanglingArrow {
                meeting: number,
                note: arrow.note,
            });
        }
        for goal in &mut meeting.goals {
            if goal.score.is_some_and(|s| s > 10) {
                goal.score = Some(10);
                repairs.push(Repair::ScoreOutOfRange { meeting: number });
            }
        }
    }
    let texts = case.clean_texts();
    if texts > 0 {
        repairs.push(Repair::InvisibleCharacters { texts });
    }
    repairs
}

/// Gives every circle, item and arrow an id of its own; true if any had to change. The
/// first of a pair keeps its id, so arrows keep pointing where they pointed.
fn unique_ids(board: &mut Board) -> bool {
    let mut changed = false;
    let mut next = board.next_circle_id().0;
    let mut seen = BTreeSet::new();
    for circle in &mut board.circles {
        if !seen.insert(circle.id) {
            circle.id = CircleId(next);
            next += 1;
            changed = true;
        }
    }
    let mut next = board.next_item_id().0;
    let mut seen = BTreeSet::new();
    for item in board.items_mut() {
        if !seen.insert(item.id) {
            item.id = ItemId(next);
            next += 1;
            changed = true;
        }
    }
    let mut next = board.next_arrow_id().0;
    let mut seen = BTreeSet::new();
    for arrow in &mut board.arrows {
        if !seen.insert(arrow.id) {
            arrow.id = ArrowId(next);
            next += 1;
            changed = true;
        }
    }
    changed
}

fn fix_geometry(board: &mut Board) -> bool {
    let mut changed = false;
    for circle in &mut board.circles {
        let r = circle.radius_mm;
        if !r.is_finite() || !(MIN_RADIUS_MM..=MAX_RADIUS_MM).contains(&r) {
            circle.radius_mm = if r.is_finite() {
                r.clamp(MIN_RADIUS_MM, MAX_RADIUS_MM)
            } else {
                52.0
            };
            changed = true;
        }
        let c = circle.center;
        let on_board = |v: f32, max: f32| v.is_finite() && (0.0..=max).contains(&v);
        if !on_board(c.x, BOARD_WIDTH_MM) || !on_board(c.y, BOARD_HEIGHT_MM) {
            let fix = |v: f32, max: f32| {
                if v.is_finite() {
                    v.clamp(0.0, max)
                } else {
                    max / 2.0
                }
            };
            circle.center = PosMm::new(fix(c.x, BOARD_WIDTH_MM), fix(c.y, BOARD_HEIGHT_MM));
            changed = true;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ItemKind, Spiral};

    #[test]
    fn duplicates_dangling_arrows_and_bad_numbers_are_mended_and_reported() {
        let mut case = Case::new(jiff::civil::date(2026, 11, 30));
        let board = &mut case.meetings[0].board;
        let a = board
            .add_item(CircleId(1), ItemKind::GoingWell, "a")
            .unwrap();
        board
            .add_item(CircleId(2), ItemKind::GoingWell, "b")
            .unwrap();
        board.circles[1].items[0].id = a;
        board
            .add_arrow(CircleId(1), CircleId(2), Spiral::Upward, "")
            .unwrap();
        board
            .add_arrow(
                CircleId(1),
                CircleId(3),
                Spiral::Downward,
                "thuis merkt het",
            )
            .unwrap();
        board.arrows[1].to = CircleId(77);
        board.circles[2].center = PosMm::new(f32::NAN, 1.0e9);
        board.circles[0].radius_mm = f32::INFINITY;
        case.meetings[0].goals.push(crate::model::Goal {
            score: Some(42),
            ..Default::default()
        });

        let repairs = repair(&mut case);
        assert_eq!(repairs.len(), 4, "{repairs:?}");
        let meeting = &case.meetings[0];
        let ids: BTreeSet<_> = meeting.board.items().map(|i| i.id).collect();
        assert_eq!(ids.len(), 2);
        assert_eq!(meeting.board.arrows.len(), 1);
        assert!(meeting.insight.contains("thuis merkt het"));
        assert!(
            meeting
                .board
                .circles
                .iter()
                .all(|c| c.center.x.is_finite() && c.radius_mm.is_finite())
        );
        assert_eq!(meeting.goals[0].score, Some(10));
        assert!(
            repair(&mut case).is_empty(),
            "a mended case needs no more mending"
        );
    }
}

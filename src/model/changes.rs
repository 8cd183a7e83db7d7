//! "Since last time": what changed between two meetings of a case.

use super::{Agreement, AgreementStatus, CircleKind, Goal, Item, ItemKind, Meeting, ReviewOutcome};

/// An item with the circle it stands in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedItem<'a> {
    pub circle: &'a CircleKind,
    pub item: &'a Item,
}

/// A goal whose score moved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GoalChange<'a> {
    pub goal: &'a Goal,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

impl GoalChange<'_> {
    /// Ten on the scale: the goal is reached.
    pub fn reached(&self) -> bool {
        self.after == Some(10)
    }
}

/// What changed from one meeting to a later one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes<'a> {
    /// On the later board, not on the earlier one.
    pub added: Vec<PlacedItem<'a>>,
    /// On the earlier board, gone from the later one.
    pub removed: Vec<PlacedItem<'a>>,
    /// Turned from "must get better" to "going well".
    pub improved: Vec<PlacedItem<'a>>,
    /// Turned from "going well" to "must get better".
    pub worsened: Vec<PlacedItem<'a>>,
    pub goals: Vec<GoalChange<'a>>,
    /// Agreements found done at the later meeting.
    pub agreements_done: Vec<&'a Agreement>,
}

impl Changes<'_> {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.improved.is_empty()
            && self.worsened.is_empty()
            && self.goals.is_empty()
            && self.agreements_done.is_empty()
    }
}

/// A rule by which an item then and an item now are the same item.
type SameItem = dyn Fn(&PlacedItem<'_>, &PlacedItem<'_>) -> bool;

fn same_id(then: &PlacedItem<'_>, now: &PlacedItem<'_>) -> bool {
    then.item.id == now.item.id
}

fn same_text(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn placed(meeting: &Meeting) -> Vec<PlacedItem<'_>> {
    meeting
        .board
        .circles
        .iter()
        .flat_map(|c| {
            c.items.iter().map(|item| PlacedItem {
                circle: &c.kind,
                item,
            })
        })
        .collect()
}

/// What changed from `earlier` to `later`.
///
/// An item is the same item when it kept its id and its text (a follow-up copies the board
/// with its ids); failing that, when its text is the same (boards made by hand do not
/// share ids); failing that, when it kept its id in the same circle, however it was
/// reworded or turned.
pub fn changes<'a>(earlier: &'a Meeting, later: &'a Meeting) -> Changes<'a> {
    let before = placed(earlier);
    let after = placed(later);
    let mut matched_before = vec![false; before.len()];
    let mut matched_after = vec![false; after.len()];
    let mut pairs = Vec::new();
    let rules: [&SameItem; 3] = [
        &|then, now| same_id(then, now) && same_text(&then.item.text, &now.item.text),
        &|then, now| same_text(&then.item.text, &now.item.text),
        &|then, now| same_id(then, now) && then.circle == now.circle,
    ];
    for rule in rules {
        for (j, now) in after.iter().enumerate() {
            if matched_after[j] {
                continue;
            }
            let found = before
                .iter()
                .enumerate()
                .position(|(i, then)| !matched_before[i] && rule(then, now));
            if let Some(i) = found {
                matched_before[i] = true;
                matched_after[j] = true;
                pairs.push((before[i], *now));
            }
        }
    }
    let added = after
        .iter()
        .zip(&matched_after)
        .filter(|(_, matched)| !**matched)
        .map(|(item, _)| *item)
        .collect();
    let removed = before
        .iter()
        .zip(&matched_before)
        .filter(|(_, matched)| !**matched)
        .map(|(item, _)| *item)
        .collect();
    let turned = |from: ItemKind, to: ItemKind| {
        pairs
            .iter()
            .filter(|(then, now)| then.item.kind == from && now.item.kind == to)
            .map(|(_, now)| *now)
            .collect()
    };
    let goals = later
        .goals
        .iter()
        .filter_map(|goal| {
            let before = earlier.goals.iter().find(|g| g.id == goal.id)?.score;
            (before != goal.score && goal.score.is_some()).then_some(GoalChange {
                goal,
                before,
                after: goal.score,
            })
        })
        .collect();
    let agreements_done = later
        .agreements
        .iter()
        .filter(|a| {
            let reviewed_done = a
                .review
                .as_ref()
                .is_some_and(|r| r.outcome == ReviewOutcome::Done);
            let newly_done = a.status == AgreementStatus::Done
                && earlier
                    .agreements
                    .iter()
                    .any(|e| e.id == a.id && e.status != AgreementStatus::Done);
            reviewed_done || newly_done
        })
        .collect();
    Changes {
        added,
        removed,
        improved: turned(ItemKind::MustImprove, ItemKind::GoingWell),
        worsened: turned(ItemKind::GoingWell, ItemKind::MustImprove),
        goals,
        agreements_done,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_turned_and_reworded_under_its_id_is_one_item_that_improved() {
        let mut earlier = Meeting::new(jiff::civil::date(2026, 9, 15));
        let child = earlier.board.circles[0].id;
        let id = earlier
            .board
            .add_item(child, ItemKind::MustImprove, "Technisch lezen: AVI E4")
            .unwrap();
        let mut later = earlier.clone();
        let item = later.board.circles[0]
            .items
            .iter_mut()
            .find(|i| i.id == id)
            .unwrap();
        item.kind = ItemKind::GoingWell;
        item.text = "Technisch lezen: nu AVI M5".to_owned();
        let found = changes(&earlier, &later);
        assert!(found.added.is_empty() && found.removed.is_empty());
        assert_eq!(found.improved.len(), 1);
        assert_eq!(found.improved[0].item.text, "Technisch lezen: nu AVI M5");
    }
    use crate::model::{AgreementId, Case, GoalId, ItemId, Review};

    fn item(id: u32, kind: ItemKind, text: &str) -> Item {
        Item {
            id: ItemId(id),
            kind,
            text: text.to_owned(),
            top_three: false,
            carried: false,
            said_by: None,
            prepared: false,
            also_said_by: Vec::new(),
            said_words: None,
            example: None,
            childs_words: false,
        }
    }

    fn texts(items: &[PlacedItem<'_>]) -> Vec<String> {
        items.iter().map(|p| p.item.text.clone()).collect()
    }

    #[test]
    fn a_follow_up_lists_what_was_added_removed_and_turned() {
        let mut case = Case::new(jiff::civil::date(2026, 9, 15));
        let first = &mut case.meetings[0];
        first.board.circles[0].items = vec![
            item(1, ItemKind::MustImprove, "Leest weinig"),
            item(2, ItemKind::GoingWell, "Speelt buiten"),
            item(3, ItemKind::Question, "Slaapt hij goed?"),
        ];
        first.goals.push(Goal {
            id: GoalId(1),
            text: "Leest graag".to_owned(),
            score: Some(3),
            ..Goal::default()
        });
        first.agreements.push(Agreement {
            id: AgreementId(1),
            what: "Duolezen".to_owned(),
            ..Agreement::default()
        });
        case.add_follow_up(jiff::civil::date(2026, 11, 10));
        let next = &mut case.meetings[1];
        let items = &mut next.board.circles[0].items;
        items[0].kind = ItemKind::GoingWell;
        items.remove(2);
        items.push(item(4, ItemKind::GoingWell, "Vraagt zelf om hulp"));
        next.goals[0].score = Some(10);
        next.agreements[0].review = Some(Review {
            outcome: ReviewOutcome::Done,
            ..Review::default()
        });

        let found = changes(&case.meetings[0], &case.meetings[1]);
        assert_eq!(texts(&found.added), ["Vraagt zelf om hulp"]);
        assert_eq!(texts(&found.removed), ["Slaapt hij goed?"]);
        assert_eq!(texts(&found.improved), ["Leest weinig"]);
        assert!(found.worsened.is_empty());
        assert_eq!(found.goals.len(), 1);
        assert_eq!(
            (found.goals[0].before, found.goals[0].after),
            (Some(3), Some(10))
        );
        assert!(found.goals[0].reached());
        assert_eq!(found.agreements_done[0].what, "Duolezen");
    }

    #[test]
    fn the_same_meeting_twice_has_no_changes_on_the_board_or_in_the_scores() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
        let case = crate::storage::load(&path).unwrap().case;
        for meeting in &case.meetings {
            let found = changes(meeting, meeting);
            let board = [
                &found.added,
                &found.removed,
                &found.improved,
                &found.worsened,
            ];
            assert!(board.iter().all(|list| list.is_empty()));
            assert!(found.goals.is_empty());
        }
    }

    #[test]
    fn boards_made_by_hand_are_matched_by_text() {
        let mut earlier = Meeting::new(jiff::civil::date(2026, 9, 15));
        let mut later = earlier.clone();
        earlier.board.circles[1].items = vec![item(1, ItemKind::GoingWell, "Warme band")];
        later.board.circles[1].items = vec![
            item(1, ItemKind::GoingWell, "Iets heel anders"),
            item(2, ItemKind::MustImprove, "warme band "),
        ];
        let found = changes(&earlier, &later);
        assert_eq!(texts(&found.added), ["Iets heel anders"]);
        assert!(found.removed.is_empty());
        assert_eq!(texts(&found.worsened), ["warme band "]);
    }
}

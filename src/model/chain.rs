//! The chain of needs: a goal made from the board, what it builds on and what it changes,
//! the needs that serve it, what the adults need for it, the agreements that carry it out.
//! One connected thing, followed from the board to the review at the next meeting.

use super::{Agreement, Area, CircleKind, Goal, GoalId, Item, ItemId, ItemKind, Meeting};
use super::{Need, SupportFor, SupportNeed};

/// What is still missing in a goal's chain, shown as a gap to fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Nothing on the board marked to build on.
    NothingToBuildOn,
    /// No educational or parenting need serves it yet.
    NoNeed,
    /// No support need yet of the adults the goal asks for.
    NoSupport(Adults),
    /// No agreement carries it out yet.
    NoAgreement,
}

/// The adults around the child whose support a goal asks for: the method turns the child's
/// educational needs into what the school's adults need, and its parenting needs into what
/// the parents need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Adults {
    /// Leerkracht/mentor or IB/zoco.
    School,
    Parents,
    /// Not yet said by the goal or its needs: support from any adult will do.
    Any,
}

impl Adults {
    /// Whether a support need of `of` is support from these adults.
    pub fn served_by(self, of: SupportFor) -> bool {
        match self {
            Self::School => matches!(of, SupportFor::Teacher | SupportFor::IbZoco),
            Self::Parents => of == SupportFor::Parents,
            Self::Any => true,
        }
    }

    /// The adults a goal of `area` with needs in `needs` asks support from: a school goal
    /// the school's, a home goal the parents'; a goal of the child follows its needs (an
    /// educational need asks the school, a parenting need the parents).
    fn asked_by(area: Area, needs: &[&Need]) -> Vec<Self> {
        match area {
            Area::School => vec![Self::School],
            Area::Home => vec![Self::Parents],
            Area::Child | Area::Other => {
                let mut asked = Vec::new();
                if needs.iter().any(|n| n.area == Area::School) {
                    asked.push(Self::School);
                }
                if needs.iter().any(|n| n.area == Area::Home) {
                    asked.push(Self::Parents);
                }
                if asked.is_empty() {
                    asked.push(Self::Any);
                }
                asked
            }
        }
    }
}

/// One goal's chain in a meeting.
#[derive(Clone, Debug, PartialEq)]
pub struct Chain<'a> {
    pub goal: &'a Goal,
    /// The ↑ item on the board the goal is, if it was made from one.
    pub item: Option<&'a Item>,
    pub builds_on: Vec<&'a Item>,
    pub changes: Vec<&'a Item>,
    pub needs: Vec<&'a Need>,
    pub support: Vec<&'a SupportNeed>,
    pub agreements: Vec<&'a Agreement>,
    pub gaps: Vec<Gap>,
}

/// The area a goal made from an item of `kind` of circle belongs to.
fn area_of(kind: &CircleKind) -> Area {
    match kind {
        CircleKind::Child => Area::Child,
        CircleKind::School => Area::School,
        CircleKind::Home => Area::Home,
        CircleKind::Custom(_) => Area::Other,
    }
}

impl Meeting {
    /// The goal that is the ↑ item `item`, made if there is none yet; `None` when there is
    /// no such item.
    pub fn goal_from_item(&mut self, item: ItemId) -> Option<GoalId> {
        if let Some(goal) = self.goals.iter().find(|g| g.item == Some(item)) {
            return Some(goal.id);
        }
        let (found, area) = self.item_and_area(item)?;
        let text = found.text.clone();
        let id = GoalId(super::next_id(self.goals.iter().map(|g| g.id.0)));
        self.goals.push(Goal {
            id,
            area,
            text,
            item: Some(item),
            ..Goal::default()
        });
        Some(id)
    }

    /// Keeps each goal and its ↑ item saying the same: whichever of the two changed since
    /// `before` is copied to the other.
    pub fn sync_goals_with_board(&mut self, before: &Meeting) {
        for goal in &mut self.goals {
            let Some(id) = goal.item else {
                continue;
            };
            let Some(item) = self.board.item_mut(id) else {
                // The item went: the goal stays, on its own.
                goal.item = None;
                continue;
            };
            let goal_before = before.goals.iter().find(|g| g.id == goal.id);
            let goal_changed = goal_before.is_some_and(|g| g.text != goal.text);
            if goal_changed && !goal.text.trim().is_empty() {
                item.text.clone_from(&goal.text);
            } else if item.text != goal.text {
                goal.text.clone_from(&item.text);
            }
        }
    }

    /// A need to phrase for a − item: it begins with `needs` ("Heeft nodig:") and answers
    /// the item, which is not copied in (a problem is no need); it serves `goal` when given.
    pub fn need_from_item(&mut self, item: ItemId, goal: Option<GoalId>) {
        let Some((_, area)) = self.item_and_area(item) else {
            return;
        };
        self.needs.push(Need {
            area,
            // What the child needs is the chair's to say; every need is shown as "… heeft
            // nodig: …" around it.
            text: String::new(),
            goal,
            from: Some(item),
        });
    }

    /// Whether a need already answers the − item `item`.
    pub fn has_need_from(&self, item: ItemId) -> bool {
        self.needs.iter().any(|n| n.from == Some(item))
    }

    /// Item `item` and the area of the circle it is in.
    fn item_and_area(&self, item: ItemId) -> Option<(&Item, Area)> {
        let (circle, index) = self.board.find_item(item)?;
        let circle = self.board.circle(circle)?;
        Some((circle.items.get(index)?, area_of(&circle.kind)))
    }

    /// The chain of goal `id`, with what is still missing.
    pub fn chain(&self, id: GoalId) -> Option<Chain<'_>> {
        let goal = self.goals.iter().find(|g| g.id == id)?;
        let items = |ids: &[ItemId], kind: ItemKind| -> Vec<&Item> {
            ids.iter()
                .filter_map(|id| self.board.item(*id))
                .filter(|i| i.kind == kind)
                .collect()
        };
        let builds_on = items(&goal.builds_on, ItemKind::GoingWell);
        let changes = items(&goal.changes, ItemKind::MustImprove);
        let needs: Vec<&Need> = Area::ALL
            .iter()
            .flat_map(|area| {
                self.needs
                    .iter()
                    .filter(move |n| n.goal == Some(id) && n.area == *area)
            })
            .collect();
        let support: Vec<&SupportNeed> = SupportFor::ALL
            .iter()
            .flat_map(|of| {
                self.support_needs
                    .iter()
                    .filter(move |s| s.goal == Some(id) && s.of == *of)
            })
            .collect();
        let agreements: Vec<&Agreement> = self
            .agreements
            .iter()
            .filter(|a| a.goal == Some(id))
            .collect();
        let mut gaps = Vec::new();
        if builds_on.is_empty() {
            gaps.push(Gap::NothingToBuildOn);
        }
        if needs.is_empty() {
            gaps.push(Gap::NoNeed);
        }
        for adults in Adults::asked_by(goal.area, &needs) {
            if !support.iter().any(|s| adults.served_by(s.of)) {
                gaps.push(Gap::NoSupport(adults));
            }
        }
        if agreements.is_empty() {
            gaps.push(Gap::NoAgreement);
        }
        Some(Chain {
            goal,
            item: goal.item.and_then(|i| self.board.item(i)),
            builds_on,
            changes,
            needs,
            support,
            agreements,
            gaps,
        })
    }

    /// Whether `item` is marked on the board: built on, or to change, by some goal.
    pub fn item_mark(&self, item: ItemId) -> Option<ItemMark> {
        if self.goals.iter().any(|g| g.builds_on.contains(&item)) {
            Some(ItemMark::BuildOn)
        } else if self.goals.iter().any(|g| g.changes.contains(&item)) {
            Some(ItemMark::Change)
        } else {
            None
        }
    }
}

/// How a goal uses an item of the board.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemMark {
    /// A + item a goal builds on.
    BuildOn,
    /// A − item a goal changes or compensates.
    Change,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BoardEdit;

    #[test]
    fn a_chain_is_built_from_the_board_without_typing_twice() {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 11, 30));
        let child = meeting.board.circles[0].id;
        let mut add = |kind, text: &str| meeting.board.add_item(child, kind, text).unwrap();
        let good = add(ItemKind::GoingWell, "Leest graag met een maatje");
        let worse = add(ItemKind::MustImprove, "Technisch lezen: AVI E4");
        let aim = add(ItemKind::Goal, "Leest eind groep 6 op AVI M5");

        let goal = meeting.goal_from_item(aim).unwrap();
        assert_eq!(meeting.goal_from_item(aim), Some(goal), "one goal per item");
        assert_eq!(meeting.goals[0].text, "Leest eind groep 6 op AVI M5");
        assert_eq!(meeting.goals[0].area, Area::Child);
        let chain = meeting.chain(goal).unwrap();
        assert_eq!(
            chain.gaps,
            [
                Gap::NothingToBuildOn,
                Gap::NoNeed,
                Gap::NoSupport(Adults::Any),
                Gap::NoAgreement
            ]
        );

        meeting.goals[0].builds_on.push(good);
        meeting.goals[0].changes.push(worse);
        meeting.need_from_item(worse, Some(goal));
        meeting.support_needs.push(SupportNeed {
            of: SupportFor::Teacher,
            goal: Some(goal),
            ..SupportNeed::default()
        });
        meeting.agreements.push(Agreement {
            goal: Some(goal),
            ..Agreement::default()
        });
        let chain = meeting.chain(goal).unwrap();
        assert_eq!(chain.builds_on[0].text, "Leest graag met een maatje");
        assert_eq!(chain.needs[0].text, "");
        assert_eq!(chain.needs[0].from, Some(worse));
        assert!(meeting.has_need_from(worse));
        assert_eq!(chain.gaps, []);
        // A parenting need of the goal asks the parents too.
        meeting.needs.push(Need {
            area: Area::Home,
            goal: Some(goal),
            ..Need::default()
        });
        let chain = meeting.chain(goal).unwrap();
        assert_eq!(chain.gaps, [Gap::NoSupport(Adults::Parents)]);
        assert_eq!(meeting.item_mark(good), Some(ItemMark::BuildOn));
        assert_eq!(meeting.item_mark(worse), Some(ItemMark::Change));
    }

    #[test]
    fn a_goal_asks_support_of_the_adults_of_its_area() {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 11, 30));
        for area in [Area::School, Area::Home] {
            let id = GoalId(super::super::next_id(meeting.goals.iter().map(|g| g.id.0)));
            meeting.goals.push(Goal {
                id,
                area,
                ..Goal::default()
            });
        }
        let (school, home) = (meeting.goals[0].id, meeting.goals[1].id);
        let support_gaps = |meeting: &Meeting, goal| {
            let chain = meeting.chain(goal).unwrap();
            (chain.gaps.iter())
                .filter(|g| matches!(g, Gap::NoSupport(_)))
                .copied()
                .collect::<Vec<_>>()
        };
        assert_eq!(
            support_gaps(&meeting, school),
            [Gap::NoSupport(Adults::School)]
        );
        assert_eq!(
            support_gaps(&meeting, home),
            [Gap::NoSupport(Adults::Parents)]
        );
        // The IB/zoco's support answers a school goal; the teacher's does not answer home.
        for (of, goal) in [(SupportFor::IbZoco, school), (SupportFor::Teacher, home)] {
            meeting.support_needs.push(SupportNeed {
                of,
                goal: Some(goal),
                ..SupportNeed::default()
            });
        }
        assert_eq!(support_gaps(&meeting, school), []);
        assert_eq!(
            support_gaps(&meeting, home),
            [Gap::NoSupport(Adults::Parents)]
        );
    }

    #[test]
    fn a_goal_and_its_item_follow_each_other() {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 11, 30));
        let child = meeting.board.circles[0].id;
        let aim = meeting
            .board
            .add_item(child, ItemKind::Goal, "Leest op AVI M5")
            .unwrap();
        meeting.goal_from_item(aim).unwrap();
        // The goal edited in the form: the board follows.
        let before = meeting.clone();
        meeting.goals[0].text = "Leest eind groep 6 op AVI M5".to_owned();
        meeting.sync_goals_with_board(&before);
        assert_eq!(
            meeting.board.item(aim).unwrap().text,
            "Leest eind groep 6 op AVI M5"
        );
        // The item edited on the board: the goal follows.
        let before = meeting.clone();
        meeting.board.apply(BoardEdit::SetItemText {
            item: aim,
            text: "Leest eind groep 6 vlot op AVI M5".to_owned(),
        });
        meeting.sync_goals_with_board(&before);
        assert_eq!(meeting.goals[0].text, "Leest eind groep 6 vlot op AVI M5");
        // The item removed: the goal stays.
        meeting.board.apply(BoardEdit::DeleteItem { item: aim });
        let before = meeting.clone();
        meeting.sync_goals_with_board(&before);
        assert_eq!(meeting.goals[0].item, None);
        assert_eq!(meeting.goals.len(), 1);
    }
}

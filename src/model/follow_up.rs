//! The next meeting of a trajectory starts where the last one ended.

#[cfg(test)]
use super::AgreementStatus;
use super::{Case, Date, Meeting, Participant};

impl Case {
    /// Adds a follow-up to the last meeting on `date` and returns its index.
    ///
    /// It carries over what the next meeting builds on: the board (each item marked as
    /// carried, to be kept, moved or removed), the people at the table, the goals (to be
    /// scored again), the needs and support needs (the approach under review), and the
    /// agreements still open (to be reviewed). Questions, the time box, the clock and the
    /// evaluation start empty; the time box is the one agreed for `date`, if one was.
    pub fn add_follow_up(&mut self, date: Date) -> usize {
        let follow_up = match self.meetings.last() {
            Some(last) => follow_up_of(last, date),
            None => Meeting::new(date),
        };
        self.meetings.push(follow_up);
        self.meetings.len() - 1
    }
}

impl Case {
    /// The next meeting as agreed at the close of the last one.
    pub fn planned_next(&self) -> Option<&super::NextMeeting> {
        self.meetings.last()?.next.as_ref()
    }
}

fn follow_up_of(last: &Meeting, date: Date) -> Meeting {
    let mut board = last.board.clone();
    for item in board.items_mut() {
        item.carried = true;
    }
    let participants = last
        .participants
        .iter()
        .map(|p| Participant {
            present: true,
            ..p.clone()
        })
        .collect();
    let goals = last
        .goals
        .iter()
        .map(|goal| super::Goal {
            score: None,
            ..goal.clone()
        })
        .collect();
    let agreements = last
        .agreements
        .iter()
        .filter(|a| a.is_running())
        .map(|a| super::Agreement {
            carried: true,
            review: None,
            // What it said before it was adjusted last time goes along; an agreement left
            // as it was keeps the history it had.
            earlier: a.reworded_from().cloned().or_else(|| a.earlier.clone()),
            ..a.clone()
        })
        .collect();
    // The time agreed at the close of the last meeting, where it was agreed for this day.
    let planned = last.next.as_ref().filter(|next| next.date == date);
    Meeting {
        start: planned.and_then(|next| next.start),
        planned_end: planned.and_then(super::NextMeeting::end),
        chair: last.chair.clone(),
        // Why everyone is at the table does not change from one meeting to the next.
        shared_interest: last.shared_interest.clone(),
        participants,
        board,
        goals,
        needs: last.needs.clone(),
        support_needs: last.support_needs.clone(),
        agreements,
        ..Meeting::new(date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Agreement, AgreementId, Goal, GoalId, Item, ItemId, ItemKind, Review};

    fn last_meeting() -> Meeting {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 9, 15));
        meeting.chair = "IB".to_owned();
        meeting.participants.push(Participant {
            name: "Moeder".to_owned(),
            present: false,
            ..Participant::default()
        });
        meeting.board.circles[0].items.push(Item {
            id: ItemId(1),
            kind: ItemKind::MustImprove,
            text: "Leest weinig".to_owned(),
            top_three: true,
            carried: false,
            said_by: None,
            prepared: false,
            also_said_by: Vec::new(),
            said_words: None,
            example: None,
            childs_words: false,
        });
        meeting.goals.push(Goal {
            id: GoalId(4),
            text: "Leest graag".to_owned(),
            score: Some(3),
            ..Goal::default()
        });
        for (id, status) in [
            (1, AgreementStatus::Open),
            (2, AgreementStatus::Done),
            (3, AgreementStatus::InProgress),
            (4, AgreementStatus::Cancelled),
        ] {
            meeting.agreements.push(Agreement {
                id: AgreementId(id),
                status,
                review: Some(Review::default()),
                ..Agreement::default()
            });
        }
        meeting.questions.push(crate::model::Question::default());
        meeting.insight = "Hangt samen met de pauze".to_owned();
        meeting
    }

    #[test]
    fn a_follow_up_on_the_agreed_day_takes_the_agreed_time() {
        let mut case = Case::default();
        let mut last = last_meeting();
        last.next = Some(crate::model::NextMeeting {
            date: jiff::civil::date(2026, 10, 27),
            start: Some(jiff::civil::time(14, 30, 0, 0)),
            minutes: Some(45),
            place: "Kamer 3".to_owned(),
        });
        case.meetings.push(last);
        let index = case.add_follow_up(jiff::civil::date(2026, 10, 27));
        let next = &case.meetings[index];
        assert_eq!(next.start, Some(jiff::civil::time(14, 30, 0, 0)));
        assert_eq!(next.planned_end, Some(jiff::civil::time(15, 15, 0, 0)));
        assert_eq!(next.next, None, "the new meeting plans its own next one");
        // Another day than agreed: no time box taken over.
        let other = case.add_follow_up(jiff::civil::date(2026, 11, 3));
        assert_eq!(case.meetings[other].start, None);
    }

    #[test]
    fn a_follow_up_carries_the_board_people_goals_and_open_agreements() {
        let mut case = Case::default();
        let mut last = last_meeting();
        last.shared_interest = "Daan met plezier leert lezen".to_owned();
        case.meetings.push(last);
        let date = jiff::civil::date(2026, 11, 10);
        let index = case.add_follow_up(date);
        assert_eq!(index, 1);
        let next = &case.meetings[1];
        assert_eq!(next.date, date);
        assert_eq!(next.chair, "IB");
        assert_eq!(next.shared_interest, "Daan met plezier leert lezen");
        assert!(next.participants[0].present, "everyone is expected again");

        let item = &next.board.circles[0].items[0];
        assert!(item.carried && item.top_three);
        assert_eq!(
            item.id,
            ItemId(1),
            "the same item, so changes can be followed"
        );

        assert_eq!(next.goals[0].id, GoalId(4));
        assert_eq!(next.goals[0].score, None, "scored anew at this meeting");

        let carried: Vec<_> = next.agreements.iter().map(|a| a.id.0).collect();
        assert_eq!(carried, [1, 3], "only what was still open");
        assert!(
            next.agreements
                .iter()
                .all(|a| a.carried && a.review.is_none())
        );

        assert!(next.questions.is_empty() && next.insight.is_empty());
        assert_eq!(next.guide, crate::model::GuideProgress::default());
        assert!(
            !case.meetings[0].board.circles[0].items[0].carried,
            "the earlier meeting is untouched"
        );
    }

    #[test]
    fn the_next_meeting_sees_what_an_adjusted_agreement_said_before() {
        let mut case = Case::default();
        let mut last = last_meeting();
        let agreement = &mut last.agreements[0];
        agreement.what = "Elke dag duolezen".to_owned();
        agreement.decide(crate::model::ReviewDecision::Adjusted);
        agreement.what = "Drie keer per week duolezen".to_owned();
        case.meetings.push(last);
        let second = case.add_follow_up(jiff::civil::date(2026, 11, 10));
        let carried = &case.meetings[second].agreements[0];
        assert_eq!(carried.what, "Drie keer per week duolezen");
        assert_eq!(carried.earlier.as_ref().unwrap().what, "Elke dag duolezen");
        // Kept as it is at the next review, it keeps that history.
        case.meetings[second].agreements[0].decide(crate::model::ReviewDecision::Continues);
        let third = case.add_follow_up(jiff::civil::date(2027, 1, 12));
        let earlier = case.meetings[third].agreements[0].earlier.as_ref();
        assert_eq!(earlier.unwrap().what, "Elke dag duolezen");
    }

    #[test]
    fn keeping_everything_carried_clears_the_marks_once() {
        let mut case = Case::default();
        case.meetings.push(last_meeting());
        let index = case.add_follow_up(jiff::civil::date(2026, 11, 10));
        let board = &mut case.meetings[index].board;
        assert!(
            board
                .apply(crate::model::BoardEdit::ConfirmAllCarried)
                .is_some()
        );
        assert!(board.items().all(|i| !i.carried));
        assert!(
            board
                .apply(crate::model::BoardEdit::ConfirmAllCarried)
                .is_none(),
            "nothing left to keep: no undo step"
        );
    }

    #[test]
    fn a_case_without_meetings_gets_a_fresh_one() {
        let mut case = Case::default();
        assert_eq!(case.add_follow_up(jiff::civil::date(2026, 11, 30)), 0);
        assert_eq!(case.meetings[0].board.circles.len(), 3);
    }
}

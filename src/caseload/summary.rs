//! One case as the caseload lists it: what is due, what runs late, when we meet again.

use serde::{Deserialize, Serialize};

use crate::model::{Case, Date, NextMeeting};

/// How far ahead an agreement counts as due soon.
pub const DUE_SOON_DAYS: i64 = 14;

/// An agreement with a due day, as the caseload lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Due {
    /// The agreement's id in its case: a carried agreement keeps it from meeting to meeting.
    #[serde(skip)]
    pub id: u32,
    pub who: String,
    pub what: String,
    pub due: Date,
}

/// Which way a goal's score went since the meeting before it was scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Same,
    Down,
}

/// A goal with its last score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalScore {
    pub text: String,
    pub score: Option<u8>,
    pub direction: Option<Direction>,
}

/// What the caseload shows of one case on `today`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSummary {
    /// The case's own identity: calendar entries keep it, so a second import updates them.
    pub id: String,
    pub child: String,
    pub group: String,
    /// The last meeting held by today.
    pub last_meeting: Option<Date>,
    /// Planned at the close of the last meeting, or already begun as a follow-up.
    pub next_meeting: Option<NextMeeting>,
    /// Running agreements past their due day, the oldest first.
    pub overdue: Vec<Due>,
    /// Running agreements due within [`DUE_SOON_DAYS`], the nearest first.
    pub due_soon: Vec<Due>,
    /// Running agreements due later.
    pub due_later: Vec<Due>,
    /// Questions of box 1 that ask a decision none was written for yet.
    pub decisions_waiting: Vec<String>,
    pub goals: Vec<GoalScore>,
    /// When the chair is reminded to put the file away.
    pub retention_due: Option<Date>,
    /// The case's names and what replaces them, for a pseudonymised print.
    #[serde(skip)]
    pub pseudonyms: crate::pseudonymise::Pseudonyms,
}

impl CaseSummary {
    /// The summary of `case` on `today`; `saved` is the day the file was last written,
    /// `retention_months` the reminder period (0: none).
    pub fn of(case: &Case, today: Date, saved: Option<Date>, retention_months: u32) -> Self {
        let last_meeting = case.last_held(today);
        let current = case.meetings.last();
        let mut overdue = Vec::new();
        let mut due_soon = Vec::new();
        let mut due_later = Vec::new();
        let soon = today
            .checked_add(jiff::Span::new().days(DUE_SOON_DAYS))
            .unwrap_or(today);
        for agreement in current.into_iter().flat_map(|m| &m.agreements) {
            let Some(due) = agreement.due else { continue };
            // Its status says whether it runs: a review found it done last time, and the
            // decision to go on with it set it running again.
            if !agreement.is_running() {
                continue;
            }
            let line = Due {
                id: agreement.id.0,
                who: agreement.who.trim().to_owned(),
                what: agreement.what.trim().to_owned(),
                due,
            };
            if due < today {
                overdue.push(line);
            } else if due <= soon {
                due_soon.push(line);
            } else {
                due_later.push(line);
            }
        }
        for list in [&mut overdue, &mut due_soon, &mut due_later] {
            list.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.who.cmp(&b.who)));
        }
        let decisions_waiting = current
            .into_iter()
            .flat_map(|m| &m.questions)
            .filter(|q| q.decision_needed && q.decided.trim().is_empty())
            .map(|q| q.question.trim().to_owned())
            .collect();
        let goals = case
            .last_meeting_index()
            .map(|index| case.goal_tracks(index))
            .unwrap_or_default()
            .into_iter()
            .map(|track| {
                let scored: Vec<u8> = track.scores.iter().flatten().copied().collect();
                let direction = match scored.as_slice() {
                    [.., before, last] => Some(match last.cmp(before) {
                        std::cmp::Ordering::Greater => Direction::Up,
                        std::cmp::Ordering::Equal => Direction::Same,
                        std::cmp::Ordering::Less => Direction::Down,
                    }),
                    _ => None,
                };
                GoalScore {
                    text: track.text,
                    score: scored.last().copied(),
                    direction,
                }
            })
            .collect();
        let retention_due = crate::retention::last_touched(case, saved, today)
            .filter(|_| retention_months > 0)
            .and_then(|last| {
                last.checked_add(jiff::Span::new().months(retention_months))
                    .ok()
            });
        Self {
            id: case.id.clone(),
            child: case.child.trim().to_owned(),
            group: case.group.trim().to_owned(),
            last_meeting,
            next_meeting: next_meeting(case, today),
            overdue,
            due_soon,
            due_later,
            decisions_waiting,
            goals,
            retention_due,
            pseudonyms: crate::pseudonymise::Pseudonyms::default(),
        }
    }

    /// The summary as prints for readers outside the meeting show it: names replaced by
    /// role or initials, as in the case's own pseudonymised prints.
    pub fn pseudonymised(&self) -> Self {
        let names = &self.pseudonyms;
        let dues = |list: &[Due]| -> Vec<Due> {
            list.iter()
                .map(|d| Due {
                    who: names.apply(&d.who),
                    what: names.apply(&d.what),
                    ..d.clone()
                })
                .collect()
        };
        Self {
            child: names.apply(&self.child),
            next_meeting: self.next_meeting.as_ref().map(|p| NextMeeting {
                place: names.apply(&p.place),
                ..p.clone()
            }),
            overdue: dues(&self.overdue),
            due_soon: dues(&self.due_soon),
            due_later: dues(&self.due_later),
            decisions_waiting: self
                .decisions_waiting
                .iter()
                .map(|q| names.apply(q))
                .collect(),
            goals: (self.goals.iter())
                .map(|g| GoalScore {
                    text: names.apply(&g.text),
                    ..g.clone()
                })
                .collect(),
            ..self.clone()
        }
    }
}

/// A follow-up already begun for a later day, or else the next meeting agreed at the close
/// of the last one.
fn next_meeting(case: &Case, today: Date) -> Option<NextMeeting> {
    let Some(ahead) = case
        .meetings
        .iter()
        .filter(|m| m.date > today)
        .min_by_key(|m| m.date)
    else {
        return case.planned_next().cloned();
    };
    let minutes = ahead
        .start
        .zip(ahead.planned_end)
        .and_then(|(start, end)| u16::try_from(end.duration_since(start).as_mins()).ok())
        .filter(|m| *m > 0);
    // The place agreed for this day at the meeting before it.
    let place = (case.meetings.iter())
        .filter_map(|m| m.next.as_ref())
        .find(|next| next.date == ahead.date)
        .map(|next| next.place.clone())
        .unwrap_or_default();
    Some(NextMeeting {
        date: ahead.date,
        start: ahead.start,
        minutes,
        place,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Agreement, AgreementId, AgreementStatus, Goal, GoalId, Question};
    use jiff::civil::date;

    fn agreement(id: u32, due: Date, status: AgreementStatus) -> Agreement {
        Agreement {
            id: AgreementId(id),
            who: format!("wie {id}"),
            what: format!("wat {id}"),
            due: Some(due),
            status,
            ..Agreement::default()
        }
    }

    fn case_on(day: Date, agreements: Vec<Agreement>) -> Case {
        let mut case = Case::new(day);
        case.meetings[0].agreements = agreements;
        case
    }

    #[test]
    fn overdue_due_soon_and_later_around_a_month_end() {
        let meeting = date(2026, 12, 1);
        let case = case_on(
            meeting,
            vec![
                agreement(1, date(2026, 12, 30), AgreementStatus::Open),
                agreement(2, date(2026, 12, 31), AgreementStatus::InProgress),
                agreement(3, date(2027, 1, 14), AgreementStatus::Open),
                agreement(4, date(2027, 1, 15), AgreementStatus::Open),
                agreement(5, date(2026, 12, 30), AgreementStatus::Done),
                agreement(6, date(2026, 12, 1), AgreementStatus::Cancelled),
            ],
        );
        let summary = CaseSummary::of(&case, date(2026, 12, 31), None, 12);
        let ids = |list: &[Due]| list.iter().map(|d| d.what.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&summary.overdue), ["wat 1"], "the day before today");
        assert_eq!(
            ids(&summary.due_soon),
            ["wat 2", "wat 3"],
            "today up to 14 days"
        );
        assert_eq!(ids(&summary.due_later), ["wat 4"]);
    }

    #[test]
    fn a_leap_day_due_is_overdue_on_the_first_of_march() {
        let case = case_on(
            date(2028, 2, 1),
            vec![agreement(1, date(2028, 2, 29), AgreementStatus::Open)],
        );
        let on_the_day = CaseSummary::of(&case, date(2028, 2, 29), None, 12);
        assert_eq!(on_the_day.due_soon.len(), 1);
        let after = CaseSummary::of(&case, date(2028, 3, 1), None, 12);
        assert_eq!(after.overdue.len(), 1);
        // Two weeks before: 15 February is due soon for 29 February.
        let before = CaseSummary::of(&case, date(2028, 2, 15), None, 12);
        assert_eq!(before.due_soon.len(), 1);
        let earlier = CaseSummary::of(&case, date(2028, 2, 14), None, 12);
        assert_eq!(earlier.due_later.len(), 1);
    }

    #[test]
    fn the_next_meeting_is_a_begun_follow_up_or_the_one_agreed() {
        let mut case = Case::new(date(2026, 10, 1));
        assert_eq!(
            CaseSummary::of(&case, date(2026, 10, 2), None, 12).next_meeting,
            None
        );
        case.meetings[0].next = Some(NextMeeting {
            date: date(2026, 11, 12),
            start: Some(jiff::civil::time(14, 30, 0, 0)),
            minutes: Some(60),
            place: "Kamer 3".to_owned(),
        });
        let agreed = CaseSummary::of(&case, date(2026, 10, 2), None, 12);
        assert_eq!(
            agreed.next_meeting.as_ref().map(|p| p.date),
            Some(date(2026, 11, 12))
        );
        assert_eq!(agreed.last_meeting, Some(date(2026, 10, 1)));
        // The follow-up begun ahead of its day: it is the next meeting, not the last.
        case.add_follow_up(date(2026, 11, 12));
        let begun = CaseSummary::of(&case, date(2026, 10, 2), None, 12);
        let planned = begun.next_meeting.unwrap();
        assert_eq!(
            (planned.date, planned.minutes),
            (date(2026, 11, 12), Some(60))
        );
        assert_eq!(begun.last_meeting, Some(date(2026, 10, 1)));
        assert_eq!(planned.place, "Kamer 3");
    }

    #[test]
    fn decisions_goals_and_retention() {
        let mut case = Case::new(date(2026, 1, 31));
        case.meetings[0].questions = vec![
            Question {
                question: "Verwijzen?".to_owned(),
                decision_needed: true,
                ..Question::default()
            },
            Question {
                question: "Besloten".to_owned(),
                decision_needed: true,
                decided: "ja".to_owned(),
                ..Question::default()
            },
        ];
        case.meetings[0].goals.push(Goal {
            id: GoalId(1),
            text: "Leest vlot".to_owned(),
            score: Some(4),
            ..Goal::default()
        });
        case.add_follow_up(date(2026, 3, 14));
        case.meetings[1].goals[0].score = Some(6);
        case.meetings[1].questions = case.meetings[0].questions.clone();
        let summary = CaseSummary::of(&case, date(2026, 3, 20), None, 12);
        assert_eq!(summary.decisions_waiting, ["Verwijzen?"]);
        assert_eq!(summary.goals[0].score, Some(6));
        assert_eq!(summary.goals[0].direction, Some(Direction::Up));
        assert_eq!(summary.retention_due, Some(date(2027, 3, 14)));
        // A month end: 31 January and one month is the last day of February.
        let one_month = CaseSummary::of(&Case::new(date(2026, 1, 31)), date(2026, 2, 1), None, 1);
        assert_eq!(one_month.retention_due, Some(date(2026, 2, 28)));
        assert_eq!(
            CaseSummary::of(&case, date(2026, 3, 20), None, 0).retention_due,
            None
        );
    }
}

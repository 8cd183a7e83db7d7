use serde::{Deserialize, Serialize};

use super::{CircleKind, Date, GoalId, Meeting};

/// One child's trajectory: who it is about and the meetings held so far.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Case {
    /// The case's own identity: made when the case is begun and kept whatever is renamed;
    /// preparation sheets carry it, so that a sheet reads into its own case only. A case
    /// begun before format version 5 takes the reference its sheets carried then
    /// ([`Case::legacy_id`]).
    pub id: String,
    /// A pseudonym or the initials of the child, never more: the file travels.
    pub child: String,
    /// The school the child attends.
    pub school: String,
    /// The group or class, e.g. "groep 6".
    pub group: String,
    /// When the case was opened.
    pub created: Option<Date>,
    /// The meetings in the order they were held; the last one is the current one.
    #[serde(deserialize_with = "super::limits::at_most::<_, _, { super::limits::MAX_MEETINGS }>")]
    pub meetings: Vec<Meeting>,
}

impl Case {
    /// A new case with one meeting on `today`, the board laid out as the method draws it.
    pub fn new(today: Date) -> Self {
        Self {
            id: new_case_id(),
            created: Some(today),
            meetings: vec![Meeting::new(today)],
            ..Self::default()
        }
    }

    /// The identity a case had before it kept one of its own: a hash of the child's name
    /// and the day the case was begun, as the sheets made for it then carry. It says
    /// nothing about the child to whoever reads it.
    pub fn legacy_id(&self) -> String {
        // FNV-1a: stable across versions and platforms, unlike the standard library's hasher.
        let mut hash: u32 = 0x811c_9dc5;
        let created = self.created.map(|d| d.to_string()).unwrap_or_default();
        for byte in self.child.trim().bytes().chain([0]).chain(created.bytes()) {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
        format!("UZ-{hash:08X}")
    }

    /// The day of the last meeting held by `today` (a follow-up planned ahead is not held).
    pub fn last_held(&self, today: Date) -> Option<Date> {
        self.meetings
            .iter()
            .map(|m| m.date)
            .filter(|d| *d <= today)
            .max()
    }

    /// Index of the meeting a chair would open: the last one.
    pub fn last_meeting_index(&self) -> Option<usize> {
        self.meetings.len().checked_sub(1)
    }

    /// The first list that holds more than a case file may (see [`super::limits`]); `None`
    /// when every list is within its limit, as it must be to be saved and read back.
    pub fn over_limit(&self) -> Option<OverLimit> {
        use super::limits;
        if let Some(over) = first_over(
            [(Limited::Meetings, self.meetings.len(), limits::MAX_MEETINGS)],
            None,
        ) {
            return Some(over);
        }
        self.meetings.iter().enumerate().find_map(|(index, m)| {
            let board = &m.board;
            let items = board.circles.iter().map(|c| {
                (
                    Limited::Items(c.kind.clone()),
                    c.items.len(),
                    limits::MAX_ITEMS,
                )
            });
            let rows = [
                m.participants.len(),
                m.questions.len(),
                m.goals.len(),
                m.inquiries.len(),
                m.needs.len(),
                m.support_needs.len(),
                m.agreements.len(),
                m.evaluation.feedback.len(),
                m.evaluation.appreciations.len(),
            ]
            .map(|length| (Limited::Rows, length, limits::MAX_ROWS));
            let lists = [
                (Limited::Circles, board.circles.len(), limits::MAX_CIRCLES),
                (Limited::Arrows, board.arrows.len(), limits::MAX_ARROWS),
            ]
            .into_iter()
            .chain(items)
            .chain(rows);
            first_over(lists, Some(index))
        })
    }

    /// Counts used in one-line summaries: (circles, items, agreements) over all meetings.
    pub fn totals(&self) -> CaseTotals {
        let mut totals = CaseTotals {
            meetings: self.meetings.len(),
            ..CaseTotals::default()
        };
        for meeting in &self.meetings {
            totals.circles += meeting.board.circles.len();
            totals.items += meeting.board.item_count();
            totals.arrows += meeting.board.arrows.len();
            totals.agreements += meeting.agreements.len();
        }
        totals
    }
}

/// A goal of one meeting with its score at that meeting and at each one before it.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalTrack {
    pub id: GoalId,
    pub text: String,
    /// One per meeting, from the first up to the one the goal was taken from; `None` where
    /// the goal was not there or not scored.
    pub scores: Vec<Option<u8>>,
}

impl Case {
    /// The goals of meeting `index`, each with its scores over the meetings up to it; a
    /// goal is followed by its id, which a follow-up keeps.
    pub fn goal_tracks(&self, index: usize) -> Vec<GoalTrack> {
        let Some(meeting) = self.meetings.get(index) else {
            return Vec::new();
        };
        meeting
            .goals
            .iter()
            .map(|goal| GoalTrack {
                id: goal.id,
                text: goal.text.clone(),
                scores: self.meetings[..=index]
                    .iter()
                    .map(|m| m.goals.iter().find(|g| g.id == goal.id)?.score)
                    .collect(),
            })
            .collect()
    }
}

/// How much a case holds, for a summary line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CaseTotals {
    pub meetings: usize,
    pub circles: usize,
    pub items: usize,
    pub arrows: usize,
    pub agreements: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_case_has_one_meeting_with_the_three_method_circles() {
        let today = jiff::civil::date(2026, 11, 30);
        let case = Case::new(today);
        assert_eq!(case.created, Some(today));
        assert_eq!(case.meetings.len(), 1);
        let totals = case.totals();
        assert_eq!(totals.circles, 3);
        assert_eq!(totals.items, 0);
        assert_eq!(case.last_meeting_index(), Some(0));
    }

    #[test]
    fn goal_scores_are_followed_over_the_meetings_by_goal() {
        let mut case = Case::new(jiff::civil::date(2026, 9, 15));
        case.meetings[0].goals.push(crate::model::Goal {
            id: GoalId(1),
            text: "Leest graag".to_owned(),
            score: Some(3),
            ..Default::default()
        });
        case.add_follow_up(jiff::civil::date(2026, 11, 10));
        case.meetings[1].goals[0].score = Some(6);
        case.meetings[1].goals.push(crate::model::Goal {
            id: GoalId(2),
            text: "Rustige pauze".to_owned(),
            score: Some(5),
            ..Default::default()
        });
        let tracks = case.goal_tracks(1);
        assert_eq!(tracks.len(), 2);
        assert_eq!(tracks[0].scores, [Some(3), Some(6)]);
        assert_eq!(tracks[1].scores, [None, Some(5)]);
        assert_eq!(case.goal_tracks(0)[0].scores, [Some(3)]);
        assert!(case.goal_tracks(7).is_empty());
    }
}

/// A list of a case past its limit, as found in memory (see `Case::over_limit`): a change
/// that leads here is undone, and a save refuses it rather than write what cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverLimit {
    pub list: Limited,
    /// The meeting the list belongs to, counted from 0; `None` for the meetings themselves.
    pub meeting: Option<usize>,
    pub limit: usize,
}

/// Which list of a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Limited {
    Meetings,
    Circles,
    Arrows,
    /// The items of this circle.
    Items(CircleKind),
    /// A list of a meeting's forms (participants, questions, goals, agreements…).
    Rows,
}

/// The first of `lengths` past its limit.
fn first_over(
    lengths: impl IntoIterator<Item = (Limited, usize, usize)>,
    meeting: Option<usize>,
) -> Option<OverLimit> {
    lengths
        .into_iter()
        .find(|(_, length, limit)| length > limit)
        .map(|(list, _, limit)| OverLimit {
            list,
            meeting,
            limit,
        })
}

/// A new identity: 64 random bits, written as the sheets show it. Where the system gives
/// no randomness (never seen), the time and the place of this call in memory stand in.
fn new_case_id() -> String {
    let mut bytes = [0u8; 8];
    if getrandom::getrandom(&mut bytes).is_err() {
        let now = web_time::SystemTime::now()
            .duration_since(web_time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let place = std::ptr::addr_of!(bytes) as usize as u128;
        bytes = ((now ^ place) as u64).to_le_bytes();
    }
    format!("UZ-{:016X}", u64::from_le_bytes(bytes))
}

use serde::{Deserialize, Serialize};

use super::{Date, Meeting};

/// One child's trajectory: who it is about and the meetings held so far.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Case {
    /// A pseudonym or the initials of the child, never more: the file travels.
    pub child: String,
    /// The school the child attends.
    pub school: String,
    /// The group or class, e.g. "groep 6".
    pub group: String,
    /// When the case was opened.
    pub created: Option<Date>,
    /// The meetings in the order they were held; the last one is the current one.
    pub meetings: Vec<Meeting>,
}

impl Case {
    /// A new case with one meeting on `today`, the board laid out as the method draws it.
    pub fn new(today: Date) -> Self {
        Self {
            created: Some(today),
            meetings: vec![Meeting::new(today)],
            ..Self::default()
        }
    }

    /// Index of the meeting a chair would open: the last one.
    pub fn last_meeting_index(&self) -> Option<usize> {
        self.meetings.len().checked_sub(1)
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
}

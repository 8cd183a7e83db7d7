//! How long a case stays on this machine: a file about a child belongs in the pupil's
//! dossier once the trajectory ends, not on a laptop. The app reminds; it never deletes.

use crate::model::{Case, Date};

/// Months without use after which the chair is reminded, unless set otherwise.
pub const DEFAULT_MONTHS: u32 = 12;
/// The longest reminder period that can be set: two school years.
pub const MAX_MONTHS: u32 = 24;

/// When the case was last worked on by `today`: its last meeting held so far or the last
/// save, whichever is later (a follow-up planned for next month was not a use).
pub fn last_touched(case: &Case, saved: Option<Date>, today: Date) -> Option<Date> {
    case.last_held(today).max(saved)
}

/// Whether `months` have passed since `last` (0 months: never remind).
pub fn reminder_due(last: Date, today: Date, months: u32) -> bool {
    if months == 0 {
        return false;
    }
    let span = jiff::Span::new().months(i64::from(months));
    last.checked_add(span).is_ok_and(|due| today >= due)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_case_untouched_for_the_set_months_is_due() {
        let last = date(2025, 11, 10);
        assert!(!reminder_due(last, date(2026, 11, 9), 12));
        assert!(reminder_due(last, date(2026, 11, 10), 12));
        assert!(reminder_due(last, date(2026, 6, 1), 6));
        assert!(
            !reminder_due(last, date(2030, 1, 1), 0),
            "0 switches it off"
        );
    }

    #[test]
    fn the_later_of_last_meeting_and_last_save_counts() {
        let mut case = Case::new(date(2026, 9, 15));
        case.add_follow_up(date(2026, 11, 10));
        assert_eq!(
            last_touched(&case, None, date(2026, 12, 2)),
            Some(date(2026, 11, 10))
        );
        assert_eq!(
            last_touched(&case, Some(date(2026, 12, 1)), date(2026, 12, 2)),
            Some(date(2026, 12, 1))
        );
        assert_eq!(
            last_touched(&case, Some(date(2026, 1, 1)), date(2026, 12, 2)),
            Some(date(2026, 11, 10))
        );
        // A follow-up planned ahead is no use of the case yet.
        case.add_follow_up(date(2027, 1, 20));
        assert_eq!(
            last_touched(&case, None, date(2026, 12, 2)),
            Some(date(2026, 11, 10))
        );
    }
}

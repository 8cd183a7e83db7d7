//! The meeting clock: how far the time box is used, and whether a step or the meeting runs
//! over. Pure arithmetic on times of day; the caller says what time it is.

use super::{Date, GuideStep, Meeting, Time};

/// Where the meeting stands against its time box, in whole minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClockReading {
    pub elapsed_min: i64,
    /// Until the planned end; negative once it has passed.
    pub left_min: i64,
    /// What the current step may take, and has taken.
    pub step_share_min: i64,
    pub step_elapsed_min: i64,
}

impl ClockReading {
    pub fn meeting_over_time(&self) -> bool {
        self.left_min < 0
    }

    pub fn step_over_time(&self) -> bool {
        self.step_share_min > 0 && self.step_elapsed_min > self.step_share_min
    }
}

fn minutes_between(from: Time, to: Time) -> i64 {
    let seconds =
        |t: Time| i64::from(t.hour()) * 3600 + i64::from(t.minute()) * 60 + i64::from(t.second());
    (seconds(to) - seconds(from)).div_euclid(60)
}

/// The planned length of the meeting in minutes, when both ends are set.
pub fn planned_minutes(meeting: &Meeting) -> Option<i64> {
    Some(minutes_between(meeting.start?, meeting.planned_end?))
}

/// A time of day as a chair types it: "15:30", "15.30", "1530", "9:05" or "9".
pub fn parse_time(text: &str) -> Option<Time> {
    let text = text.trim();
    let (hour, minute) = match text.split_once([':', '.']) {
        Some((hour, minute)) => (hour, minute),
        None if text.len() > 2 => text.split_at(text.len() - 2),
        None => (text, "0"),
    };
    let all_digits =
        |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(hour) || !all_digits(minute) {
        return None;
    }
    Time::new(hour.parse().ok()?, minute.parse().ok()?, 0, 0).ok()
}

/// What the clock can say about a meeting on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClockState {
    /// Not started yet (or a meeting still to come).
    NotStarted,
    /// Running today.
    Running(ClockReading),
    /// A meeting of an earlier day: when it was held and how long its time box was.
    Held {
        start: Option<Time>,
        end: Option<Time>,
        minutes: Option<i64>,
    },
}

/// The clock of `meeting` on `today` at `now`: never a negative time, never a running
/// clock for a meeting of another day.
pub fn state(meeting: &Meeting, today: Date, now: Time) -> ClockState {
    if meeting.date < today {
        return ClockState::Held {
            start: meeting.clock_started.or(meeting.start),
            end: meeting.planned_end,
            minutes: planned_minutes(meeting).filter(|m| *m > 0),
        };
    }
    if meeting.date > today {
        return ClockState::NotStarted;
    }
    read(meeting, now).map_or(ClockState::NotStarted, ClockState::Running)
}

/// Reads the clock at `now`; `None` until the chair starts it. Time before the start
/// counts as none.
pub fn read(meeting: &Meeting, now: Time) -> Option<ClockReading> {
    let started = meeting.clock_started?;
    let now = now.max(started);
    let planned = planned_minutes(meeting).unwrap_or(60).max(1);
    let end_left = match meeting.planned_end {
        Some(end) => minutes_between(now, end),
        None => planned - minutes_between(started, now),
    };
    let step = meeting.guide.current;
    let step_share_min = planned * i64::from(step.time_share_percent()) / 100;
    let step_started = meeting.guide.step_started.unwrap_or(started).min(now);
    Some(ClockReading {
        elapsed_min: minutes_between(started, now),
        left_min: end_left,
        step_share_min,
        step_elapsed_min: minutes_between(step_started, now),
    })
}

/// Starts the meeting `today` at `now`: the clock runs, the time box is filled in where it
/// was empty (an hour, as the method suggests), and the guide moves to step 1. A meeting
/// planned for a later day that starts now is held today: it takes today's date.
pub fn start(meeting: &mut Meeting, today: Date, now: Time) {
    if meeting.date > today {
        meeting.date = today;
    }
    // The whole minute that has begun, never the next one: the clock must not start at -1.
    let now = Time::new(now.hour(), now.minute(), 0, 0).unwrap_or(now);
    meeting.clock_started = Some(now);
    let start = *meeting.start.get_or_insert(now);
    if meeting.planned_end.is_none() {
        meeting.planned_end = Some(box_end(start, 60));
    }
    if meeting.guide.current == GuideStep::Preparation {
        meeting.guide.current = GuideStep::Start;
    }
    meeting.guide.step_started = Some(now);
}

/// How far from its planned start a clock may start and still be that meeting's clock.
pub const OFF_PLAN_MIN: i64 = 15;

/// Minutes the clock started before (negative) or after (positive) the planned start, when
/// that is more than [`OFF_PLAN_MIN`]: started at 01:03 for 14:30, the time box says little.
pub fn off_plan(meeting: &Meeting) -> Option<i64> {
    let started = meeting.clock_started?;
    let planned = meeting.start?;
    let off = minutes_between(planned, started);
    (off.abs() > OFF_PLAN_MIN).then_some(off)
}

/// Starts the clock again from `now` with the planned length (an hour where none was set):
/// the time box moves to now.
pub fn restart_from_now(meeting: &mut Meeting, now: Time) {
    let length = planned_minutes(meeting).filter(|m| *m > 0).unwrap_or(60);
    let now = Time::new(now.hour(), now.minute(), 0, 0).unwrap_or(now);
    meeting.start = Some(now);
    meeting.planned_end = Some(box_end(now, length));
    meeting.clock_started = Some(now);
    meeting.guide.step_started = Some(now);
}

/// The end of a time box of `minutes` from `start`. A meeting's times are of one day: a box
/// that would run past midnight ends at the day's last minute (a clock started at 23:20 had
/// no end at all, and showed no time left).
fn box_end(start: Time, minutes: i64) -> Time {
    start
        .checked_add(jiff::SignedDuration::from_mins(minutes))
        .ok()
        .filter(|end| *end > start)
        .unwrap_or(Time::constant(23, 59, 0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::time;

    #[test]
    fn a_clock_started_far_from_the_plan_says_so_and_starts_again_from_now() {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 12, 7));
        meeting.start = Some(time(14, 30, 0, 0));
        meeting.planned_end = Some(time(15, 30, 0, 0));
        let today = meeting.date;
        start(&mut meeting, today, time(1, 3, 0, 0));
        assert_eq!(off_plan(&meeting), Some(-807));
        meeting.clock_started = Some(time(14, 40, 0, 0));
        assert_eq!(off_plan(&meeting), None, "ten minutes late is the meeting");
        meeting.clock_started = Some(time(16, 0, 0, 0));
        assert_eq!(off_plan(&meeting), Some(90));
        restart_from_now(&mut meeting, time(16, 2, 30, 0));
        assert_eq!(meeting.start, Some(time(16, 2, 0, 0)));
        assert_eq!(meeting.planned_end, Some(time(17, 2, 0, 0)));
        assert_eq!(off_plan(&meeting), None);
        let reading = read(&meeting, time(16, 12, 0, 0)).unwrap();
        assert_eq!((reading.elapsed_min, reading.left_min), (10, 50));
        restart_from_now(&mut meeting, time(23, 30, 0, 0));
        assert_eq!(meeting.planned_end, Some(time(23, 59, 0, 0)));
    }

    #[test]
    fn a_meeting_started_late_in_the_evening_ends_its_box_at_midnight() {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 12, 7));
        let today = meeting.date;
        start(&mut meeting, today, time(23, 20, 40, 0));
        assert_eq!(meeting.start, Some(time(23, 20, 0, 0)));
        assert_eq!(meeting.planned_end, Some(time(23, 59, 0, 0)));
        let reading = read(&meeting, time(23, 30, 0, 0)).unwrap();
        assert_eq!((reading.elapsed_min, reading.left_min), (10, 29));
    }

    #[test]
    fn starting_fills_the_time_box_and_the_clock_reads_it() {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 11, 30));
        assert_eq!(read(&meeting, time(15, 0, 0, 0)), None);
        start(
            &mut meeting,
            jiff::civil::date(2026, 11, 30),
            time(15, 2, 10, 0),
        );
        assert_eq!(meeting.start, Some(time(15, 2, 0, 0)));
        assert_eq!(meeting.planned_end, Some(time(16, 2, 0, 0)));
        assert_eq!(meeting.guide.current, GuideStep::Start);

        let reading = read(&meeting, time(15, 20, 0, 0)).unwrap();
        assert_eq!(reading.elapsed_min, 18);
        assert_eq!(reading.left_min, 42);
        assert_eq!(reading.step_share_min, 6);
        assert!(reading.step_over_time());
        assert!(!reading.meeting_over_time());
        assert!(
            read(&meeting, time(16, 10, 0, 0))
                .unwrap()
                .meeting_over_time()
        );
    }

    #[test]
    fn the_clock_never_shows_negative_time_and_an_earlier_meeting_is_not_running() {
        let day = jiff::civil::date(2026, 11, 30);
        let mut meeting = Meeting::new(day);
        start(
            &mut meeting,
            jiff::civil::date(2026, 11, 30),
            time(15, 2, 40, 0),
        );
        // Right after starting, and even if the machine's clock steps back a little.
        for now in [time(15, 2, 41, 0), time(15, 1, 0, 0)] {
            let ClockState::Running(reading) = state(&meeting, day, now) else {
                panic!("running");
            };
            assert_eq!(reading.elapsed_min, 0);
            assert!(reading.step_elapsed_min >= 0 && reading.left_min >= 0);
        }
        let next_day = day.tomorrow().unwrap();
        assert_eq!(
            state(&meeting, next_day, time(12, 5, 0, 0)),
            ClockState::Held {
                start: Some(time(15, 2, 0, 0)),
                end: Some(time(16, 2, 0, 0)),
                minutes: Some(60),
            }
        );
        let unstarted = Meeting::new(next_day);
        assert_eq!(
            state(&unstarted, day, time(9, 0, 0, 0)),
            ClockState::NotStarted
        );
        assert_eq!(
            state(&unstarted, next_day, time(9, 0, 0, 0)),
            ClockState::NotStarted
        );
    }

    #[test]
    fn times_are_read_as_a_chair_types_them() {
        for (text, expected) in [
            ("15:30", Some(time(15, 30, 0, 0))),
            (" 9.05 ", Some(time(9, 5, 0, 0))),
            ("1530", Some(time(15, 30, 0, 0))),
            ("930", Some(time(9, 30, 0, 0))),
            ("9", Some(time(9, 0, 0, 0))),
            ("24:00", None),
            ("15:3x", None),
            ("", None),
            ("15:300", None),
        ] {
            assert_eq!(parse_time(text), expected, "{text:?}");
        }
    }

    #[test]
    fn a_meeting_planned_for_a_later_day_that_starts_now_is_held_today() {
        let today = jiff::civil::date(2026, 11, 30);
        let mut meeting = Meeting::new(jiff::civil::date(2026, 12, 3));
        assert_eq!(
            state(&meeting, today, time(15, 0, 0, 0)),
            ClockState::NotStarted
        );
        start(&mut meeting, today, time(15, 0, 0, 0));
        assert_eq!(meeting.date, today);
        assert!(matches!(
            state(&meeting, today, time(15, 10, 0, 0)),
            ClockState::Running(_)
        ));
    }

    #[test]
    fn a_planned_time_box_is_kept() {
        let mut meeting = Meeting::new(jiff::civil::date(2026, 11, 30));
        meeting.start = Some(time(15, 0, 0, 0));
        meeting.planned_end = Some(time(15, 45, 0, 0));
        start(
            &mut meeting,
            jiff::civil::date(2026, 11, 30),
            time(15, 5, 0, 0),
        );
        assert_eq!(meeting.start, Some(time(15, 0, 0, 0)));
        assert_eq!(planned_minutes(&meeting), Some(45));
        assert_eq!(read(&meeting, time(15, 5, 0, 0)).unwrap().left_min, 40);
    }
}

//! The caseload as an iCalendar file (RFC 5545) that Outlook and Google Calendar import:
//! each planned next meeting, and each agreement's due day as an all-day event.
//!
//! Calendars travel to cloud services, so by default an event names the child by initials
//! only and says no more of the case than "MDO" and an agreement's first words. Every event
//! has a UID made from the case's identity, so that importing a newer file updates what
//! the last import made instead of adding it twice.

use ics::components::{Parameter, Property};
use ics::properties::{Description, DtEnd, DtStart, Location, RRule, Summary, TzName};
use ics::{Daylight, Event, ICalendar, Standard, TimeZone, escape_text};

use super::{CaseSummary, Listed};
use crate::i18n::{Texts, fill};
use crate::model::{Date, Time};

/// How much of a case its events say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarNames {
    /// The child's initials and an agreement's first words: what a calendar in the cloud
    /// may hold.
    Initials,
    /// The child as written in the case, who does what, the whole agreement.
    Full,
}

/// The time zone the meetings are planned in: a Dutch school's.
const ZONE: &str = "Europe/Amsterdam";

/// How many words of an agreement an event names when it names little.
const FIRST_WORDS: usize = 4;

/// The calendar of everything `listed` plans, made at `now` (the stamp of each event).
pub fn calendar(
    listed: &[Listed],
    names: CalendarNames,
    now: jiff::Timestamp,
    t: &Texts,
) -> String {
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut calendar = ICalendar::new("2.0", "-//Uitzicht//Caseload//NL");
    // The name a calendar program gives the imported calendar (a common extension).
    calendar.push(Property::new("X-WR-CALNAME", escape_text(t.calendar_name)));
    calendar.add_timezone(amsterdam());
    for summary in listed.iter().filter_map(|one| one.summary.as_ref()) {
        let child = match names {
            CalendarNames::Initials => crate::pseudonymise::child_initials(&summary.child, t),
            CalendarNames::Full => summary.child.clone(),
        };
        if let Some(next) = &summary.next_meeting {
            calendar.add_event(meeting_event(summary, next, &child, &stamp, t));
        }
        for due in summary
            .overdue
            .iter()
            .chain(&summary.due_soon)
            .chain(&summary.due_later)
        {
            let uid = format!("{}-agreement-{}@uitzicht", uid_part(&summary.id), due.id);
            let mut event = Event::new(uid, stamp.clone());
            event.push(all_day(DtStart::new(date_value(due.due))));
            event.push(all_day(DtEnd::new(date_value(day_after(due.due)))));
            let what = match names {
                CalendarNames::Initials => first_words(&due.what),
                CalendarNames::Full => due.what.clone(),
            };
            let title = fill(t.calendar_agreement, &[("child", &child), ("what", &what)]);
            event.push(Summary::new(escape_text(title)));
            if names == CalendarNames::Full && !due.who.is_empty() {
                let text = fill(t.calendar_who, &[("who", &due.who)]);
                event.push(Description::new(escape_text(text)));
            }
            calendar.add_event(event);
        }
    }
    calendar.to_string()
}

fn meeting_event<'a>(
    summary: &CaseSummary,
    next: &crate::model::NextMeeting,
    child: &str,
    stamp: &str,
    t: &Texts,
) -> Event<'a> {
    // One event per meeting planned: a later import of the same plan updates it; the next
    // meeting's plan (made at a later meeting) is an event of its own.
    let planned_at = summary.last_meeting.map(date_value).unwrap_or_default();
    let uid = format!("{}-meeting-{planned_at}@uitzicht", uid_part(&summary.id));
    let mut event = Event::new(uid, stamp.to_owned());
    match next.start {
        Some(start) => {
            let minutes = next.minutes.unwrap_or(60);
            let end = next
                .date
                .to_datetime(start)
                .checked_add(jiff::Span::new().minutes(i64::from(minutes)))
                .unwrap_or_else(|_| next.date.to_datetime(start));
            event.push(in_zone(DtStart::new(date_time_value(next.date, start))));
            event.push(in_zone(DtEnd::new(date_time_value(end.date(), end.time()))));
        }
        None => {
            event.push(all_day(DtStart::new(date_value(next.date))));
            event.push(all_day(DtEnd::new(date_value(day_after(next.date)))));
        }
    }
    event.push(Summary::new(escape_text(fill(
        t.calendar_meeting,
        &[("child", &child)],
    ))));
    if !next.place.trim().is_empty() {
        event.push(Location::new(escape_text(next.place.trim().to_owned())));
    }
    event
}

/// A UID may hold no line breaks or separators: the case's id kept to its safe characters.
fn uid_part(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut shown = words
        .iter()
        .take(FIRST_WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if words.len() > FIRST_WORDS {
        shown.push('…');
    }
    shown
}

fn date_value(date: Date) -> String {
    date.strftime("%Y%m%d").to_string()
}

fn date_time_value(date: Date, time: Time) -> String {
    format!("{}T{}", date_value(date), time.strftime("%H%M%S"))
}

fn day_after(date: Date) -> Date {
    date.tomorrow().unwrap_or(date)
}

fn all_day<P: AddParameter>(mut property: P) -> P {
    property.add_parameter(Parameter::new("VALUE", "DATE"));
    property
}

fn in_zone<P: AddParameter>(mut property: P) -> P {
    property.add_parameter(Parameter::new("TZID", ZONE));
    property
}

/// The two date properties take the same parameters.
trait AddParameter {
    fn add_parameter(&mut self, parameter: Parameter<'static>);
}

impl AddParameter for DtStart<'static> {
    fn add_parameter(&mut self, parameter: Parameter<'static>) {
        self.add(parameter);
    }
}

impl AddParameter for DtEnd<'static> {
    fn add_parameter(&mut self, parameter: Parameter<'static>) {
        self.add(parameter);
    }
}

/// Central European time with its summer time (from the last Sunday of March to the last
/// Sunday of October), so that a meeting at 14:30 stays at 14:30 on either side of the
/// change, in any calendar.
fn amsterdam() -> TimeZone<'static> {
    let mut winter = Standard::new("19701025T030000", "+0200", "+0100");
    winter.push(TzName::new("CET"));
    winter.push(RRule::new("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    let mut summer = Daylight::new("19700329T020000", "+0100", "+0200");
    summer.push(TzName::new("CEST"));
    summer.push(RRule::new("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    let mut zone = TimeZone::standard(ZONE, winter);
    zone.add_daylight(summer);
    zone
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::caseload::{Due, FileState};
    use crate::i18n::NL;
    use crate::model::NextMeeting;
    use jiff::civil::date;

    fn listed() -> Vec<Listed> {
        let summary = CaseSummary {
            id: "UZ-1234".to_owned(),
            child: "Noor de Wit".to_owned(),
            group: "groep 5".to_owned(),
            last_meeting: Some(date(2027, 2, 15)),
            next_meeting: Some(NextMeeting {
                date: date(2027, 3, 29),
                start: Some(jiff::civil::time(14, 30, 0, 0)),
                minutes: Some(45),
                place: "Kamer 3, De Regenboog".to_owned(),
            }),
            overdue: Vec::new(),
            due_soon: vec![Due {
                id: 7,
                who: "Sanne Mulder".to_owned(),
                what: "Leeslijst met dierenboeken mailen aan beide ouders".to_owned(),
                due: date(2027, 2, 28),
            }],
            due_later: Vec::new(),
            decisions_waiting: Vec::new(),
            goals: Vec::new(),
            retention_due: None,
            pseudonyms: crate::pseudonymise::Pseudonyms::default(),
        };
        vec![Listed {
            file: "noor.uitzicht".into(),
            state: FileState::Ok,
            summary: Some(summary),
            open_by: None,
        }]
    }

    #[test]
    fn by_default_a_calendar_names_initials_and_first_words_only() {
        let now = jiff::Timestamp::from_second(1_800_000_000).unwrap();
        let text = calendar(&listed(), CalendarNames::Initials, now, &NL);
        assert!(text.contains("MDO N.W."), "{text}");
        assert!(!text.contains("Noor"), "{text}");
        assert!(!text.contains("Sanne"), "{text}");
        assert!(
            text.contains("Leeslijst met dierenboeken mailen…"),
            "{text}"
        );
        assert!(
            text.contains("DTSTART;TZID=Europe/Amsterdam:20270329T143000"),
            "{text}"
        );
        assert!(
            text.contains("DTEND;TZID=Europe/Amsterdam:20270329T151500"),
            "{text}"
        );
        assert!(text.contains("DTSTART;VALUE=DATE:20270228"), "{text}");
        assert!(
            text.contains("DTEND;VALUE=DATE:20270301"),
            "a leap-less February ends"
        );
        assert!(text.contains("UID:UZ-1234-agreement-7@uitzicht"));
        assert!(text.contains("LOCATION:Kamer 3\\, De Regenboog"), "{text}");
        assert!(text.lines().all(|line| line.len() <= 76), "folded lines");
        let again = calendar(&listed(), CalendarNames::Initials, now, &NL);
        assert_eq!(text, again, "the same plan gives the same events");
        let full = calendar(&listed(), CalendarNames::Full, now, &NL);
        assert!(full.contains("Noor de Wit") && full.contains("Sanne Mulder"));
    }
}

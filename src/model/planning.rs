//! The dates between meetings: when the next one is, and the day an agreement is due, read
//! from the words people write it in where they give one.

use serde::{Deserialize, Serialize};

use super::{Date, Time};

/// The next meeting, as agreed at the close of this one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NextMeeting {
    pub date: Date,
    pub start: Option<Time>,
    /// How long it is planned to take.
    pub minutes: Option<u16>,
    /// Where: a room, a school, "online".
    pub place: String,
}

impl NextMeeting {
    /// The planned end, where start and length are known and the end falls on the same day.
    pub fn end(&self) -> Option<Time> {
        let start = self.start?;
        let minutes = i64::from(self.minutes?);
        let end = start.checked_add(jiff::Span::new().minutes(minutes)).ok()?;
        (end > start).then_some(end)
    }
}

/// The day a follow-up is suggested for: six weeks after `meeting`, the same weekday, as a
/// school plans its care meetings.
pub fn suggested_next_meeting(meeting: Date) -> Date {
    meeting
        .checked_add(jiff::Span::new().weeks(6))
        .unwrap_or(meeting)
}

/// The first date written in `text`, as people write one: "24 november", "24 nov. 2026",
/// "November 24", "24-11", "24/11/26", "2026-11-24". Without a year it is the first such
/// day on or after `from` (an agreement made at a meeting is due after it).
pub fn date_in_text(text: &str, from: Date) -> Option<Date> {
    let lower = text.to_lowercase();
    let tokens = tokens(&lower);
    (0..tokens.len()).find_map(|at| date_at(&tokens, at, from))
}

/// A run of letters or digits, and the character that follows it.
#[derive(Debug)]
struct Token<'a> {
    word: &'a str,
    after: Option<char>,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                let after = (at < text.len()).then_some(c);
                tokens.push(Token {
                    word: &text[from..at],
                    after,
                });
                start = None;
            }
            _ => {}
        }
    }
    tokens
}

fn date_at(tokens: &[Token<'_>], at: usize, from: Date) -> Option<Date> {
    let first = &tokens[at];
    let next = tokens.get(at + 1);
    let third = tokens.get(at + 2);
    let number = |token: Option<&Token<'_>>| token.and_then(|t| day_number(t.word));
    if let Some(month) = month_of(first.word) {
        // "November 24", "November 24, 2026"
        let day = number(next)?;
        return on(day, month, year_of(third), from);
    }
    if first.word.len() == 4 {
        // 2026-11-24
        let year = first.word.parse().ok()?;
        let separator = first.after.filter(|c| matches!(c, '-' | '/' | '.'))?;
        let second = next?;
        let month = second.word.parse().ok()?;
        let day = third
            .filter(|_| second.after == Some(separator))?
            .word
            .parse()
            .ok()?;
        return exact(day, month, year);
    }
    let day = number(Some(first))?;
    if let Some(month) = next.and_then(|t| month_of(t.word)) {
        return on(day, month, year_of(third), from);
    }
    let separator = first.after.filter(|c| matches!(c, '-' | '/' | '.'))?;
    let month = next?.word.parse().ok()?;
    let year_follows = next?.after == Some(separator);
    match third
        .filter(|_| year_follows)
        .and_then(|t| year_number(t.word))
    {
        Some(year) => exact(day, month, year),
        // "1.5 uur" is no date: two parts only with a dash or a slash.
        None if separator != '.' => on(day, month, None, from),
        None => None,
    }
}

/// A day of the month: "24", or "24th" as English writes it.
fn day_number(word: &str) -> Option<i8> {
    let digits = word.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h', 'e']);
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "e" | "ste" | "de") {
        return None;
    }
    let day: i8 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

fn year_number(word: &str) -> Option<i16> {
    let year: i16 = word.parse().ok()?;
    match word.len() {
        2 => Some(2000 + year),
        4 => Some(year),
        _ => None,
    }
}

fn year_of(token: Option<&Token<'_>>) -> Option<i16> {
    token
        .filter(|t| t.word.len() == 4)
        .and_then(|t| year_number(t.word))
}

fn month_of(word: &str) -> Option<i8> {
    const MONTHS: [&[&str]; 12] = [
        &["januari", "january", "jan"],
        &["februari", "february", "feb"],
        &["maart", "march", "mrt", "mar", "mrt"],
        &["april", "apr"],
        &["mei", "may"],
        &["juni", "june", "jun"],
        &["juli", "july", "jul"],
        &["augustus", "august", "aug"],
        &["september", "sept", "sep"],
        &["oktober", "october", "okt", "oct"],
        &["november", "nov"],
        &["december", "dec"],
    ];
    (1..=12)
        .zip(MONTHS)
        .find(|(_, names)| names.contains(&word))
        .map(|(month, _)| month)
}

fn exact(day: i8, month: i8, year: i16) -> Option<Date> {
    Date::new(year, month, day).ok()
}

/// Day and month in `year`, or without a year the first such day on or after `from`.
fn on(day: i8, month: i8, year: Option<i16>, from: Date) -> Option<Date> {
    if let Some(year) = year {
        return exact(day, month, year);
    }
    // 29 February waits for the next leap year, at most four years on.
    (0..=4).find_map(|ahead| {
        exact(day, month, from.year().checked_add(ahead)?).filter(|date| *date >= from)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_as_people_write_them() {
        let from = date(2026, 10, 12);
        for (text, expected) in [
            ("voor 24 november", Some(date(2026, 11, 24))),
            ("Uiterlijk 24 nov. 2027", Some(date(2027, 11, 24))),
            ("by November 24, please", Some(date(2026, 11, 24))),
            ("on the 3rd of March", None),
            ("3rd March", Some(date(2027, 3, 3))),
            ("24-11", Some(date(2026, 11, 24))),
            ("24/11/26", Some(date(2026, 11, 24))),
            ("24.11.2026", Some(date(2026, 11, 24))),
            ("2026-11-24", Some(date(2026, 11, 24))),
            // Before the meeting in this year: the next one.
            ("1 september", Some(date(2027, 9, 1))),
            ("12 oktober", Some(date(2026, 10, 12))),
            ("voor de kerstvakantie", None),
            ("elke week 1.5 uur", None),
            ("om 14.30", None),
            ("31 november", None),
            ("week 48", None),
            ("", None),
        ] {
            assert_eq!(date_in_text(text, from), expected, "{text}");
        }
    }

    #[test]
    fn a_leap_day_waits_for_a_leap_year_and_month_ends_hold() {
        assert_eq!(
            date_in_text("29 februari", date(2026, 3, 1)),
            Some(date(2028, 2, 29))
        );
        assert_eq!(
            date_in_text("29-2", date(2028, 1, 10)),
            Some(date(2028, 2, 29))
        );
        assert_eq!(date_in_text("29-2-2027", date(2026, 1, 1)), None);
        assert_eq!(
            date_in_text("31 januari", date(2026, 12, 31)),
            Some(date(2027, 1, 31))
        );
    }

    #[test]
    fn the_suggestion_is_six_weeks_on_across_a_year_end() {
        assert_eq!(suggested_next_meeting(date(2026, 12, 7)), date(2027, 1, 18));
        assert_eq!(suggested_next_meeting(date(2028, 1, 20)), date(2028, 3, 2));
    }

    #[test]
    fn the_end_is_start_and_length_on_the_same_day() {
        let mut next = NextMeeting {
            date: date(2027, 3, 28),
            start: Some(jiff::civil::time(14, 30, 0, 0)),
            minutes: Some(60),
            place: String::new(),
        };
        assert_eq!(next.end(), Some(jiff::civil::time(15, 30, 0, 0)));
        next.start = Some(jiff::civil::time(23, 30, 0, 0));
        assert_eq!(next.end(), None, "past midnight");
        next.minutes = None;
        assert_eq!(next.end(), None);
    }
}

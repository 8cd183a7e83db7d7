#![allow(clippy::disallowed_methods)] // A folder of cases is written for the caseload to read.

//! A chair's folder of cases, made for the caseload's tests and benchmark: each case the
//! example with its own child, 2 to 6 meetings, and agreements due around `today`.

use std::path::{Path, PathBuf};

use uitzicht::model::{AgreementStatus, Case, Date, NextMeeting};

/// The example case as shipped.
pub fn example_case() -> Case {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    uitzicht::storage::load(&path).unwrap().case
}

fn days(n: i64) -> jiff::Span {
    jiff::Span::new().days(n)
}

/// Case number `number` of a folder read on `today`: 2 to 6 meetings six weeks apart up to
/// today, its last meeting's agreements running, each due between 20 days ago and 19 ahead.
pub fn generated_case(base: &Case, number: usize, today: Date) -> Case {
    let mut case = base.clone();
    case.id = format!("UZ-T{number:04}");
    case.child = format!("Kind {number} (pseudoniem)");
    case.group = format!("groep {}", 3 + number % 6);
    let meetings = 2 + number % 5;
    case.meetings.truncate(1);
    let first = today
        .checked_sub(jiff::Span::new().weeks(6 * (meetings as i64 - 1)))
        .unwrap();
    case.meetings[0].date = first;
    case.meetings[0].next = None;
    for n in 1..meetings {
        let date = first
            .checked_add(jiff::Span::new().weeks(6 * n as i64))
            .unwrap();
        case.add_follow_up(date);
    }
    let last = case.meetings.last_mut().unwrap();
    last.agreements = base.meetings[1].agreements.clone();
    for (k, agreement) in last.agreements.iter_mut().enumerate() {
        agreement.status = AgreementStatus::Open;
        // A third of the cases has nothing overdue.
        let shift = if number.is_multiple_of(3) { 0 } else { 20 };
        let offset = ((number + k * 7) % 40) as i64 - shift;
        agreement.due = Some(today.checked_add(days(offset)).unwrap());
    }
    last.next = Some(NextMeeting {
        date: today.checked_add(days(1 + (number % 30) as i64)).unwrap(),
        start: Some(jiff::civil::time(14, 30, 0, 0)),
        minutes: Some(60),
        place: "Kamer van de IB".to_owned(),
    });
    case
}

/// Writes `count` generated cases into `folder`; returns their files, in number order.
pub fn write_cases(folder: &Path, count: usize, today: Date) -> Vec<PathBuf> {
    let base = example_case();
    (0..count)
        .map(|number| {
            let case = generated_case(&base, number, today);
            let path = folder.join(format!("kind-{number:04}.uitzicht"));
            let text = uitzicht::storage::to_ron(&case, &path).unwrap();
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

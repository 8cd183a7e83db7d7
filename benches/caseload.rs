#![allow(clippy::print_stderr, clippy::unwrap_used, clippy::disallowed_methods)] // A benchmark reports on the terminal.

//! What the caseload costs: a folder of 300 cases of realistic size (2 to 6 meetings each)
//! listed, beside opening one case; and the same folder with one 16 MB case in it. Peak
//! memory is the process's peak resident size during the step (Linux, reset before each),
//! to show that one case at a time is in memory.
//!
//! `cargo bench --bench caseload`

#[path = "../tests/common/caseload.rs"]
mod cases;

#[path = "common/peak.rs"]
mod peak;
use peak::peak_mb;

use std::ops::ControlFlow;
use std::time::Instant;

use uitzicht::caseload::{self, ReadOptions};

fn main() {
    let today = uitzicht::document::today();
    let dir = tempfile::tempdir().unwrap();
    let files = cases::write_cases(dir.path(), 300, today);
    let bytes: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).unwrap().len())
        .sum();
    let options = ReadOptions {
        today,
        retention_months: 12,
        passphrase: None,
        texts: &uitzicht::i18n::NL,
    };
    peak::reset();
    let start = Instant::now();
    let one = uitzicht::storage::load(&files[4]).unwrap();
    let open_one = start.elapsed().as_secs_f64();
    eprintln!(
        "open one case ({} meetings): {:>6.3} s, peak {}",
        one.case.meetings.len(),
        open_one,
        peak_mb()
    );
    drop(one);
    for round in 1..=3 {
        peak::reset();
        let start = Instant::now();
        let mut first = None;
        let listed = caseload::read_folder(dir.path(), &options, |_, done, _| {
            if done == 1 {
                first = Some(start.elapsed().as_secs_f64());
            }
            ControlFlow::Continue(())
        })
        .unwrap();
        eprintln!(
            "list 300 cases ({} MB), round {round}: {:>6.3} s (first row after {:.3} s), peak {}, {} listed",
            bytes / 1024 / 1024,
            start.elapsed().as_secs_f64(),
            first.unwrap_or_default(),
            peak_mb(),
            listed.len()
        );
    }
    // One case of nearly 16 MB (long texts in every agreement) among them: it comes last.
    let base = cases::example_case();
    let mut large = cases::generated_case(&base, 999, today);
    let long = "lange tekst ".repeat(1500);
    for meeting in &mut large.meetings {
        for agreement in &mut meeting.agreements {
            agreement.how = long.clone();
        }
    }
    while uitzicht::storage::to_ron(&large, std::path::Path::new("g")).map_or(0, |t| t.len())
        < 15_000_000
    {
        let again = large.meetings.last().unwrap().clone();
        large.meetings.push(again);
    }
    let large_path = dir.path().join("groot.uitzicht");
    std::fs::write(
        &large_path,
        uitzicht::storage::to_ron(&large, &large_path).unwrap(),
    )
    .unwrap();
    peak::reset();
    let start = Instant::now();
    let mut at_300 = 0.0;
    let listed = caseload::read_folder(dir.path(), &options, |_, done, _| {
        if done == 300 {
            at_300 = start.elapsed().as_secs_f64();
        }
        ControlFlow::Continue(())
    })
    .unwrap();
    eprintln!(
        "list 300 cases and one of {} MB: {:>6.3} s (the 300 shown after {at_300:.3} s), peak {}, {} listed",
        std::fs::metadata(&large_path).unwrap().len() / 1024 / 1024,
        start.elapsed().as_secs_f64(),
        peak_mb(),
        listed.len()
    );
}

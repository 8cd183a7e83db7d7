#![allow(clippy::print_stderr, clippy::unwrap_used, clippy::disallowed_methods)] // A benchmark reports on the terminal.

//! What hostile input costs: the layout of one word of 20,000 characters (a pasted link,
//! a cell of one word), and a preparation sheet of many thousand rows read and taken in;
//! both must grow linearly with their length. Peak memory is the process's peak resident
//! size during the step (Linux, reset before each step).
//!
//! `cargo bench --bench hostile`

#[path = "../tests/common/word.rs"]
#[expect(
    dead_code,
    reason = "the benchmark uses one of the tests' sheet makers"
)]
mod word;

#[path = "common/peak.rs"]
mod peak;
use peak::peak_mb;

use std::time::Instant;

use uitzicht::fonts::{FontMetrics, Weight};
use uitzicht::layout::{Hyphenation, wrap};

fn main() {
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    let case = uitzicht::storage::load(&example).unwrap().case;
    for rows in [5_000, 20_000, 200_000] {
        let sheet = word::long_child_sheet(&case, rows);
        peak::reset();
        let start = Instant::now();
        let read = uitzicht::export::preparation::read_preparation(&case, &sheet);
        let said = match read {
            Ok((index, preparation)) => {
                let mut taken_into = case.clone();
                let taken = taken_into.meetings[index].take_in(&preparation);
                format!("{} taken in, {} left out", taken.items, taken.left_out)
            }
            // Past what any filled-in sheet holds: refused, as quickly.
            Err(error) => format!("refused: {error:?}"),
        };
        let seconds = start.elapsed().as_secs_f64();
        eprintln!(
            "read a sheet of {rows:>7} rows ({:>5} KB): {seconds:>6.2} s, peak {} ({said})",
            sheet.len() / 1024,
            peak_mb(),
        );
    }
    let metrics = FontMetrics::shipped();
    for (name, unit) in [
        ("hyphenated", "ondersteuningsbehoeften"),
        ("link", "a1b2c3%2F"),
    ] {
        for length in [5_000, 10_000, 20_000, 40_000] {
            let word = unit.repeat(length / unit.len() + 1);
            peak::reset();
            let start = Instant::now();
            let lines = wrap(
                &word,
                40.0,
                4.0,
                (Weight::Regular, Hyphenation::Dutch),
                metrics,
            );
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            eprintln!(
                "wrap one {name} word of {length:>6} characters: {ms:>8.2} ms, peak {} ({} lines)",
                peak_mb(),
                lines.len()
            );
        }
    }
}

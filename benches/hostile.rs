#![allow(clippy::print_stderr, clippy::unwrap_used)] // A benchmark reports on the terminal.

//! What hostile input costs: the layout of one word of 20,000 characters (a pasted link,
//! a cell of one word), which must grow linearly with its length.
//!
//! `cargo bench --bench hostile`

use std::time::Instant;

use uitzicht::fonts::{FontMetrics, Weight};
use uitzicht::layout::{Hyphenation, wrap};

fn main() {
    let metrics = FontMetrics::shipped();
    for (name, unit) in [
        ("hyphenated", "ondersteuningsbehoeften"),
        ("link", "a1b2c3%2F"),
    ] {
        for length in [5_000, 10_000, 20_000, 40_000] {
            let word = unit.repeat(length / unit.len() + 1);
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
                "wrap one {name} word of {length:>6} characters: {ms:>8.2} ms ({} lines)",
                lines.len()
            );
        }
    }
}

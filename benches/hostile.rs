#![allow(clippy::print_stderr, clippy::unwrap_used, clippy::disallowed_methods)] // A benchmark reports on the terminal.

//! What hostile input costs: the layout of one word of 20,000 characters (a pasted link,
//! a cell of one word), and a preparation sheet of many thousand rows read and taken in;
//! both must grow linearly with their length. Peak memory is the process's peak resident
//! size during the step (Linux, reset before each step).
//!
//! `cargo bench --bench hostile`

use std::io::Write as _;
use std::time::Instant;

use uitzicht::fonts::{FontMetrics, Weight};
use uitzicht::i18n::NL;
use uitzicht::layout::{Hyphenation, wrap};

/// The process's peak resident size in MB since the last reset, where the system says.
fn peak_mb() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|kb| kb.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or("?".to_owned(), |kb| format!("{:.0} MB", kb / 1024.0))
}

/// A child's sheet of the example's last meeting with `rows` answers under one question,
/// as the reader sees a sheet: a table of (question, answer) rows.
fn sheet_of(case: &uitzicht::model::Case, rows: usize) -> Vec<u8> {
    let date = case.meetings.last().unwrap().date;
    let cell = |text: &str| format!("<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>");
    let row = |a: &str, b: &str| format!("<w:tr>{}{}</w:tr>", cell(a), cell(b));
    let mut table = row(NL.prep_row_key, &format!("{} · {date} · K", case.id));
    table.push_str(&row(NL.prep_row_for, "Daan"));
    table.push_str(&row(NL.prep_child_going_well, "antwoord 0"));
    for n in 1..rows {
        table.push_str(&row("", &format!("antwoord {n} over lezen en rekenen")));
    }
    let xml = format!(
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>{table}</w:tbl></w:body></w:document>"#
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

fn main() {
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    let case = uitzicht::storage::load(&example).unwrap().case;
    for rows in [5_000, 20_000, 200_000] {
        let sheet = sheet_of(&case, rows);
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let start = Instant::now();
        let (index, preparation) =
            uitzicht::export::preparation::read_preparation(&case, &sheet).unwrap();
        let mut taken_into = case.clone();
        let taken = taken_into.meetings[index].take_in(&preparation);
        let seconds = start.elapsed().as_secs_f64();
        eprintln!(
            "read a sheet of {rows:>7} rows ({:>5} KB): {seconds:>6.2} s, peak {} ({} taken in, {} left out)",
            sheet.len() / 1024,
            peak_mb(),
            taken.items,
            taken.left_out
        );
    }
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

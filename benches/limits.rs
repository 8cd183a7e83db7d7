#![allow(clippy::print_stderr, clippy::unwrap_used, clippy::disallowed_methods)] // A benchmark reports on the terminal.

//! Time and peak memory of opening, saving and each export of a case at the documented
//! limits (500 meetings, the last with 100 circles of 1,000 items and 500 arrows). Peak
//! memory is the process's peak resident size during the step (Linux: reset before each
//! step through `/proc/self/clear_refs`), so it includes what the step itself holds.
//!
//! `cargo bench --bench limits`

#[path = "../tests/common/limits.rs"]
mod limits;

use std::time::Instant;

use uitzicht::export::{self, ExportOptions};
use uitzicht::i18n::Lang;

/// The process's peak resident size in MB since the last reset, where the system says.
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

fn step<T>(name: &str, work: impl FnOnce() -> T) -> T {
    // Resets the peak to what the process holds now (Linux 4.0 and later).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let start = Instant::now();
    let result = work();
    let seconds = start.elapsed().as_secs_f64();
    let peak = peak_mb().map_or("?".to_owned(), |mb| format!("{mb:.0} MB"));
    eprintln!("{name:<28} {seconds:>7.2} s   peak {peak}");
    result
}

fn main() {
    // benches/floor.sh opens this case in the app: only the file, no measurements.
    if let Some(out) = std::env::var_os("UITZICHT_LIMITS_CASE_OUT") {
        let case = limits::limits_case();
        uitzicht::storage::save(
            out.as_ref(),
            &case,
            uitzicht::storage::CURRENT_FORMAT_VERSION,
        )
        .unwrap();
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("grens.mdo.ron");
    let case = limits::limits_case();
    uitzicht::storage::save(&path, &case, uitzicht::storage::CURRENT_FORMAT_VERSION).unwrap();
    drop(case);
    let size = std::fs::metadata(&path).unwrap().len();
    eprintln!(
        "case at the documented limits: {:.1} MB on disk",
        size as f64 / 1e6
    );

    let t = Lang::Nl.texts();
    let loaded = step("open", || uitzicht::storage::load(&path).unwrap());
    let case = loaded.case;
    let last = case.meetings.len() - 1;
    let options = ExportOptions::now();
    step("save", || {
        uitzicht::storage::save(&path, &case, uitzicht::storage::CURRENT_FORMAT_VERSION).unwrap();
    });
    step("A3 sheet (pdf)", || {
        export::sheet_pdf(&case, last, t, options).unwrap().len()
    });
    step("report (pdf)", || {
        export::report_pdf(&case, last, t, options).unwrap().len()
    });
    step("report (docx)", || {
        export::report_docx(&case, last, t).unwrap().len()
    });
    step("board (png, 2400 px)", || {
        export::board_png(&case, last, 2400, t).unwrap().len()
    });
    step("A3 sheet, first meeting", || {
        export::sheet_pdf(&case, 0, t, options).unwrap().len()
    });
}

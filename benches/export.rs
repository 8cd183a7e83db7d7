#![allow(clippy::print_stderr)] // A benchmark reports on the terminal.

//! Time and size of printing the example's last meeting: the A3 sheet, the report, the PNG,
//! the Word copy; and writing and reading back a preparation sheet.
//! The peer to beat: typst typesets a comparable A3 sheet in about 19 ms and 32 KB here.
//!
//! `cargo bench --bench export`

use std::path::Path;

use uitzicht::export::{self, ExportOptions};
use uitzicht::i18n::Lang;
use uitzicht::model::Case;

fn example() -> Case {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    match uitzicht::storage::load(&path) {
        Ok(loaded) => loaded.case,
        Err(error) => panic!("{error}"),
    }
}

fn main() {
    let case = example();
    let t = Lang::Nl.texts();
    let last = case.meetings.len() - 1;
    let options = ExportOptions::now();
    let sizes = [
        (
            "sheet.pdf",
            export::sheet_pdf(&case, last, t, options).map(|b| b.len()),
        ),
        (
            "report.pdf",
            export::report_pdf(&case, last, t, options).map(|b| b.len()),
        ),
        (
            "board.png (2400 px)",
            export::board_png(&case, last, 2400, t).map(|b| b.len()),
        ),
    ];
    for (name, size) in sizes {
        match size {
            Ok(bytes) => eprintln!("{name}: {bytes} bytes"),
            Err(error) => eprintln!("{name}: {error}"),
        }
    }
    divan::main();
}

#[divan::bench]
fn sheet_pdf(bencher: divan::Bencher) {
    let case = example();
    let t = Lang::Nl.texts();
    let options = ExportOptions::now();
    bencher.bench(|| export::sheet_pdf(&case, 1, t, options));
}

#[divan::bench]
fn report_pdf(bencher: divan::Bencher) {
    let case = example();
    let t = Lang::Nl.texts();
    let options = ExportOptions::now();
    bencher.bench(|| export::report_pdf(&case, 1, t, options));
}

#[divan::bench]
fn board_png_2400(bencher: divan::Bencher) {
    let case = example();
    let t = Lang::Nl.texts();
    bencher.bench(|| export::board_png(&case, 1, 2400, t));
}

/// The report as a Word document for the dossier, beside `report_pdf`.
#[divan::bench]
fn report_docx(bencher: divan::Bencher) {
    let case = example();
    let t = Lang::Nl.texts();
    bencher.bench_local(|| export::report_docx(&case, 1, t));
}

/// A parent's preparation sheet written, beside `report_docx`.
#[divan::bench]
fn preparation_sheet_docx(bencher: divan::Bencher) {
    use uitzicht::export::preparation::{SheetFor, preparation_docx};
    let case = example();
    let t = Lang::Nl.texts();
    bencher.bench_local(|| preparation_docx(&case, 1, SheetFor::Participant(2), t));
}

/// A sheet read back: unzipped, its XML parsed and every table row matched to its question.
#[divan::bench]
fn preparation_sheet_read(bencher: divan::Bencher) {
    use uitzicht::export::preparation::{SheetFor, preparation_docx, read_preparation};
    let case = example();
    let t = Lang::Nl.texts();
    let Ok(sheet) = preparation_docx(&case, 1, SheetFor::Participant(2), t) else {
        panic!("the example's sheet could not be written");
    };
    bencher.bench_local(|| read_preparation(&case, &sheet));
}

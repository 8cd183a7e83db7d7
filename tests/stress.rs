#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.
#![allow(clippy::disallowed_methods)] // STRESS_OUT writes the PDFs to look at.
//! Print that never cuts: a case in which every free text is several hundred characters
//! long. Every text must be found whole, in reading order, in one of the PDFs of its
//! meeting (read back with lopdf), and no text may leave its page or lie on another text.

mod common;

use uitzicht::export::{self, ExportOptions};
use uitzicht::fonts::FontMetrics;
use uitzicht::i18n::Lang;
use uitzicht::model::Case;
use uitzicht::scene::Primitive;

const WORDS: [&str; 12] = [
    "leesplezier",
    "met",
    "een",
    "maatje",
    "na",
    "de",
    "pauze",
    "thuis",
    "samen",
    "boeken",
    "over",
    "dieren",
];

/// The example with every free text made about 450 characters, each one its own.
fn stress_case() -> Case {
    let mut case = common::example_case();
    for (n, text) in case.texts_mut().into_iter().enumerate() {
        let mut long = format!("T{n:03}");
        let mut i = n;
        while long.len() < 450 {
            long.push(' ');
            long.push_str(WORDS[i % WORDS.len()]);
            i += 7;
        }
        *text = long;
    }
    case
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// All text of a PDF, page after page, in the order of its content streams.
fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let mut all = String::new();
    for page in doc.get_pages().keys() {
        all.push_str(&common::unbroken(&doc.extract_text(&[*page]).unwrap()));
        all.push('\n');
    }
    squeeze(&all)
}

#[test]
fn every_long_text_is_printed_whole_in_reading_order() {
    let case = stress_case();
    let t = Lang::Nl.texts();
    let options = ExportOptions::now();
    let mut printed = Vec::new();
    for index in 0..case.meetings.len() {
        let sheet = export::sheet_pdf(&case, index, t, options).unwrap();
        let report = export::report_pdf(&case, index, t, options).unwrap();
        // STRESS_OUT=folder keeps the PDFs, to look at them.
        if let Some(folder) = std::env::var_os("STRESS_OUT") {
            let folder = std::path::Path::new(&folder);
            std::fs::write(folder.join(format!("sheet-{}.pdf", index + 1)), &sheet).unwrap();
            std::fs::write(folder.join(format!("report-{}.pdf", index + 1)), &report).unwrap();
        }
        printed.push(format!("{}\n{}", pdf_text(&sheet), pdf_text(&report)));
    }
    let mut missing = Vec::new();
    let mut texts = stress_case();
    for text in texts.texts_mut() {
        let whole = squeeze(text);
        if !printed.iter().any(|pdf| pdf.contains(&whole)) {
            missing.push(whole.chars().take(5).collect::<String>());
        }
    }
    assert!(missing.is_empty(), "not printed whole: {missing:?}");
}

/// The box a line of text takes on its page: from its top to one type size below, as wide
/// as its glyphs' advances.
fn text_box(line: &uitzicht::layout::TextLine) -> (f32, f32, f32, f32) {
    let width = FontMetrics::shipped().width_em(&line.text, line.weight) * line.size_mm;
    (
        line.top_left.x,
        line.top_left.y,
        line.top_left.x + width,
        line.top_left.y + line.size_mm,
    )
}

#[test]
fn no_text_leaves_its_page_or_lies_on_another() {
    let case = stress_case();
    let t = Lang::Nl.texts();
    for index in 0..case.meetings.len() {
        for (what, scenes) in [
            ("sheet", export::sheet_scenes(&case, index, t).unwrap()),
            ("report", export::report_scenes(&case, index, t).unwrap()),
        ] {
            let (pages, (width, height)) = scenes;
            for (page_number, page) in pages.iter().enumerate() {
                let lines: Vec<_> = page
                    .iter()
                    .filter_map(|p| match p {
                        // A marker's or an arrow's symbol sits inside its own shape.
                        Primitive::Text { line, .. } if line.text.chars().count() > 1 => Some(line),
                        _ => None,
                    })
                    .collect();
                for line in &lines {
                    let (x0, y0, x1, y1) = text_box(line);
                    assert!(
                        x0 >= -0.01 && y0 >= -0.01 && x1 <= width + 0.01 && y1 <= height + 0.01,
                        "{what} {} page {}: {:?} leaves the page",
                        index + 1,
                        page_number + 1,
                        line.text
                    );
                }
                for (i, a) in lines.iter().enumerate() {
                    for b in &lines[i + 1..] {
                        let (ax0, ay0, ax1, ay1) = text_box(a);
                        let (bx0, by0, bx1, by1) = text_box(b);
                        let overlap = ax0 < bx1 - 0.05
                            && bx0 < ax1 - 0.05
                            && ay0 < by1 - 0.05
                            && by0 < ay1 - 0.05;
                        assert!(
                            !overlap,
                            "{what} {} page {}: {:?} lies on {:?} ({:?} {:?})",
                            index + 1,
                            page_number + 1,
                            a.text,
                            b.text,
                            (a.top_left, a.size_mm),
                            (b.top_left, b.size_mm)
                        );
                    }
                }
            }
        }
    }
}

#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! Print reads like a typeset Dutch document: a word broken across lines gets its hyphen,
//! in the report and on the sheet, for the example and for a case of long texts.

mod common;

use std::collections::HashSet;

use uitzicht::export::{self, ExportOptions};
use uitzicht::i18n::Lang;
use uitzicht::model::Case;

/// A word as the vocabulary holds it: lower case, without the punctuation around it.
fn norm(token: &str) -> String {
    token
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Every word the case and the app's texts can print.
fn vocabulary(case: &Case, lang: Lang) -> HashSet<String> {
    let mut case = case.clone();
    let texts = case.texts_mut().into_iter().map(|t| t.clone());
    let app = lang.texts().all().into_iter().map(|(_, t)| t.to_owned());
    texts
        .chain(app)
        .flat_map(|text| {
            let words: Vec<String> = text.split_whitespace().map(norm).collect();
            words
        })
        .collect()
}

/// Lines whose last word runs on to the next line without a hyphen: a word broken where
/// it may not be, or without showing it.
fn broken_without_hyphen(pdf: &[u8], words: &HashSet<String>) -> Vec<String> {
    let text = common::pdf_lines(pdf);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut bad = Vec::new();
    for pair in lines.windows(2) {
        let (Some(last), Some(first)) = (
            pair[0].split_whitespace().last(),
            pair[1].split_whitespace().next(),
        ) else {
            continue;
        };
        if last.ends_with('-') || words.contains(&norm(last)) {
            continue;
        }
        if words.contains(&norm(&format!("{last}{first}"))) {
            bad.push(format!("{} | {}", pair[0], pair[1]));
        }
    }
    bad
}

fn check(case: &Case, lang: Lang) {
    let words = vocabulary(case, lang);
    let t = lang.texts();
    let options = ExportOptions::now();
    let mut hyphens = 0;
    for index in 0..case.meetings.len() {
        for pdf in [
            export::report_pdf(case, index, t, options).unwrap(),
            export::sheet_pdf(case, index, t, options).unwrap(),
        ] {
            let bad = broken_without_hyphen(&pdf, &words);
            assert!(bad.is_empty(), "broken without a hyphen: {bad:#?}");
            hyphens += common::pdf_lines(&pdf).matches("-\n").count();
        }
    }
    assert!(
        hyphens > 0,
        "the narrow columns break some words, with hyphens"
    );
}

#[test]
fn no_word_of_the_example_is_broken_without_a_hyphen() {
    let case = common::example_case();
    check(&case, Lang::Nl);
    check(&case, Lang::En);
}

#[test]
fn no_word_of_long_texts_is_broken_without_a_hyphen() {
    let mut case = common::example_case();
    for (n, text) in case.texts_mut().into_iter().enumerate() {
        *text = format!(
            "{n} Overleg met het samenwerkingsverband over de ondersteuningsbehoeften \
             van de leerkracht tot de voorjaarsvakantie, samen met de jeugdconsulent"
        );
    }
    check(&case, Lang::Nl);
}

#[test]
fn the_plain_text_copy_is_wrapped_nowhere_with_one_blank_line_between_sections() {
    let case = common::example_case();
    let t = Lang::Nl.texts();
    let text = export::report_text(&case, 1, t).unwrap();
    // The receiving form wraps: every text stands whole on its line.
    let long = &case.meetings[1].summary;
    assert!(long.len() > 80);
    assert!(
        text.lines().any(|line| line.contains(long.as_str())),
        "{text}"
    );
    assert!(!text.contains("\n\n\n"), "{text}");
    let report = export::report_content(&case, 1, &case.meetings[1], t);
    for section in &report.sections {
        assert!(
            text.contains(&format!("\n\n{}\n", section.heading)),
            "{}",
            section.heading
        );
    }
}

#[test]
fn a_table_that_runs_on_to_a_new_page_repeats_its_header_there() {
    let mut case = common::example_case();
    let t = Lang::Nl.texts();
    let meeting = &mut case.meetings[0];
    let template = meeting.agreements[0].clone();
    meeting.agreements = (1..=60)
        .map(|n| uitzicht::model::Agreement {
            id: uitzicht::model::AgreementId(n),
            what: format!("Afspraak nummer {n}"),
            ..template.clone()
        })
        .collect();
    let pdf = export::report_pdf(&case, 0, t, ExportOptions::now()).unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let mut pages_with_rows = 0;
    for page in doc.get_pages().keys() {
        let text = doc.extract_text(&[*page]).unwrap();
        if text.contains("Afspraak nummer") {
            pages_with_rows += 1;
            // The status column's header stands above the rows on every page they are on.
            let header = text.find(t.col_status).unwrap_or(usize::MAX);
            let first_row = text.find("Afspraak nummer").unwrap();
            assert!(
                header < first_row,
                "page {page} has rows without their header"
            );
        }
    }
    assert!(
        pages_with_rows >= 2,
        "the table runs over {pages_with_rows} page(s)"
    );
}

#[test]
fn no_heading_stands_alone_at_the_foot_of_a_page() {
    let t = Lang::Nl.texts();
    // One need more at a time moves every later heading down the page, past its foot.
    for extra in 0..40 {
        let mut case = common::example_case();
        let meeting = &mut case.meetings[1];
        let need = meeting.needs[0].clone();
        meeting.needs.extend(std::iter::repeat_n(need, extra));
        let report = export::report_content(&case, 1, &case.meetings[1], t);
        let headings: Vec<&str> = report.sections.iter().map(|s| s.heading.as_str()).collect();
        let pdf = export::report_pdf(&case, 1, t, ExportOptions::now()).unwrap();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        for page in doc.get_pages().keys() {
            let text = doc.extract_text(&[*page]).unwrap();
            // The running head and the page number come last; before them, the last line
            // of text on the page.
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            assert!(
                lines.last().is_some_and(|l| l.starts_with("pagina")),
                "{lines:?}"
            );
            let last_text = lines.iter().rev().nth(2).copied().unwrap_or_default();
            assert!(
                !headings.contains(&last_text),
                "with {extra} more needs page {page} ends in {last_text:?}"
            );
        }
    }
}

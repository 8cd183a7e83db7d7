#![allow(clippy::unwrap_used, clippy::expect_used)] // In a test, a panic is a failed test, not a lost case.
#![allow(clippy::disallowed_methods)] // The Word copy is written for pandoc to read.

//! The copy for the pupil's dossier: the report as a Word document, read back by a second,
//! independent implementation (pandoc), with every text of the report in it; and the
//! report as plain text on the clipboard.
//!
//! Needs `pandoc` (`.ci/run` installs it).

mod common;

use std::process::Command;

use egui_kittest::kittest::Queryable as _;
use uitzicht::export;
use uitzicht::i18n::Lang;

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text pandoc reads from a .docx, without wrapping lines or table cells.
fn pandoc_text(docx: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("verslag.docx");
    std::fs::write(&path, docx).unwrap();
    let out = Command::new("pandoc")
        .arg(&path)
        .args(["-t", "plain", "--columns=100000"])
        .output()
        .expect("pandoc must be installed to check the Word copy (see .ci/run)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    squeeze(&String::from_utf8(out.stdout).unwrap())
}

#[test]
fn the_word_copy_holds_every_text_of_the_report_with_real_headings() {
    let case = common::example_case();
    let t = Lang::Nl.texts();
    for index in 0..case.meetings.len() {
        let docx = export::report_docx(&case, index, t).unwrap();
        let text = pandoc_text(&docx);
        let report = export::report_content(&case, index, &case.meetings[index], t);
        for part in report.texts() {
            assert!(
                text.contains(&squeeze(part)),
                "meeting {}: {part:?} missing",
                index + 1
            );
        }
        // The headings are Word's own, which pandoc reads back as headings.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("verslag.docx");
        std::fs::write(&path, &docx).unwrap();
        let markdown = Command::new("pandoc")
            .arg(&path)
            .args(["-t", "markdown"])
            .output()
            .unwrap();
        let markdown = String::from_utf8(markdown.stdout).unwrap();
        assert!(markdown.starts_with("# Verslag en afspraken"), "{markdown}");
        assert!(markdown.contains("\n## Afspraken"), "{markdown}");
    }
}

#[test]
fn a_pseudonymised_word_copy_names_no_one() {
    let case = common::example_case();
    let t = Lang::Nl.texts();
    let pseudonymised = export::pseudonymise(&case, t);
    let docx = export::report_docx(&pseudonymised, 1, t).unwrap();
    let text = pandoc_text(&docx);
    for name in [
        "Ilse de Boer",
        "Sanne Mulder",
        "Fatima El Amrani",
        "Daan",
        "Wilgenhoek",
    ] {
        assert!(!text.contains(name), "{name} in {text}");
    }
    assert!(text.contains("intern begeleider"));
}

#[test]
fn copy_as_text_puts_the_report_on_the_clipboard() {
    let path = common::example();
    let mut harness = common::open_app(Some(&path), Lang::Nl, (1600.0, 1000.0));
    harness.get_by_label("Bestand").click();
    harness.run();
    harness.get_by_label("Kopieer als tekst").click();
    harness.step();
    let copied: Vec<String> = harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(copied.len(), 1, "{copied:?}");
    let text = &copied[0];
    assert!(text.starts_with("Verslag en afspraken\n"), "{text}");
    assert!(text.contains("- Wie: Sanne Mulder; Wat: Elke dag 15 minuten duolezen met een maatje"));
    assert!(text.contains("\nWisselwerking\n"));
}

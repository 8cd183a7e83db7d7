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

#[test]
fn a_pasted_control_character_neither_breaks_the_word_copy_nor_stays_in_the_case() {
    use uitzicht::model::{BoardEdit, CircleId, ItemKind};
    let mut case = common::example_case();
    let last = case.meetings.len() - 1;
    // Past the cleaning where text enters (a file edited by hand, say): export cleans too.
    case.meetings[last].summary = "Eerste regel\u{0B}tweede regel\u{1B}]0;titel\u{7}".to_owned();
    let docx = export::report_docx(&case, last, Lang::Nl.texts()).unwrap();
    let text = pandoc_text(&docx);
    assert!(text.contains("Eerste regel"), "{text}");
    assert!(text.contains("tweede regel"), "{text}");

    // Where text enters, it is cleaned before it reaches the case.
    let board = &mut case.meetings[last].board;
    board.apply(BoardEdit::AddItem {
        circle: CircleId(1),
        kind: ItemKind::GoingWell,
        text: "Plakt\u{0B}uit Word".to_owned(),
    });
    assert!(board.items().any(|i| i.text == "Plakt\nuit Word"));

    // And a file that holds one is mended on reading, and says so.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plak.mdo.ron");
    let original = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht"),
    )
    .unwrap();
    std::fs::write(&path, original.replacen("Daan", "Da\\u{b}an", 1)).unwrap();
    let loaded = uitzicht::storage::load(&path).unwrap();
    assert!(!loaded.case.child.contains('\u{0B}'));
    assert!(
        loaded
            .repairs
            .iter()
            .any(|r| r.message(Lang::Nl.texts()).contains("stuurtekens"))
    );
}

#[test]
fn the_read_back_would_catch_a_document_that_is_not_well_formed() {
    // What the export's own check rests on: it refuses what Word refuses.
    let bad = docx_rs::Docx::new()
        .add_paragraph(docx_rs::Paragraph::new().add_run(docx_rs::Run::new().add_text("a\u{0B}b")));
    let mut bytes = std::io::Cursor::new(Vec::new());
    bad.pack(&mut bytes).unwrap();
    assert!(export::check_well_formed(&bytes.into_inner()).is_err());
}

/// Part `name` of a Word document, parsed.
fn word_part(docx: &[u8], name: &str) -> String {
    use std::io::Read as _;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

#[test]
fn the_word_copy_speaks_its_language_hyphenates_and_keeps_headings_and_table_headers() {
    let case = common::example_case();
    for (lang, tag) in [(Lang::Nl, "nl-NL"), (Lang::En, "en-GB")] {
        let docx = export::report_docx(&case, 1, lang.texts()).unwrap();
        // The language on the default run properties: Word checks spelling in it.
        let styles = word_part(&docx, "word/styles.xml");
        let styles = roxmltree::Document::parse(&styles).unwrap();
        let language = styles
            .descendants()
            .find(|n| n.has_tag_name((W, "lang")))
            .and_then(|n| n.attribute((W, "val")));
        assert_eq!(language, Some(tag));
        let settings = word_part(&docx, "word/settings.xml");
        let settings = roxmltree::Document::parse(&settings).unwrap();
        let hyphenation = settings
            .descendants()
            .find(|n| n.has_tag_name((W, "autoHyphenation")))
            .and_then(|n| n.attribute((W, "val")));
        assert_eq!(hyphenation, Some("true"));

        let document = word_part(&docx, "word/document.xml");
        let document = roxmltree::Document::parse(&document).unwrap();
        // Every heading stays with what follows it.
        for paragraph in document.descendants().filter(|n| n.has_tag_name((W, "p"))) {
            let style = paragraph
                .descendants()
                .find(|n| n.has_tag_name((W, "pStyle")))
                .and_then(|n| n.attribute((W, "val")));
            if style.is_some_and(|s| s.starts_with("Heading")) {
                assert!(
                    paragraph
                        .descendants()
                        .any(|n| n.has_tag_name((W, "keepNext"))),
                    "a heading without keep-with-next"
                );
            }
        }
        // Each table repeats its first row as header; no row splits across pages; no
        // column is narrower than its header's widest word.
        let tables: Vec<_> = (document.descendants())
            .filter(|n| n.has_tag_name((W, "tbl")))
            .collect();
        assert!(!tables.is_empty());
        for table in tables {
            let rows: Vec<_> = (table.children())
                .filter(|n| n.has_tag_name((W, "tr")))
                .collect();
            assert!(
                rows[0]
                    .descendants()
                    .any(|n| n.has_tag_name((W, "tblHeader")))
            );
            assert!(
                rows.iter()
                    .all(|r| r.descendants().any(|n| n.has_tag_name((W, "cantSplit"))))
            );
        }
        // The footer numbers the pages with Word's own fields.
        let footer = word_part(&docx, "word/footer1.xml");
        assert!(
            footer.contains("PAGE") && footer.contains("NUMPAGES"),
            "{footer}"
        );
        let header = word_part(&docx, "word/header1.xml");
        assert!(header.contains(&case.child), "{header}");
    }
}

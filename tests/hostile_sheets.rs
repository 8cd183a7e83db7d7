#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.
#![allow(clippy::disallowed_methods)] // Tests write crafted files on purpose.

//! Preparation sheets made as an attacker would: nested past any real document, in place
//! of a file a pipe, a device or a file that claims gigabytes. Each is refused in the
//! user's words, at once, and the case and its lock are left as they were.

mod common;

use common::word::{docx, word_file};

use std::path::{Path, PathBuf};

use uitzicht::export::preparation::{ReadError, Unreadable, read_preparation};
use uitzicht::export::xml::XmlError;

fn nested_tables(depth: usize) -> String {
    format!(
        "{}<w:p><w:r><w:t>x</w:t></w:r></w:p>{}",
        "<w:tbl><w:tr><w:tc>".repeat(depth),
        "</w:tc></w:tr></w:tbl>".repeat(depth)
    )
}

fn case_copy(dir: &Path) -> PathBuf {
    let case = dir.join("casus.uitzicht");
    std::fs::copy(common::example(), &case).unwrap();
    case
}

/// `prepare CASE --read SHEET`: it fails, says `expected` in Dutch, leaves the case as it
/// was and no lock behind.
fn refused_by_the_command_line(sheet: &Path, expected: &str) {
    let dir = tempfile::tempdir().unwrap();
    let case = case_copy(dir.path());
    let before = std::fs::read(&case).unwrap();
    let out = read_by_the_command_line(&case, sheet);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(expected), "{stderr}");
    assert!(!stderr.contains("overflow"), "{stderr}");
    assert_eq!(std::fs::read(&case).unwrap(), before);
    assert!(!dir.path().join("casus.uitzicht.lock").exists());
}

/// `prepare CASE --read SHEET`, in Dutch. (A refusal that waited on a pipe would never
/// come back.)
fn read_by_the_command_line(case: &Path, sheet: &Path) -> std::process::Output {
    common::uitzicht_in_dutch([
        "prepare".as_ref(),
        case.as_os_str(),
        "--read".as_ref(),
        sheet.as_os_str(),
    ])
}

#[test]
fn tables_nested_thousands_deep_are_refused_before_they_are_parsed() {
    let case = common::example_case();
    for body in [
        nested_tables(5_000),
        format!(
            "<w:p>{}{}</w:p>",
            "<w:r>".repeat(30_000),
            "</w:r>".repeat(30_000)
        ),
    ] {
        let sheet = docx(&body);
        assert!(sheet.len() < 64 * 1024, "a small file: {}", sheet.len());
        assert_eq!(
            read_preparation(&case, &sheet).unwrap_err(),
            ReadError::Unreadable(Unreadable::Xml(XmlError::TooDeep))
        );
    }
    // A document nested as deep as real ones nest is read (and found to be no sheet).
    assert_eq!(
        read_preparation(&case, &docx(&nested_tables(20))).unwrap_err(),
        ReadError::NotASheet
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("genest.docx");
    std::fs::write(&path, docx(&nested_tables(5_000))).unwrap();
    refused_by_the_command_line(&path, "lagen in elkaar");
}

#[test]
fn what_a_library_says_in_english_reaches_the_chair_in_her_words() {
    let case = common::example_case();
    let t = uitzicht::i18n::Lang::Nl.texts();
    // A DTD is entity expansion's way in: no Word document has one.
    let dtd = word_file("<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY e \"x\">]><d>&e;</d>");
    for (bytes, expected) in [
        (b"PK\x03\x04 no zip at all".to_vec(), "geen Word-document"),
        (dtd, "beschadigd bij regel"),
    ] {
        let message = read_preparation(&case, &bytes).unwrap_err().message(t);
        assert!(message.contains(expected), "{message}");
        for english in ["DTD", "EOCD", "detected", "Could not"] {
            assert!(!message.contains(english), "{message}");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_pipe_a_device_or_a_sparse_giant_in_place_of_a_sheet_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("blad.docx");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .unwrap();
    assert!(made.success());
    refused_by_the_command_line(&pipe, "geen gewoon bestand");
    refused_by_the_command_line(Path::new("/dev/zero"), "geen gewoon bestand");

    // Two gigabytes that take no room on disk: refused by their size, unread.
    let giant = dir.path().join("reus.docx");
    std::fs::File::create(&giant)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    refused_by_the_command_line(&giant, "groter dan een ingevuld blad");
}

#[cfg(unix)]
#[test]
fn the_command_line_says_what_went_wrong_in_its_own_words() {
    let dir = tempfile::tempdir().unwrap();
    // A loop of links is called a loop, not a folder, device or pipe.
    let a = dir.path().join("a.docx");
    let b = dir.path().join("b.docx");
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    refused_by_the_command_line(&a, "naar zichzelf terugwijst");

    // A case from a newer version is said to be newer, not to be open elsewhere.
    let case = dir.path().join("nieuwer.uitzicht");
    let text = std::fs::read_to_string(common::example()).unwrap();
    let version = text.find("format_version: ").unwrap() + "format_version: ".len();
    let digits = text[version..].find(',').unwrap();
    let newer = format!("{}999{}", &text[..version], &text[version + digits..]);
    assert_ne!(newer, text);
    std::fs::write(&case, newer).unwrap();
    let sheet = dir.path().join("blad.docx");
    std::fs::write(&sheet, docx("")).unwrap();
    let out = read_by_the_command_line(&case, &sheet);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(!stderr.contains("iemand anders"), "{stderr}");
    assert!(stderr.contains("999"), "{stderr}");

    // A name turned around by a right-to-left override is shown with the override written
    // out, not obeyed.
    let shown = uitzicht::cli::printable("Daan\u{202E}exe.txt");
    assert!(
        !shown.contains('\u{202E}') && shown.contains("202e"),
        "{shown}"
    );

    // A width the PNG cannot have is said, not changed silently.
    let png = dir.path().join("bord.png");
    let out = common::uitzicht_in_dutch([
        "export".as_ref(),
        common::example().as_os_str(),
        "--png".as_ref(),
        png.as_os_str(),
        "--width".as_ref(),
        "10".as_ref(),
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("200 pixels"));
}

fn long_sheet(rows: usize) -> Vec<u8> {
    common::word::long_child_sheet(&common::example_case(), rows)
}

#[test]
fn a_long_sheet_is_read_beside_the_window_with_its_progress_and_can_be_stopped() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let sheet = dir.path().join("lang.docx");
    std::fs::write(&sheet, long_sheet(200_000)).unwrap();
    let mut harness = common::open_app(
        Some(&common::example()),
        uitzicht::i18n::Lang::Nl,
        (1366.0, 768.0),
    );
    let before = harness.state().doc.case.clone();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, uitzicht::ui::Action::ReadPreparation(sheet));
    harness.run_steps(2);
    // The window goes on drawing, and says what it reads and how far it is.
    assert!(harness.state().is_reading_sheet());
    assert!(
        harness
            .query_by_label_contains("lang.docx wordt ingelezen")
            .is_some()
    );
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Stoppen")
        .click();
    common::wait_for_sheet(&mut harness);
    assert_eq!(harness.state().doc.case, before);
    let said = harness.state().status.error.clone().unwrap_or_default();
    assert!(said.contains("gestopt"), "{said}");
}

#[test]
fn a_long_sheet_read_to_its_end_fills_its_circle_to_the_limit() {
    let case = common::example_case();
    let (index, preparation) = read_preparation(&case, &long_sheet(20_000)).unwrap();
    let mut taken_into = case.clone();
    let taken = taken_into.meetings[index].take_in(&preparation);
    assert_eq!(taken.items + taken.left_out, 20_000);
    assert_eq!(taken_into.over_limit(), None);
}

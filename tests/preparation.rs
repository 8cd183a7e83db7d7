#![allow(clippy::unwrap_used, clippy::disallowed_methods)] // A test: a panic is a failed test.

//! Preparation sheets filled in by independent writers and read back: python-docx types into
//! the sheet as a person would (runs split, a bulleted list, an answer over two paragraphs,
//! a row added), and LibreOffice re-saves it; every answer comes back in its place, named.
//!
//! Needs `python3` with `python-docx` and LibreOffice's `soffice` (`.ci/run` installs them).

mod common;

use std::process::Command;

use uitzicht::export::preparation::{SheetFor, preparation_docx, read_preparation};
use uitzicht::i18n::Lang;
use uitzicht::model::{CircleKind, ItemKind, Said};

fn example() -> uitzicht::model::Case {
    uitzicht::storage::load(&common::example()).unwrap().case
}

/// Fills `sheet` with python-docx; the filled sheet and what was typed, as (question, answer).
fn filled_by_python(sheet: &[u8], dir: &std::path::Path) -> (Vec<u8>, Vec<(String, String)>) {
    let blank = dir.join("blank.docx");
    let filled = dir.join("ingevuld.docx");
    std::fs::write(&blank, sheet).unwrap();
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fill_sheet.py");
    let out = Command::new("python3")
        .arg(script)
        .args([&blank, &filled])
        .output()
        .expect("python3 must be installed (see .ci/run)");
    assert!(
        out.status.success(),
        "python-docx must be installed (pip install python-docx; see .ci/run): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let typed = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(q, a)| (q.to_owned(), a.to_owned()))
        .collect();
    (std::fs::read(filled).unwrap(), typed)
}

/// `docx` opened and saved again as .docx by LibreOffice.
fn resaved_by_libreoffice(docx: &[u8], dir: &std::path::Path) -> Vec<u8> {
    let source = dir.join("door-libreoffice.docx");
    let out_dir = dir.join("opnieuw");
    std::fs::write(&source, docx).unwrap();
    let profile = format!("-env:UserInstallation=file://{}", dir.join("lo").display());
    let out = Command::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
        ])
        .arg(&out_dir)
        .arg(&source)
        .output()
        .expect("LibreOffice (soffice) must be installed (see .ci/run)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(out_dir.join("door-libreoffice.docx")).unwrap()
}

fn answer_texts(answers: &[Said]) -> Vec<String> {
    answers
        .iter()
        .map(|a| match a {
            Said::Item { text, .. } | Said::Question(text) => text.clone(),
        })
        .collect()
}

#[test]
fn a_parents_sheet_filled_by_python_docx_and_resaved_by_libreoffice_reads_back_whole() {
    let case = example();
    let last = case.meetings.len() - 1;
    let mother = case.meetings[last]
        .participants
        .iter()
        .position(|p| p.role == "moeder")
        .unwrap();
    let t = Lang::Nl.texts();
    let sheet = preparation_docx(&case, last, SheetFor::Participant(mother), t).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (filled, typed) = filled_by_python(&sheet, dir.path());
    // Three circles of two to six questions each, and the hope.
    assert!(typed.len() > 15, "{typed:?}");
    let resaved = resaved_by_libreoffice(&filled, dir.path());
    // LibreOffice wrote its own document, not ours back.
    assert_ne!(resaved, filled);
    let xml = |bytes: &[u8]| {
        use std::io::Read as _;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut text = String::new();
        let mut part = zip.by_name("word/document.xml").unwrap();
        part.read_to_string(&mut text).unwrap();
        text
    };
    assert_ne!(xml(&resaved), xml(&filled));
    for (editor, bytes) in [("python-docx", &filled), ("LibreOffice", &resaved)] {
        let (index, preparation) = read_preparation(&case, bytes).unwrap();
        assert_eq!(index, last, "{editor}");
        assert_eq!(preparation.by, "Fatima El Amrani", "{editor}");
        let read = answer_texts(&preparation.answers);
        let wanted: Vec<String> = typed.iter().map(|(_, a)| a.clone()).collect();
        assert_eq!(read, wanted, "{editor}: every answer, once, in order");
        // The four sides of learning at home are the home circle's, going well.
        let (_, involvement) = typed
            .iter()
            .find(|(q, _)| q.starts_with("+ Betrokkenheid"))
            .unwrap();
        assert!(
            preparation.answers.contains(&Said::Item {
                circle: CircleKind::Home,
                kind: ItemKind::GoingWell,
                text: involvement.clone(),
            }),
            "{editor}: {:?}",
            preparation.answers
        );
        let (_, hope) = typed
            .iter()
            .find(|(q, _)| q.starts_with("Wat hoopt"))
            .unwrap();
        assert!(
            preparation.answers.contains(&Said::Question(hope.clone())),
            "{editor}"
        );
    }

    // Into the meeting: named and prepared; read again, nothing is added twice.
    let mut meeting = case.meetings[last].clone();
    let (_, preparation) = read_preparation(&case, &resaved).unwrap();
    let taken = meeting.take_in(&preparation);
    assert_eq!(taken.items + taken.questions, typed.len());
    let again = meeting.take_in(&read_preparation(&case, &filled).unwrap().1);
    assert_eq!((again.items, again.questions), (0, 0));
    let from_her: Vec<_> = meeting
        .board
        .items()
        .filter(|i| i.said_by.as_deref() == Some("Fatima El Amrani"))
        .collect();
    assert!(from_her.iter().all(|i| i.prepared));
    assert_eq!(from_her.len(), taken.items);
}

#[test]
fn the_childs_own_sheet_reads_back_into_the_childs_circle_and_its_own_goal() {
    let case = example();
    let last = case.meetings.len() - 1;
    let t = Lang::Nl.texts();
    let sheet = preparation_docx(&case, last, SheetFor::Child, t).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (filled, typed) = filled_by_python(&sheet, dir.path());
    let (_, preparation) = read_preparation(&case, &filled).unwrap();
    assert_eq!(preparation.by, case.child);
    assert_eq!(
        answer_texts(&preparation.answers),
        typed.iter().map(|(_, a)| a.clone()).collect::<Vec<_>>()
    );
    let (_, wants) = typed
        .iter()
        .find(|(q, _)| q.starts_with("Wat wil jij"))
        .unwrap();
    assert!(preparation.answers.iter().any(|a| matches!(
        a,
        Said::Item { circle: CircleKind::Child, kind: ItemKind::Goal, text } if text == wants
    )));
}

#[test]
fn a_sheet_of_another_case_or_meeting_or_no_sheet_at_all_is_refused_with_a_reason() {
    let case = example();
    let last = case.meetings.len() - 1;
    let t = Lang::Nl.texts();
    let sheet = preparation_docx(&case, last, SheetFor::Child, t).unwrap();
    let mut other = case.clone();
    other.child = "Mila".to_owned();
    let refused = read_preparation(&other, &sheet).unwrap_err();
    assert!(
        refused.message(t).contains("ander kind"),
        "{}",
        refused.message(t)
    );
    let mut moved = case.clone();
    moved.meetings[last].date = "2027-01-01".parse().unwrap();
    let refused = read_preparation(&moved, &sheet).unwrap_err();
    assert!(
        refused.message(t).contains("2026-11-10"),
        "{}",
        refused.message(t)
    );
    let report = uitzicht::export::report_docx(&case, last, t).unwrap();
    let refused = read_preparation(&case, &report).unwrap_err();
    assert!(refused.message(t).contains("geen voorbereidingsblad"));
    let refused = read_preparation(&case, b"geen zip").unwrap_err();
    assert!(refused.message(t).contains("niet te lezen"));
}

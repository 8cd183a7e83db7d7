#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.
//! Case files on disk: every fixture and the example load, save and load equal; arbitrary
//! texts survive the trip; broken files give an error, never a panic.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use uitzicht::model::{Agreement, AgreementId, Case, CircleId, ItemKind, Participant, Spiral};
use uitzicht::storage::{self, CURRENT_FORMAT_VERSION, StorageError};

fn project_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Every fixture under `tests/fixtures/`, one per format version, never edited.
fn fixtures() -> Vec<PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(project_file("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".mdo.ron"))
        .collect();
    files.sort();
    files
}

#[test]
fn there_is_a_fixture_for_every_format_version() {
    for version in 1..=CURRENT_FORMAT_VERSION {
        let name = format!("v{version}.mdo.ron");
        assert!(
            fixtures().iter().any(|p| p.ends_with(&name)),
            "missing tests/fixtures/{name}"
        );
    }
}

#[test]
fn every_fixture_and_the_example_load_save_and_load_equal() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = fixtures();
    files.push(project_file("examples/voorbeeld.uitzicht"));
    for file in files {
        let before = std::fs::read(&file).unwrap();
        let loaded = storage::load(&file).unwrap_or_else(|e| panic!("{e}"));
        assert!(!loaded.case.meetings.is_empty(), "{}", file.display());
        let copy = dir.path().join("copy.mdo.ron");
        storage::save(&copy, &loaded.case, loaded.format_version).unwrap();
        let reloaded = storage::load(&copy).unwrap();
        assert_eq!(reloaded.case, loaded.case, "{}", file.display());
        assert_eq!(reloaded.format_version, CURRENT_FORMAT_VERSION);
        assert_eq!(
            std::fs::read(&file).unwrap(),
            before,
            "loading changed the file"
        );
    }
}

#[test]
fn the_example_has_what_a_newcomer_should_see() {
    let case = storage::load(&project_file("examples/voorbeeld.uitzicht"))
        .unwrap()
        .case;
    assert_eq!(case.group, "groep 6");
    assert_eq!(case.meetings.len(), 2);
    for meeting in &case.meetings {
        for circle in meeting.board.circles.iter().take(3) {
            for kind in ItemKind::ALL {
                assert!(
                    circle.count_of(kind) > 0,
                    "{:?} lacks {kind:?}",
                    circle.kind
                );
            }
        }
        assert!(meeting.board.circles.len() >= 4, "an extra circle");
        assert!(meeting.board.arrows.len() >= 2);
        assert!(!meeting.participants.is_empty());
        assert!(!meeting.questions.is_empty());
        assert!(!meeting.needs.is_empty());
        assert!(!meeting.support_needs.is_empty());
        assert!(!meeting.agreements.is_empty());
    }
    assert!(!case.meetings[0].evaluation.feedback.is_empty());
}

#[test]
fn every_truncated_prefix_of_the_example_is_an_error_not_a_panic() {
    let text = std::fs::read_to_string(project_file("examples/voorbeeld.uitzicht")).unwrap();
    let path = Path::new("voorbeeld.uitzicht");
    let mut cut = text.len() - 2;
    while cut > 0 {
        if text.is_char_boundary(cut) {
            let result = storage::parse(&text[..cut], path);
            if let Err(error) = result {
                let message = error.message(uitzicht::i18n::Lang::Nl.texts());
                assert!(message.starts_with("voorbeeld.uitzicht"), "{message}");
            }
        }
        cut = cut.saturating_sub(97);
    }
}

#[test]
fn a_syntax_error_names_the_line_and_column() {
    let text = std::fs::read_to_string(project_file("examples/voorbeeld.uitzicht")).unwrap();
    let broken = text.replacen("kind: School,", "kind: School,,", 1);
    let error = storage::parse(&broken, Path::new("x.mdo.ron")).unwrap_err();
    let line = broken
        .lines()
        .position(|l| l.contains("kind: School,,"))
        .unwrap()
        + 1;
    assert!(matches!(error, StorageError::Syntax { .. }), "{error:?}");
    assert_eq!(error.position().map(|(l, _)| l), Some(line));
    let message = error.message(uitzicht::i18n::Lang::En.texts());
    assert!(
        message.starts_with(&format!("x.mdo.ron:{line}:")),
        "{message}"
    );
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        Just("\"#".to_owned()),
        Just("r#\"quoted\"#\n\ttab \\ backslash".to_owned()),
        Just("ĳ ë ☺ ↑ ✓ 👩‍👧 😀".to_owned()),
        "[a-zA-Z ,.\"#\\n\\\\ëĳ☺↑]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_texts_round_trip(
        child in text(),
        item in text(),
        note in text(),
        who in text(),
        name in text(),
    ) {
        let mut case = Case::new(jiff::civil::date(2026, 11, 30));
        case.child = child;
        let meeting = &mut case.meetings[0];
        meeting.board.add_item(CircleId(1), ItemKind::Question, &item).unwrap();
        let extra = meeting.board.add_custom_circle(name.clone());
        meeting.board.add_arrow(CircleId(2), extra, Spiral::Downward, &note).unwrap();
        meeting.participants.push(Participant { name, ..Participant::default() });
        meeting.agreements.push(Agreement { id: AgreementId(1), who, ..Agreement::default() });
        // As the app holds them: typed texts are cleaned as they are edited (a pasted line
        // separator becomes a line break), and reading a file cleans them the same way.
        case.clean_texts();

        let path = Path::new("p.mdo.ron");
        let text = storage::to_ron(&case, path).unwrap();
        let loaded = storage::parse(&text, path).unwrap();
        prop_assert_eq!(&loaded.case, &case);
        prop_assert_eq!(storage::to_ron(&loaded.case, path).unwrap(), text);
    }
}

#[test]
fn a_thousand_byte_flips_give_an_error_or_a_mended_case_never_a_panic() {
    let bytes = std::fs::read(project_file("examples/voorbeeld.uitzicht")).unwrap();
    let path = Path::new("flipped.mdo.ron");
    // A fixed pseudo-random walk, so a failure can be replayed.
    let mut state: u64 = 0x5eed_cafe_f00d_d00d;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let (mut errors, mut loaded) = (0, 0);
    for _ in 0..1000 {
        let mut flipped = bytes.clone();
        for _ in 0..=(next() % 3) {
            let at = (next() % flipped.len() as u64) as usize;
            flipped[at] ^= 1 << (next() % 8);
        }
        let outcome = std::str::from_utf8(&flipped)
            .map_err(|_| ())
            .and_then(|text| storage::parse(text, path).map_err(|_| ()));
        match outcome {
            Ok(loaded_case) => {
                loaded += 1;
                // What loads must save and load again the same.
                let text = storage::to_ron(&loaded_case.case, path).unwrap();
                assert_eq!(storage::parse(&text, path).unwrap().case, loaded_case.case);
            }
            Err(()) => errors += 1,
        }
    }
    assert_eq!(errors + loaded, 1000);
    assert!(errors > 0 && loaded > 0, "{errors} errors, {loaded} loaded");
}

#[test]
fn a_file_with_an_arrow_to_a_missing_circle_loads_mended() {
    let text = std::fs::read_to_string(project_file("examples/voorbeeld.uitzicht")).unwrap();
    let broken = text.replacen("(id: 1, from: 2, to: 1,", "(id: 1, from: 2, to: 9,", 1);
    assert_ne!(broken, text);
    let loaded = storage::parse(&broken, Path::new("x.mdo.ron")).unwrap();
    assert_eq!(loaded.repairs.len(), 1);
    let meeting = &loaded.case.meetings[0];
    assert_eq!(meeting.board.arrows.len(), 1);
    assert!(
        meeting
            .insight
            .contains("Onrust op het plein neemt Daan mee de klas in")
    );
    let message = storage::repairs_message(
        Path::new("x.mdo.ron"),
        &loaded.repairs,
        uitzicht::i18n::Lang::Nl.texts(),
    );
    assert!(message.contains("overleg 1"), "{message}");
}

/// The format is a contract: each fixture, read and written again, gives exactly the text
/// kept under `tests/golden/`. A model field renamed, retyped or dropped without a
/// migration changes that text, and this test fails instead of old files silently loading
/// as empty. After a deliberate change (with its migration), `UPDATE_GOLDEN=1` writes the
/// new text, to be read in review.
#[test]
fn every_fixture_is_written_back_as_its_golden_text() {
    for path in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        let loaded = uitzicht::storage::parse(&text, &path).unwrap();
        assert!(loaded.repairs.is_empty(), "{}", path.display());
        let written = uitzicht::storage::to_ron(&loaded.case, &path).unwrap();
        let golden = project_file("tests/golden").join(path.file_name().unwrap());
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
            std::fs::File::create(&golden)
                .and_then(|mut file| std::io::Write::write_all(&mut file, written.as_bytes()))
                .unwrap();
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
            panic!("{} is missing: run with UPDATE_GOLDEN=1", golden.display())
        });
        assert!(
            written == expected,
            "{} no longer writes {}",
            path.display(),
            golden.display()
        );
    }
}

/// Version 1 files read through the migration (no decisions after a review yet), are not
/// touched by reading, and are written as the current version only when saved.
#[test]
fn a_version_1_file_reads_as_today_and_is_rewritten_only_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("oud.mdo.ron");
    std::fs::copy(project_file("tests/fixtures/v1.mdo.ron"), &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let (mut doc, _) = uitzicht::document::Document::open(&path).unwrap();
    assert_eq!(doc.format_version, 1);
    let reviews: Vec<_> = doc
        .case
        .meetings
        .iter()
        .flat_map(|m| &m.agreements)
        .filter_map(|a| a.review.as_ref())
        .collect();
    assert!(!reviews.is_empty() && reviews.iter().all(|r| r.decision.is_none()));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "reading writes nothing"
    );
    doc.save_to(&path.canonicalize().unwrap()).unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    let current = format!("format_version: {},", storage::CURRENT_FORMAT_VERSION);
    assert!(saved.contains(&current));
    assert_eq!(storage::load(&path).unwrap().case, doc.case);
}

/// Every older fixture reads through the migration with the chain of needs empty: no goal
/// made from the board, nothing built on, no need, support or agreement linked to a goal.
#[test]
fn older_fixtures_read_with_an_empty_chain() {
    for path in fixtures() {
        let loaded = storage::load(&path).unwrap();
        if loaded.format_version >= 3 {
            continue;
        }
        for meeting in &loaded.case.meetings {
            assert!(
                meeting
                    .goals
                    .iter()
                    .all(|g| g.item.is_none() && g.builds_on.is_empty() && g.changes.is_empty())
            );
            assert!(meeting.needs.iter().all(|n| n.goal.is_none()));
            assert!(meeting.support_needs.iter().all(|n| n.goal.is_none()));
            assert!(meeting.agreements.iter().all(|a| a.goal.is_none()));
            assert!(meeting.shared_interest.is_empty());
            assert_eq!(meeting.evaluation.pleasant_useful, None);
        }
    }
    // And the current example holds a chain.
    let example = storage::load(&project_file("examples/voorbeeld.uitzicht")).unwrap();
    let last = example.case.meetings.last().unwrap();
    assert!(last.chain(last.goals[0].id).unwrap().agreements.len() == 1);
}

/// Version 4 says who brought an item in before the meeting; older files read with nobody
/// named and nothing waiting for the chair.
#[test]
fn version_4_names_who_prepared_an_item_and_older_files_name_nobody() {
    for path in fixtures() {
        let loaded = storage::load(&path).unwrap();
        let prepared: Vec<_> = loaded
            .case
            .meetings
            .iter()
            .flat_map(|m| m.board.items())
            .filter(|i| i.prepared || i.said_by.is_some())
            .collect();
        if loaded.format_version < 4 {
            assert!(prepared.is_empty(), "{}", path.display());
        } else {
            assert_eq!(prepared.len(), 1, "{}", path.display());
            assert_eq!(prepared[0].said_by.as_deref(), Some("Fatima El Amrani"));
            assert!(prepared[0].prepared);
        }
    }
}

#[test]
fn a_broken_file_is_explained_in_the_users_words_not_the_readers() {
    let text = std::fs::read_to_string(project_file("examples/voorbeeld.uitzicht")).unwrap();
    let nl = uitzicht::i18n::Lang::Nl.texts();
    for (broken, expected) in [
        (text.replacen("id: 1,", "id: 99999999999999,", 1), "getal"),
        (
            text[..text.find("meetings: [").unwrap() + "meetings: [".len()].to_owned(),
            "houdt daar op",
        ),
        (
            text.replacen("kind: School,", "kind: School,,", 1),
            "niet hoort",
        ),
    ] {
        let error = storage::parse(&broken, Path::new("x.uitzicht")).unwrap_err();
        let message = error.message(nl);
        assert!(message.contains(expected), "{message}");
        for english in ["Integer", "Expected", "Unexpected", "out of bounds"] {
            assert!(!message.contains(english), "{message}");
        }
    }
}

#[test]
fn a_text_that_would_not_read_back_is_named_in_the_refusal() {
    let mut case = uitzicht::model::Case::new(jiff::civil::date(2026, 1, 2));
    case.child = "Da\u{85}an".to_owned();
    let version = uitzicht::storage::CURRENT_FORMAT_VERSION;
    let error = uitzicht::storage::encode(&case, version, None, Path::new("x")).unwrap_err();
    let message = error.message(uitzicht::i18n::Lang::Nl.texts());
    assert!(message.contains("‘Da�an’"), "{message}");
}

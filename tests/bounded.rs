#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.
#![allow(clippy::disallowed_methods)] // Tests write crafted files on purpose.

//! Crafted and odd case files: refused with a message that names the limit, quickly and
//! without filling the memory; odd but honest files read; a counter never stops a save.

mod common;

use std::io::Write as _;
use std::path::{Path, PathBuf};

use uitzicht::storage::{self, StorageError};

fn example_text() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht"),
    )
    .unwrap()
}

fn uitzicht(args: &[&str], stdin: &[u8]) -> std::process::Output {
    let mut child = common::start_in_dutch(args);
    child.stdin.take().unwrap().write_all(stdin).ok();
    child.wait_with_output().unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn a_file_of_a_million_empty_meetings_is_refused_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("(format_version: 1, case: (meetings: [");
    text.push_str(&"(),".repeat(1_000_000));
    text.push_str("]))");
    let path = write(dir.path(), "veel.mdo.ron", text.as_bytes());
    let error = storage::load(&path).unwrap_err();
    assert!(
        matches!(error, StorageError::TooMany { limit: 500, .. }),
        "{error}"
    );
    let message = error.message(uitzicht::i18n::Lang::Nl.texts());
    assert!(message.contains("500"), "{message}");

    let out = uitzicht(&["check", path.to_str().unwrap()], b"");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("meer dan 500"), "{stderr}");
}

#[test]
fn every_list_of_a_case_is_bounded() {
    let example = example_text();
    let item = "(id: 99, kind: GoingWell, text: \"x\", top_three: false, carried: false),";
    for (list, entry, limit) in [
        ("items: [", item, uitzicht::model::limits::MAX_ITEMS),
        ("agreements: [", "(),", uitzicht::model::limits::MAX_ROWS),
        ("participants: [", "(),", uitzicht::model::limits::MAX_ROWS),
    ] {
        let crowded = example.replacen(list, &format!("{list}{}", entry.repeat(limit + 1)), 1);
        let error = storage::load_bytes(crowded.as_bytes(), Path::new("x.mdo.ron")).unwrap_err();
        assert!(
            matches!(error, StorageError::TooMany { limit: l, .. } if l == limit),
            "{list}: {error}"
        );
    }
}

#[test]
fn deep_nesting_is_refused_in_our_own_words() {
    let text = format!("(format_version: 1, case: {}", "[".repeat(10_000));
    let error = storage::load_bytes(text.as_bytes(), Path::new("x.mdo.ron")).unwrap_err();
    let message = error.message(uitzicht::i18n::Lang::Nl.texts());
    assert!(
        !message.contains("recursion_limit") && !message.contains("serde_stacker"),
        "{message}"
    );
}

#[test]
fn old_mac_line_endings_read() {
    let text = example_text().replace("\r\n", "\n").replace('\n', "\r");
    let loaded = storage::load_bytes(text.as_bytes(), Path::new("x.mdo.ron")).unwrap();
    assert_eq!(loaded.case.child, "Daan (pseudoniem)");
}

#[test]
fn the_highest_id_does_not_stop_adding_or_saving() {
    use uitzicht::model::{BoardEdit, CircleId, ItemKind};
    let dir = tempfile::tempdir().unwrap();
    let text = example_text().replacen(
        "(id: 1, kind: GoingWell",
        "(id: 4294967295, kind: GoingWell",
        1,
    );
    let path = write(dir.path(), "hoog.mdo.ron", text.as_bytes());
    let mut case = storage::load(&path).unwrap().case;
    let board = &mut case.meetings.last_mut().unwrap().board;
    for n in 0..3 {
        board.apply(BoardEdit::AddItem {
            circle: CircleId(1),
            kind: ItemKind::Question,
            text: format!("Nieuw {n}"),
        });
    }
    storage::save(&path, &case, storage::CURRENT_FORMAT_VERSION).unwrap();
    assert_eq!(storage::load(&path).unwrap().case, case);
}

#[test]
fn an_empty_passphrase_is_not_called_wrong_and_stdin_is_read_only_a_little() {
    let dir = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    let case = storage::load(&source).unwrap().case;
    let path = dir.path().join("beveiligd.mdo.ron");
    let passphrase = storage::SecretString::from("een lange wachtzin".to_owned());
    let mut doc = uitzicht::document::Document::new_case(jiff::civil::date(2026, 11, 30));
    doc.case = case;
    doc.passphrase = Some(passphrase);
    doc.save_to(&path).unwrap();
    drop(doc);

    let out = uitzicht(&["check", path.to_str().unwrap()], b"\n");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("opent dit bestand niet"), "{stderr}");
    assert!(stderr.contains("wachtwoordzin"), "{stderr}");

    // A megabyte without a line end is not taken for a passphrase.
    let out = uitzicht(&["check", path.to_str().unwrap()], &vec![b'x'; 1 << 20]);
    assert!(!out.status.success());

    // Cut inside a character: said in words, not as a stream.
    let mut cut = vec![b'x'; 4095];
    cut.extend("é\n".as_bytes());
    let out = uitzicht(&["check", path.to_str().unwrap()], &cut);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        !stderr.contains("stream") && stderr.contains("leesbare tekst"),
        "{stderr}"
    );
}

#[test]
fn a_file_that_is_no_case_or_is_encrypted_twice_is_said_so() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("lijst.mdo.ron", "[1, 2, 3]"),
        ("instellingen.ron", "Config(theme: Dark)"),
    ] {
        let path = write(dir.path(), name, text.as_bytes());
        let out = uitzicht(&["check", path.to_str().unwrap()], b"");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success());
        assert!(
            !stderr.contains("VersionProbe") && !stderr.contains("Expected"),
            "{stderr}"
        );
        assert!(stderr.contains("casusbestand"), "{stderr}");
    }
    let passphrase = storage::SecretString::from("een lange wachtzin".to_owned());
    let twice = storage::encrypt(
        &storage::encrypt(example_text().as_bytes(), &passphrase, Path::new("x")).unwrap(),
        &passphrase,
        Path::new("x"),
    )
    .unwrap();
    let path = write(dir.path(), "dubbel.mdo.ron", &twice);
    let error = storage::load_with(&path, Some(&passphrase)).unwrap_err();
    assert!(
        matches!(error, StorageError::ProtectedTwice { .. }),
        "{error}"
    );
    assert!(
        error
            .message(uitzicht::i18n::Lang::Nl.texts())
            .contains("twee keer")
    );
}

#[test]
fn what_a_save_writes_at_the_documented_limits_reads_back_and_so_does_its_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("groot.mdo.ron");
    let mut case = common::limits::limits_case();
    storage::save(&path, &case, storage::CURRENT_FORMAT_VERSION).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() <= storage::MAX_FILE_BYTES);
    assert_eq!(storage::load(&path).unwrap().case, case);
    case.child = "na de tweede keer opslaan".to_owned();
    storage::save(&path, &case, storage::CURRENT_FORMAT_VERSION).unwrap();
    assert_eq!(storage::load(&path).unwrap().case, case);
    let backup = storage::backup_path(&path);
    assert!(storage::load(&backup).is_ok(), "the backup reads back too");
}

#[test]
fn a_case_too_large_to_read_back_is_not_written_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("te-groot.mdo.ron");
    let mut case = uitzicht::model::Case::new(jiff::civil::date(2026, 12, 2));
    storage::save(&path, &case, storage::CURRENT_FORMAT_VERSION).unwrap();
    let before = std::fs::read(&path).unwrap();
    case.child = "x".repeat(storage::MAX_FILE_BYTES as usize);
    let error = storage::save(&path, &case, storage::CURRENT_FORMAT_VERSION).unwrap_err();
    assert!(
        matches!(error, StorageError::TooLargeToSave { .. }),
        "{error}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing overwritten");
    let said = error.message(uitzicht::i18n::Lang::Nl.texts());
    assert!(
        said.contains("te groot") && said.contains("niets overschreven"),
        "{said}"
    );
}

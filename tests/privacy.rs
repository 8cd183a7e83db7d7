#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.
#![allow(clippy::disallowed_methods)] // Tests damage files on purpose.

//! Protected case files (age, passphrase) and the pseudonymised prints.

mod common;

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use lopdf::{Document, Object};
use uitzicht::document::Document as CaseDocument;
use uitzicht::export::{self, ExportOptions};
use uitzicht::i18n::Lang;
use uitzicht::model::Case;
use uitzicht::storage::{self, SecretString, StorageError, backup_path, is_protected};

const PASSPHRASE: &str = "groene kikker op de dijk";

fn secret(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

fn example_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht")
}

fn example() -> Case {
    storage::load(&example_path()).unwrap().case
}

/// The example saved protected in a folder of its own, after a plain save before it.
fn protected_example(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("beveiligd.mdo.ron");
    std::fs::copy(example_path(), &path).unwrap();
    let (mut doc, _) = CaseDocument::open(&path).unwrap();
    doc.passphrase = Some(secret(PASSPHRASE));
    doc.save_to(&path).unwrap();
    path
}

#[test]
fn a_protected_case_opens_equal_with_its_passphrase_and_its_backup_is_protected_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = protected_example(dir.path());
    let bytes = std::fs::read(&path).unwrap();
    assert!(is_protected(&bytes));
    assert!(!String::from_utf8_lossy(&bytes).contains("Daan"));
    // The plain version that was there before became the backup, encrypted.
    let backup = std::fs::read(backup_path(&path)).unwrap();
    assert!(is_protected(&backup));

    assert!(matches!(
        storage::load(&path),
        Err(StorageError::NeedsPassphrase { .. })
    ));
    let loaded = storage::load_with(&path, Some(&secret(PASSPHRASE))).unwrap();
    assert_eq!(loaded.case, example());
    let from_backup = storage::load_with(&backup_path(&path), Some(&secret(PASSPHRASE))).unwrap();
    assert_eq!(from_backup.case, example());

    // Opened again, the document keeps the protection when it saves.
    let (mut doc, _) = CaseDocument::open_with(&path, Some(secret(PASSPHRASE))).unwrap();
    doc.case.child = "D.".to_owned();
    doc.save_to(&path).unwrap();
    assert!(is_protected(&std::fs::read(&path).unwrap()));
    let again = storage::load_with(&path, Some(&secret(PASSPHRASE))).unwrap();
    assert_eq!(again.case.child, "D.");
}

#[test]
fn a_wrong_passphrase_a_cut_file_and_a_changed_byte_are_errors_not_a_partial_case() {
    let dir = tempfile::tempdir().unwrap();
    let path = protected_example(dir.path());
    let bytes = std::fs::read(&path).unwrap();
    let right = secret(PASSPHRASE);
    let name = Path::new("x.mdo.ron");

    let wrong = storage::load_with(&path, Some(&secret("groene kikker op de dijk!")));
    let message = wrong.unwrap_err().message(Lang::Nl.texts());
    assert!(
        message.contains("wachtwoordzin opent dit bestand niet"),
        "{message}"
    );

    // Cut in the header, at the start of the payload, and just before the end.
    for cut in [30, 120, bytes.len() / 2, bytes.len() - 1] {
        let result = storage::load_bytes_with(&bytes[..cut], name, Some(&right));
        assert!(result.is_err(), "cut at {cut} of {}", bytes.len());
    }
    // A byte changed in the header's MAC region, in the payload, and in the last chunk.
    for at in [60, 200, bytes.len() / 2, bytes.len() - 5] {
        let mut changed = bytes.clone();
        changed[at] ^= 0x20;
        let result = storage::load_bytes_with(&changed, name, Some(&right));
        assert!(result.is_err(), "byte {at} changed");
    }
}

#[test]
fn a_protected_file_opens_with_the_standard_age_format() {
    // The age format's own decryptor (the library `age`/`rage` are built on) reads it with
    // nothing from Uitzicht: a header of scrypt stanzas, then the payload.
    let dir = tempfile::tempdir().unwrap();
    let path = protected_example(dir.path());
    let bytes = std::fs::read(&path).unwrap();
    let header = String::from_utf8_lossy(&bytes[..bytes.len().min(200)]);
    assert!(
        header.starts_with("age-encryption.org/v1\n-> scrypt "),
        "{header}"
    );
    let work = format!(" {}\n", storage::WORK_FACTOR);
    assert!(header.contains(&work), "work factor: {header}");
    let plain = storage::decrypt(&bytes, &secret(PASSPHRASE), &path).unwrap();
    assert_eq!(storage::load_bytes(&plain, &path).unwrap().case, example());
}

#[test]
fn the_command_line_asks_for_the_passphrase_on_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let path = protected_example(dir.path());
    let run = |passphrase: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_uitzicht"))
            .arg("check")
            .arg(&path)
            .env("LANG", "nl_NL.UTF-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        writeln!(child.stdin.take().unwrap(), "{passphrase}").unwrap();
        child.wait_with_output().unwrap()
    };
    let right = run(PASSPHRASE);
    assert!(
        right.status.success(),
        "{}",
        String::from_utf8_lossy(&right.stderr)
    );
    assert!(String::from_utf8_lossy(&right.stdout).starts_with("Daan (pseudoniem): 2 overleggen"));
    let wrong = run("niet deze");
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("opent dit bestand niet"));
}

/// Every name in the example: the child's, and the participants' full names and parts.
fn names() -> Vec<String> {
    let case = example();
    let mut names = vec!["Daan".to_owned(), "Wilgenhoek".to_owned()];
    for meeting in &case.meetings {
        for p in &meeting.participants {
            names.push(p.name.clone());
            names.extend(
                p.name
                    .split_whitespace()
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .filter(|w| !["El", "De", "Van"].contains(w))
                    .map(str::to_owned),
            );
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The PDF's text, its Info dictionary and any XMP metadata, as one string.
fn everything_readable(pdf: &[u8]) -> String {
    let doc = Document::load_mem(pdf).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    // A name broken across lines is still a name.
    let mut all = common::unbroken(&doc.extract_text(&pages).unwrap());
    let info = doc.trailer.get(b"Info").and_then(|o| doc.dereference(o));
    if let Ok(dict) = info.and_then(|(_, object)| object.as_dict()) {
        for (_, value) in dict.iter() {
            if let Ok(text) = value.as_str() {
                all.push_str(&String::from_utf8_lossy(text));
                all.push('\n');
            }
        }
    }
    for object in doc.objects.values() {
        if let Object::Stream(stream) = object
            && stream.dict.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"Metadata")
        {
            all.push_str(&String::from_utf8_lossy(&stream.content));
        }
    }
    all
}

#[test]
fn a_pseudonymised_print_names_roles_not_people() {
    let case = example();
    let t = Lang::Nl.texts();
    let private = export::pseudonymise(&case, t);
    let options = ExportOptions {
        created: "2026-11-30T12:00:00Z".parse().unwrap(),
    };
    // The check below can see names: the ordinary print has them, in the text and title.
    let plain = everything_readable(&export::report_pdf(&case, 1, t, options).unwrap());
    assert!(plain.contains("Sanne Mulder") && plain.matches("Daan").count() > 1);
    let names = names();
    assert!(names.contains(&"Sanne Mulder".to_owned()) && names.contains(&"Mulder".to_owned()));
    for index in 0..case.meetings.len() {
        for pdf in [
            export::sheet_pdf(&private, index, t, options).unwrap(),
            export::report_pdf(&private, index, t, options).unwrap(),
        ] {
            let readable = everything_readable(&pdf);
            let squeezed: String = readable.split_whitespace().collect::<Vec<_>>().join(" ");
            for name in &names {
                assert!(
                    !squeezed.contains(name.as_str()),
                    "{name} is still in meeting {}",
                    index + 1
                );
            }
        }
    }
    let report = export::report_pdf(&private, 1, t, options).unwrap();
    let text: String = everything_readable(&report).split_whitespace().collect();
    for role in [
        "leerkrachtgroep6",
        "moeder",
        "internbegeleider",
        "jeugdconsulent",
        "gepseudonimiseerd",
    ] {
        assert!(text.contains(role), "{role} is missing");
    }
    // The content about the child stays: this is pseudonymised, not anonymous.
    assert!(text.contains("D.leestmetplezier"), "{text}");
    assert!(text.contains("Ditkindheeftnodig:tekstendievoorafsamenzijndoorgelezen"));
}

#[test]
fn pseudonymising_finds_names_in_any_case_form_and_script() {
    use uitzicht::model::{BoardEdit, CircleId, ItemKind, Participant};
    let t = Lang::Nl.texts();
    let options = ExportOptions {
        created: "2026-11-30T12:00:00Z".parse().unwrap(),
    };
    let nfd_zoe = "Zoe\u{308} Jansen"; // "Zoë" typed with a combining diaeresis
    let mut case = example();
    case.child = "daan de vries".to_owned();
    let meeting = case.meetings.last_mut().unwrap();
    meeting.participants = vec![
        Participant {
            name: "karim benali".to_owned(),
            ..Default::default()
        },
        Participant {
            name: "محمد العلي".to_owned(),
            role: String::new(),
            ..Default::default()
        },
        Participant {
            name: "王小明".to_owned(),
            ..Default::default()
        },
        Participant {
            name: nfd_zoe.to_owned(),
            role: "leerkracht".to_owned(),
            ..Default::default()
        },
    ];
    for text in [
        "DAAN DE VRIES leest graag",
        "daan vraagt karim om hulp",
        "محمد العلي komt elke week",
        "王小明说很好",
        "Zoë belt Vries",
    ] {
        meeting.board.apply(BoardEdit::AddItem {
            circle: CircleId(1),
            kind: ItemKind::GoingWell,
            text: text.to_owned(),
        });
    }
    let last = case.meetings.len() - 1;
    let private = export::pseudonymise(&case, t);
    for pdf in [
        export::sheet_pdf(&private, last, t, options).unwrap(),
        export::report_pdf(&private, last, t, options).unwrap(),
    ] {
        let readable = everything_readable(&pdf).to_lowercase();
        assert!(!readable.contains("王小明"), "王小明 is still in the print");
        let words: Vec<&str> = readable.split(|c: char| !c.is_alphanumeric()).collect();
        for name in [
            "daan",
            "vries",
            "karim",
            "benali",
            "محمد",
            "العلي",
            "zoë",
            "zoe",
            "jansen",
        ] {
            assert!(!words.contains(&name), "{name} is still in the print");
        }
    }
    let texts: Vec<String> = private.meetings[last]
        .board
        .items()
        .map(|i| i.text.clone())
        .collect();
    assert!(texts.contains(&"D.V. leest graag".to_owned()), "{texts:?}");
    assert!(
        texts.contains(&"D.V. vraagt K.B. om hulp".to_owned()),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"leerkracht belt D.V.".to_owned()),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.starts_with("deelnemer ")),
        "{texts:?}"
    );
}

mod ui {
    use super::*;
    use egui::accesskit::Role;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;
    use uitzicht::app::UitzichtApp;

    fn app_on(path: &Path) -> Harness<'static, UitzichtApp> {
        let path = path.to_owned();
        common::open_app(Some(&path), Lang::Nl, (1600.0, 1000.0))
    }

    fn type_password(harness: &mut Harness<'_, UitzichtApp>, label: &str, text: &str) {
        super::common::type_into_role(harness, Role::PasswordInput, label, text);
    }

    fn click(harness: &mut Harness<'_, UitzichtApp>, label: &str) {
        harness.get_by_label(label).click();
        settle(harness);
    }

    /// Runs frames until a protected file opened or saved beside the UI is done (the
    /// window keeps repainting meanwhile, with a spinner).
    fn settle(harness: &mut Harness<'_, UitzichtApp>) {
        harness.step();
        for _ in 0..200 {
            if !harness.state().is_saving() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
            harness.step();
        }
        harness.run();
    }

    #[test]
    fn the_chair_protects_a_case_and_opens_it_again_with_the_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("casus.mdo.ron");
        std::fs::copy(example_path(), &path).unwrap();
        let mut harness = app_on(&path);

        click(&mut harness, "Bestand");
        click(&mut harness, "Beveiligen met wachtwoordzin…");
        harness.get_by_label_contains("Wachtwoordzin kwijt is bestand kwijt");
        type_password(&mut harness, "Wachtwoordzin", "kort");
        type_password(&mut harness, "Wachtwoordzin nog een keer", "kort");
        click(&mut harness, "Beveiligen");
        harness.get_by_label_contains("minstens 10 tekens");
        assert!(!is_protected(&std::fs::read(&path).unwrap()));

        type_password(&mut harness, "Wachtwoordzin", PASSPHRASE);
        type_password(&mut harness, "Wachtwoordzin nog een keer", PASSPHRASE);
        click(&mut harness, "Beveiligen");
        assert!(harness.state().dialogs.passphrase.is_none());
        // The key derivation ran beside the UI (settled in `click`).
        assert!(
            is_protected(&std::fs::read(&path).unwrap()),
            "saved protected at once"
        );
        assert!(!harness.state().doc.dirty);
        harness.get_by_label("Beveiligd met wachtwoordzin");
        drop(harness);

        // Next meeting: the file asks for its passphrase; a wrong one says so and stays.
        let mut harness = app_on(&path);
        harness.get_by_label("Beveiligd bestand");
        type_password(&mut harness, "Wachtwoordzin", "iets anders dan dat");
        click(&mut harness, "Openen");
        harness.get_by_label_contains("opent dit bestand niet");
        assert_eq!(harness.state().doc.case.child, "", "nothing opened");
        type_password(&mut harness, "Wachtwoordzin", PASSPHRASE);
        click(&mut harness, "Openen");
        assert!(harness.state().dialogs.passphrase.is_none());
        assert_eq!(harness.state().doc.case, example());

        // Removing the protection is a choice of its own, and writes plain text again.
        click(&mut harness, "Bestand");
        click(&mut harness, "Beveiliging verwijderen…");
        harness.get_by_label_contains("iedereen die het in handen krijgt");
        harness
            .get_all_by_label("Beveiliging verwijderen")
            .last()
            .unwrap()
            .click();
        harness.run();
        assert!(!is_protected(&std::fs::read(&path).unwrap()));
        assert_eq!(storage::load(&path).unwrap().case, example());
    }

    #[test]
    fn a_case_untouched_for_a_year_reminds_the_chair_to_move_it_to_the_dossier() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("oud.mdo.ron");
        let mut case = example();
        for (meeting, date) in case.meetings.iter_mut().zip([(2024, 9, 10), (2024, 11, 5)]) {
            meeting.date = jiff::civil::date(date.0, date.1, date.2);
        }
        storage::save(&path, &case, storage::CURRENT_FORMAT_VERSION).unwrap();
        let a_while_ago =
            std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_733_000_000); // 2024-11-30
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(a_while_ago)
            .unwrap();

        let mut harness = app_on(&path);
        harness.get_by_label_contains("niet meer gebruikt");
        harness.get_by_label_contains("sinds 30 nov. 2024");
        harness.get_by_label("Laatst gebruikt: 30 nov. 2024");
        click(&mut harness, "Later");
        assert!(
            harness
                .query_by_label_contains("niet meer gebruikt")
                .is_none()
        );

        // Switched off in the settings, it does not come back.
        let ctx = harness.ctx.clone();
        harness
            .state_mut()
            .apply(&ctx, uitzicht::ui::Action::SetRetention(0));
        harness.run();
        assert!(
            harness
                .query_by_label_contains("niet meer gebruikt")
                .is_none()
        );
        assert_eq!(harness.state().retention.months, 0);
    }
}

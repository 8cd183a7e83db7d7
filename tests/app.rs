#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.
//! The app through its accessibility tree, as a screen reader (or a chair) finds it.

use std::path::Path;

mod common;

use common::example;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use uitzicht::app::UitzichtApp;
use uitzicht::i18n::Lang;
use uitzicht::ui::{Action, Command, NoDialogs};

fn harness(path: Option<&Path>, lang: Lang) -> Harness<'static, UitzichtApp> {
    let path = path.map(Path::to_owned);
    Harness::builder()
        .with_size(egui::vec2(1600.0, 900.0))
        .build_eframe(move |cc| {
            UitzichtApp::with_dialogs(&cc.egui_ctx, path.as_deref(), lang, Box::new(NoDialogs))
        })
}

#[test]
fn the_example_board_shows_its_circles_and_items() {
    let mut harness = harness(Some(&example()), Lang::Nl);
    harness.run();
    assert_eq!(harness.state().doc.case.child, "Daan (pseudoniem)");
    assert_eq!(harness.state().meeting, 1, "the last meeting opens");

    for title in [
        "2. Kind/jongere",
        "3. School/onderwijs",
        "4. Thuis/opvoeding",
        "Vrije tijd",
    ] {
        harness.get_by_role_and_label(Role::List, title);
    }
    harness.get_by_role_and_label(Role::Group, "1. Vragen");
    harness.get_by_role_and_label(Role::Group, "5. Afspraken");
    harness.get_by_label("gaat goed: Leest graag met zijn maatje Mila");
    harness.get_by_label("moet beter: In drukke weken schiet het lezen erbij in");
    harness.get_by_label_contains("Pijl van 3. School/onderwijs naar 4. Thuis/opvoeding");
}

#[test]
fn a_screen_reader_finds_the_landmarks_and_each_circles_items_in_its_list() {
    let mut harness = harness(Some(&example()), Lang::Nl);
    harness.run();
    harness.get_by_role_and_label(Role::Navigation, "Menubalk");
    harness.get_by_role_and_label(Role::Navigation, "Leidraad");
    harness.get_by_role_and_label(Role::Main, "Het bord");
    harness.get_by_role_and_label(Role::Complementary, "Formulieren");
    // Each item is read as an item of its circle's list, not of the board at large.
    let child = harness.get_by_role_and_label(Role::List, "2. Kind/jongere");
    child.get_by_label("gaat goed: Leest graag met zijn maatje Mila");
    assert!(
        child
            .query_by_label("moet beter: In drukke weken schiet het lezen erbij in")
            .is_none(),
        "the home circle's item is not the child's"
    );
    let home = harness.get_by_role_and_label(Role::List, "4. Thuis/opvoeding");
    home.get_by_label("moet beter: In drukke weken schiet het lezen erbij in");
}

#[test]
fn the_meeting_picker_shows_an_earlier_meeting() {
    let mut harness = harness(Some(&example()), Lang::Nl);
    harness.run();
    harness.get_by_label("Overleg").click();
    harness.run();
    harness.get_by_label("1. overleg van 15 sep. 2026").click();
    harness.run();
    assert_eq!(harness.state().meeting, 0);
    harness.get_by_label("moet beter: Huiswerk eindigt vaak in ruzie");
}

#[test]
fn english_labels_the_same_board() {
    let mut harness = harness(Some(&example()), Lang::En);
    harness.run();
    harness.get_by_role_and_label(Role::List, "2. Child/young person");
    harness.get_by_label("going well: Leest graag met zijn maatje Mila");
}

#[test]
fn a_new_case_is_saved_through_the_typed_path_and_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("nieuw");
    let mut harness = harness(None, Lang::Nl);
    harness.run();
    harness.get_by_role_and_label(Role::List, "2. Kind/jongere");

    harness.get_by_label("Bestand").click();
    harness.run();
    harness.get_by_label_contains("Opslaan als…").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Bestand")
        .type_text(&target.display().to_string());
    harness.run();
    harness.get_by_label("Opslaan").click();
    harness.run();

    let saved = dir.path().join("nieuw.uitzicht");
    assert!(saved.exists(), "{:?}", harness.state().status.error);
    assert_eq!(harness.state().doc.path.as_deref(), Some(saved.as_path()));
    let reloaded = uitzicht::storage::load(&saved).unwrap();
    assert_eq!(reloaded.case, harness.state().doc.case);
}

#[test]
fn unsaved_changes_are_not_dropped_by_new() {
    let mut harness = harness(Some(&example()), Lang::Nl);
    harness.run();
    harness.state_mut().doc.dirty = true;
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::New));
    harness.run();
    assert!(harness.state().dialogs.confirm.is_some());
    harness.get_by_label("Annuleren").click();
    harness.run();
    assert_eq!(harness.state().doc.case.child, "Daan (pseudoniem)");

    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::New));
    harness.run();
    harness.get_by_label("Niet opslaan").click();
    harness.run();
    assert_eq!(harness.state().doc.case.child, "");
    assert!(!harness.state().doc.dirty);
}

#[test]
fn a_broken_file_opens_nothing_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("kapot.mdo.ron");
    std::fs::copy(example(), &broken).unwrap();
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&broken)
        .unwrap();
    file.set_len(500).unwrap();
    let mut harness = harness(Some(&broken), Lang::Nl);
    harness.run();
    let error = harness.state().status.error.clone().unwrap();
    assert!(error.contains("kapot.mdo.ron:"), "{error}");
    harness.get_by_label("Dat lukte niet");
    harness.get_by_label("Sluiten").click();
    harness.run();
    assert!(harness.state().status.error.is_none());
}

#[test]
fn ctrl_p_exports_the_sheet_of_the_shown_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(Some(&example()), Lang::Nl);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    harness.run();
    let dialog = harness.state().dialogs.path.clone().unwrap();
    assert!(
        dialog.path.ends_with("voorbeeld-bord-2026-11-10.pdf"),
        "{}",
        dialog.path
    );

    let target = dir.path().join("bord");
    harness.state_mut().dialogs.path.as_mut().unwrap().path = target.display().to_string();
    harness.run();
    harness.get_by_label("Exporteren").click();
    harness.run();

    let written = dir.path().join("bord.pdf");
    let bytes = std::fs::read(&written).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert!(harness.state().dialogs.path.is_none());
    assert_eq!(
        harness.state().status.export_offered(),
        Some(written.as_path())
    );
    harness.get_by_label(&format!("Geëxporteerd: {}", written.display()));
    harness.get_by_label("Openen");

    // Once its message has gone (the case moved on), the button goes with it.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::GoToStep(uitzicht::model::GuideStep::Analysis));
    harness.run();
    assert_eq!(harness.state().status.info, None);
    assert_eq!(harness.state().status.export_offered(), None);
    assert!(harness.query_by_label("Openen").is_none());
}

#[test]
fn a_failed_export_says_why_and_keeps_the_dialog() {
    let mut harness = harness(Some(&example()), Lang::En);
    harness.run();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::ExportReport));
    harness.state_mut().dialogs.path.as_mut().unwrap().path =
        "/nonexistent/folder/report.pdf".into();
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    let error = harness.state().status.error.clone().unwrap();
    assert!(
        error.starts_with("/nonexistent/folder/report.pdf"),
        "{error}"
    );
    assert!(harness.state().dialogs.path.is_some());
}

#[test]
fn a_file_open_elsewhere_opens_read_only_until_taken_over() {
    let file = example();
    let elsewhere = uitzicht::storage::CaseLock::acquire(&file).unwrap();
    let mut harness = harness(Some(&file), Lang::Nl);
    harness.run();
    assert!(harness.state().doc.is_read_only());
    harness.get_by_label_contains("Je kunt het hier lezen maar niet wijzigen");

    let ctx = harness.ctx.clone();
    let edit = uitzicht::model::BoardEdit::AddItem {
        circle: uitzicht::model::CircleId(2),
        kind: uitzicht::model::ItemKind::Goal,
        text: "mag niet".to_owned(),
    };
    let before = harness.state().doc.case.clone();
    harness.state_mut().apply(&ctx, Action::Board(edit.clone()));
    assert_eq!(
        harness.state().doc.case,
        before,
        "no edits while someone else has the file"
    );
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::Save));
    harness.run();
    assert!(
        harness.state().status.error.is_some(),
        "saving is refused, and said so"
    );
    harness.get_by_label("Sluiten").click();
    harness.run();

    harness.get_by_label("Overnemen").click();
    harness.run();
    assert!(!harness.state().doc.is_read_only());
    harness.state_mut().apply(&ctx, Action::Board(edit));
    assert_ne!(harness.state().doc.case, before);
    drop(elsewhere);
}

#[test]
fn a_save_that_fails_on_disk_says_why_and_keeps_the_edits() {
    let path = example();
    let mut harness = harness(Some(&path), Lang::Nl);
    harness.run();
    harness.state_mut().doc.case.child = "Daan, na het overleg".to_owned();
    harness.state_mut().doc.dirty = true;

    // A folder where the file was: the rename at the end of the save cannot replace it.
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::Save));
    harness.run();
    let error = harness.state().status.error.clone().unwrap();
    assert!(
        error.contains("Je wijzigingen staan nog in Uitzicht"),
        "{error}"
    );
    harness.get_by_label("Dat lukte niet");
    assert!(harness.state().doc.dirty);
    assert_eq!(harness.state().doc.case.child, "Daan, na het overleg");
    let folder = path.parent().unwrap();
    let temps: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(temps.is_empty(), "{temps:?}");

    harness.get_by_label("Sluiten").click();
    harness.run();
    std::fs::remove_dir(&path).unwrap();
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .apply(&ctx, Action::Command(Command::Save));
    harness.run();
    assert!(
        !harness.state().doc.dirty,
        "{:?}",
        harness.state().status.error
    );
    let saved = uitzicht::storage::load(&path).unwrap();
    assert_eq!(saved.case.child, "Daan, na het overleg");
}

#[test]
fn stray_typing_on_a_button_that_saves_or_replaces_does_nothing_a_click_does() {
    let path = example();
    let mut harness = harness(Some(&path), Lang::Nl);
    harness.run();
    let meetings = harness.state().doc.case.meetings.len();
    // Tab reached the button while the chair typed; Space and Enter land on it.
    let button = harness.get_by_label("+ Nieuw vervolgoverleg");
    button.focus();
    harness.run();
    harness.key_press(egui::Key::Space);
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(
        harness.state().dialogs.follow_up_date.is_none(),
        "typing started a follow-up"
    );
    assert_eq!(harness.state().doc.case.meetings.len(), meetings);
    // A deliberate click still works.
    harness.get_by_label("+ Nieuw vervolgoverleg").click();
    harness.run();
    assert!(harness.state().dialogs.follow_up_date.is_some());
}

#[test]
fn a_screen_reader_runs_the_menus_commands_that_save_and_export() {
    let path = example();
    let mut harness = harness(Some(&path), Lang::Nl);
    harness.run();
    // As a screen reader does it: the menu opened, then its entry activated (not clicked).
    harness.get_by_label("Bestand").click_accesskit();
    harness.run();
    harness
        .get_by_label("Verslag voor dossier (Word)…")
        .click_accesskit();
    harness.run();
    assert!(
        harness.state().dialogs.path.is_some(),
        "the export asks for the file's name"
    );
    harness.get_by_label("Annuleren").click_accesskit();
    harness.run();
    assert!(harness.state().dialogs.path.is_none());
    // The button beside the meetings too.
    harness
        .get_by_label("+ Nieuw vervolgoverleg")
        .click_accesskit();
    harness.run();
    assert!(harness.state().dialogs.follow_up_date.is_some());
}

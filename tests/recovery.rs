#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! Recovery copies: written after an edit, offered on the next start, removed by a save.

use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use uitzicht::app::UitzichtApp;
use uitzicht::i18n::Lang;
use uitzicht::model::{BoardEdit, Case, CircleId, ItemKind};
use uitzicht::storage::Recovery;
use uitzicht::ui::{Action, NoDialogs};

fn harness(path: Option<&Path>, recovery_folder: &Path) -> Harness<'static, UitzichtApp> {
    let path = path.map(Path::to_owned);
    let folder = recovery_folder.to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |cc| {
            UitzichtApp::with_dialogs(&cc.egui_ctx, path.as_deref(), Lang::Nl, Box::new(NoDialogs))
                .with_recovery(Recovery::new(folder.clone()))
        });
    harness.run();
    harness
}

#[test]
fn an_edit_lands_in_a_recovery_copy_and_a_save_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("casus.mdo.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht"),
        &file,
    )
    .unwrap();
    let folder = dir.path().join("recovery");
    let mut harness = harness(Some(&file), &folder);
    assert!(harness.state().recovery.offered.is_empty());

    let ctx = harness.ctx.clone();
    let edit = BoardEdit::AddItem {
        circle: CircleId(2),
        kind: ItemKind::GoingWell,
        text: "Bewaard na een crash".to_owned(),
    };
    harness.state_mut().apply(&ctx, Action::Board(edit));
    let now = Instant::now();
    assert!(
        harness.state_mut().autosave_at(now).is_some(),
        "not yet: a few seconds after the edit"
    );
    assert!(Recovery::new(folder.clone()).list().is_empty());
    assert!(
        harness
            .state_mut()
            .autosave_at(now + Duration::from_secs(5))
            .is_none()
    );

    let copies = Recovery::new(folder.clone()).list();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].original.as_deref(), Some(file.as_path()));
    assert_eq!(copies[0].load().unwrap().case, harness.state().doc.case);

    harness
        .state_mut()
        .apply(&ctx, Action::Command(uitzicht::ui::Command::Save));
    harness.run();
    assert!(!harness.state().doc.dirty);
    assert!(
        Recovery::new(folder).list().is_empty(),
        "a clean save removes the copy"
    );
}

#[test]
fn a_copy_found_on_start_is_offered_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("recovery");
    let mut case = Case::new(jiff::civil::date(2026, 11, 30));
    case.child = "Nooit opgeslagen".to_owned();
    Recovery::new(folder.clone())
        .write(&case, None, 42, None)
        .unwrap();

    let mut harness = harness(None, &folder);
    assert_eq!(harness.state().recovery.offered.len(), 1);
    harness.get_by_label("Niet-opgeslagen werk gevonden");
    harness.get_by_label("Vergelijken").click();
    harness.run();
    harness.get_by_label_contains("Bewaard werk: Nooit opgeslagen");
    harness.get_by_label("Herstellen").click();
    harness.run();
    assert_eq!(harness.state().doc.case, case);
    assert!(harness.state().doc.dirty, "restored work is not saved yet");
    assert!(
        harness
            .query_by_label("Niet-opgeslagen werk gevonden")
            .is_none()
    );
    // Still safe until saved: the restored case has a copy of its own.
    assert_eq!(Recovery::new(folder).list().len(), 1);
}

#[test]
fn a_discarded_copy_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("recovery");
    Recovery::new(folder.clone())
        .write(&Case::new(jiff::civil::date(2026, 11, 30)), None, 1, None)
        .unwrap();
    let mut harness = harness(None, &folder);
    harness.get_by_label("Weggooien").click();
    harness.run();
    assert!(harness.state().recovery.offered.is_empty());
    assert!(Recovery::new(folder).list().is_empty());
}

#[test]
fn a_copy_put_aside_survives_the_next_sessions_save_and_is_offered_again() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("casus.mdo.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht"),
        &file,
    )
    .unwrap();
    let file = std::fs::canonicalize(file).unwrap();
    let folder = dir.path().join("recovery");
    // A session that crashed with work in its copy.
    let mut crashed = uitzicht::storage::load(&file).unwrap().case;
    crashed.child = "Werk van voor de crash".to_owned();
    Recovery::new(folder.clone())
        .write(&crashed, Some(&file), 0, None)
        .unwrap();

    let mut harness = harness(Some(&file), &folder);
    assert_eq!(harness.state().recovery.offered.len(), 1);
    harness.get_by_label("Later beslissen").click();
    harness.run();
    // This session edits and saves the case.
    let ctx = harness.ctx.clone();
    let edit = BoardEdit::AddItem {
        circle: CircleId(2),
        kind: ItemKind::GoingWell,
        text: "Na de crash".to_owned(),
    };
    harness.state_mut().apply(&ctx, Action::Board(edit));
    harness
        .state_mut()
        .apply(&ctx, Action::Command(uitzicht::ui::Command::Save));
    harness.run();
    assert!(!harness.state().doc.dirty);
    drop(harness);

    let offered = Recovery::new(folder).leftovers();
    assert_eq!(
        offered.len(),
        1,
        "the crashed session's work is still there"
    );
    assert_eq!(
        offered[0].load().unwrap().case.child,
        "Werk van voor de crash"
    );
    assert!(
        offered[0].older_than_file,
        "and says the file was saved since"
    );
}

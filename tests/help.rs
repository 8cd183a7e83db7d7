#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! Help → About Uitzicht and Help → Manual: in the app itself, in both languages.

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use uitzicht::app::UitzichtApp;
use uitzicht::i18n::Lang;

fn app(lang: Lang) -> Harness<'static, UitzichtApp> {
    let path = common::example();
    common::open_app(Some(&path), lang, (1600.0, 1000.0))
}

#[test]
fn about_names_the_version_the_licences_and_where_the_case_is_kept() {
    let mut harness = app(Lang::Nl);
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("Over Uitzicht").click();
    harness.run();
    harness.get_by_label(&format!("Uitzicht {}", env!("CARGO_PKG_VERSION")));
    harness.get_by_label_contains("SIL Open Font License 1.1");
    harness.get_by_label_contains("MIT OR Apache-2.0");
    let case = harness.state().doc.path.clone().unwrap();
    harness.get_by_label(&format!("Deze casus: {}", case.display()));
    harness.get_by_label_contains("geen verbinding met internet");
    harness.get_by_label("Sluiten").click();
    harness.run();
    assert!(harness.state().dialogs.help.is_none());
}

#[test]
fn the_manual_opens_with_f1_in_either_language() {
    for (lang, heading, line) in [
        (
            Lang::Nl,
            "Op de projector",
            "F5 zet het overleg schermvullend",
        ),
        (
            Lang::En,
            "On the projector",
            "F5 puts the meeting full screen",
        ),
    ] {
        let mut harness = app(lang);
        harness.key_press(egui::Key::F1);
        harness.run();
        assert_eq!(
            harness.state().dialogs.help,
            Some(uitzicht::ui::Help::Manual)
        );
        harness.get_by_label(heading);
        harness.get_by_label_contains(line);
    }
}

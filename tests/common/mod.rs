#![allow(dead_code, clippy::unwrap_used)] // Each test file uses some of these.

//! Helpers shared by the UI tests.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use uitzicht::UitzichtApp;

/// Focuses the text field with this label and types into it.
pub fn type_into(harness: &mut Harness<'_, UitzichtApp>, label: &str, text: &str) {
    type_into_role(harness, Role::TextInput, label, text);
}

/// [`type_into`] for a field of another role, such as a password field.
pub fn type_into_role(harness: &mut Harness<'_, UitzichtApp>, role: Role, label: &str, text: &str) {
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

/// A copy of the example case in a folder of its own: the app locks the file it opens, and
/// tests run side by side. The folder is left in the system's temp folder.
pub fn example() -> std::path::PathBuf {
    let dir = tempfile::tempdir().unwrap().keep();
    let path = dir.join("voorbeeld.mdo.ron");
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.mdo.ron");
    std::fs::copy(example, &path).unwrap();
    path
}

/// The example case itself, read from the shipped file.
pub fn example_case() -> uitzicht::model::Case {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.mdo.ron");
    uitzicht::storage::load(&path).unwrap().case
}

/// The app on `path` (a new case when `None`) in `lang`, without native dialogs, in a window
/// of `size`, after its first frame.
pub fn open_app(
    path: Option<&std::path::Path>,
    lang: uitzicht::i18n::Lang,
    (width, height): (f32, f32),
) -> Harness<'static, UitzichtApp> {
    let path = path.map(std::path::Path::to_owned);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .build_eframe(move |cc| {
            UitzichtApp::with_dialogs(
                &cc.egui_ctx,
                path.as_deref(),
                lang,
                Box::new(uitzicht::ui::NoDialogs),
            )
        });
    harness.run();
    harness
}

/// Clicks the widget with this label and lets the app answer.
pub fn click(harness: &mut Harness<'_, UitzichtApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// The meeting the app shows.
pub fn shown(harness: &Harness<'_, UitzichtApp>) -> uitzicht::model::Meeting {
    let app = harness.state();
    app.doc.case.meetings[app.meeting].clone()
}

/// A case at the documented limits: 500 meetings (the example's last one over and over),
/// the last with 100 circles of 1,000 items each and 500 arrows.
pub fn limits_case() -> uitzicht::model::Case {
    use uitzicht::model::limits::{MAX_ARROWS, MAX_CIRCLES, MAX_ITEMS, MAX_MEETINGS};
    use uitzicht::model::{ItemKind, Spiral};
    let mut case = example_case();
    let last = case.meetings.last().unwrap().clone();
    while case.meetings.len() < MAX_MEETINGS {
        case.meetings.push(last.clone());
    }
    let board = &mut case.meetings.last_mut().unwrap().board;
    while board.circles.len() < MAX_CIRCLES {
        board.add_custom_circle(format!("Kring {}", board.circles.len() + 1));
    }
    let ids: Vec<_> = board.circles.iter().map(|c| c.id).collect();
    for (n, &circle) in ids.iter().enumerate() {
        let have = board.circle(circle).unwrap().items.len();
        for i in have..MAX_ITEMS {
            let kind = ItemKind::ALL[i % ItemKind::ALL.len()];
            board.add_item(
                circle,
                kind,
                &format!("Punt {i} van kring {n}: gaat over lezen"),
            );
        }
    }
    for i in board.arrows.len()..MAX_ARROWS {
        let (from, to) = (ids[i % ids.len()], ids[(i + 1) % ids.len()]);
        board.add_arrow(
            from,
            to,
            Spiral::Upward,
            &format!("Pijl {i}: samen sterker"),
        );
    }
    case
}

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
    use uitzicht::model::{Arrow, ArrowId, Item, ItemId, ItemKind, Spiral};
    let mut case = example_case();
    let last = case.meetings.last().unwrap().clone();
    while case.meetings.len() < MAX_MEETINGS {
        case.meetings.push(last.clone());
    }
    let board = &mut case.meetings.last_mut().unwrap().board;
    while board.circles.len() < MAX_CIRCLES {
        board.add_custom_circle(format!("Kring {}", board.circles.len() + 1));
    }
    // Built directly: adding one by one looks for a free id among all items each time.
    let mut next_id = board.next_item_id().0;
    for (n, circle) in board.circles.iter_mut().enumerate() {
        if n >= 3 {
            // Laid out in a grid, all on the board: this case needs no mending when read.
            let (col, row) = ((n - 3) % 10, (n - 3) / 10);
            circle.center =
                uitzicht::model::PosMm::new(30.0 + 38.0 * col as f32, 20.0 + 22.0 * row as f32);
            circle.radius_mm = uitzicht::model::MIN_RADIUS_MM;
        }
        for i in circle.items.len()..MAX_ITEMS {
            circle.items.push(Item {
                id: ItemId(next_id),
                kind: ItemKind::ALL[i % ItemKind::ALL.len()],
                text: format!("Punt {i} van kring {n}: gaat over lezen"),
                top_three: false,
                carried: false,
            });
            next_id += 1;
        }
    }
    let ids: Vec<_> = board.circles.iter().map(|c| c.id).collect();
    let mut next_arrow = board.next_arrow_id().0;
    for i in board.arrows.len()..MAX_ARROWS {
        board.arrows.push(Arrow {
            id: ArrowId(next_arrow),
            from: ids[i % ids.len()],
            to: ids[(i + 1) % ids.len()],
            spiral: Spiral::Upward,
            note: format!("Pijl {i}: samen sterker"),
        });
        next_arrow += 1;
    }
    case
}

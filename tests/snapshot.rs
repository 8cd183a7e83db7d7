#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.

//! One image of the example board, compared with the one committed in `tests/snapshots/`.
//! Built only with `--features snapshot` (wgpu is a long build). After a deliberate change
//! of the board's look: `UPDATE_SNAPSHOTS=1 cargo test --features snapshot --test snapshot`,
//! then look at the new image before committing it.

use std::path::Path;

use egui_kittest::Harness;
use uitzicht::canvas::{self, BoardState};
use uitzicht::i18n::Lang;
use uitzicht::model::Meeting;
use uitzicht::scene::PreparedBoard;

#[test]
fn the_example_board() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    let meeting: Meeting = uitzicht::storage::load(&path).unwrap().case.meetings[1].clone();
    let t = Lang::Nl.texts();
    let prepared = PreparedBoard::new(&meeting, t);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 740.0))
        .with_context_setup(uitzicht::theme::install_fonts)
        .build_ui_state(
            move |ui, state: &mut BoardState| {
                let _ = canvas::board_ui(ui, &prepared, &meeting, t, state, true);
            },
            BoardState::default(),
        );
    harness.run();
    harness.snapshot("example_board");
}

//! CPU time of one frame of the board (and of each projector view) at 3840×2160 (layout, widgets and tessellation), for
//! the example's last meeting, a heavy board (10 circles × 12 items, 20 arrows) and the
//! example with texts as long as a text may be (20,000 characters), with
//! egui's own demo windows as the yardstick. Goal: the heavy board costs no more than the
//! demo's frame.
//!
//! `cargo bench --bench frame`

use std::path::Path;

use egui::{Context, RawInput, Rect, pos2, vec2};
use uitzicht::canvas::{self, BoardState};
use uitzicht::i18n::Lang;
use uitzicht::layout;
use uitzicht::model::{Board, CircleId, ItemKind, Meeting, PosMm, Spiral};
use uitzicht::scene::PreparedBoard;

fn main() {
    divan::main();
}

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(3840.0, 2160.0))),
        ..RawInput::default()
    }
}

fn example_meeting() -> Meeting {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    match uitzicht::storage::load(&path) {
        Ok(loaded) => loaded.case.meetings[1].clone(),
        Err(error) => panic!("{error}"),
    }
}

fn heavy_meeting() -> Meeting {
    let mut meeting = example_meeting();
    let mut board = Board::default();
    for i in 0..7 {
        board.add_custom_circle(format!("Cirkel {i}"));
    }
    let ids: Vec<CircleId> = board.circles.iter().map(|c| c.id).collect();
    for (n, id) in ids.iter().enumerate() {
        for i in 0..12 {
            let text = format!(
                "Punt {i} in cirkel {n}: wat goed gaat en wat beter moet, in een paar woorden"
            );
            board.add_item(*id, ItemKind::ALL[i % 4], &text);
        }
    }
    for i in 0..20 {
        let from = ids[i % ids.len()];
        let to = ids[(i * 3 + 1) % ids.len()];
        if from != to {
            board.add_arrow(
                from,
                to,
                Spiral::ALL[i % 3],
                "Een korte toelichting bij de pijl",
            );
        }
    }
    // Spread the extra circles so that arrows have length.
    for (i, circle) in board.circles.iter_mut().enumerate().skip(3) {
        circle.center = PosMm::new(
            90.0 + (i as f32 - 3.0) * 36.0,
            if i % 2 == 0 { 30.0 } else { 215.0 },
        );
    }
    meeting.board = board;
    meeting
}

/// One frame of the board as the app draws it, tessellated. The app lays the board out
/// only when the case changes (see `board_layout_only` for that cost).
fn board_frame(ctx: &Context, meeting: &Meeting, prepared: &PreparedBoard, state: &mut BoardState) {
    let t = Lang::Nl.texts();
    let output = ctx.run_ui(input(), |ui| {
        egui::CentralPanel::default().show(ui, |ui| {
            let _ = canvas::board_ui(ui, prepared, meeting, t, state, true);
        });
    });
    tessellate(ctx, output);
}

/// Tessellates a frame's shapes, as a renderer would, and drops its texture changes.
fn tessellate(ctx: &Context, mut output: egui::FullOutput) {
    let shapes = std::mem::take(&mut output.shapes);
    divan::black_box(ctx.tessellate(shapes, output.pixels_per_point));
    output.drop_without_applying_deltas();
}

fn bench_board(bencher: divan::Bencher, meeting: &Meeting) {
    let ctx = Context::default();
    uitzicht::theme::install_fonts(&ctx);
    let mut state = BoardState::default();
    let prepared = PreparedBoard::new(meeting, Lang::Nl.texts());
    // The first frames fill the font atlas; a meeting room sees the frames after.
    for _ in 0..3 {
        board_frame(&ctx, meeting, &prepared, &mut state);
    }
    bencher.bench_local(|| board_frame(&ctx, meeting, &prepared, &mut state));
}

#[divan::bench]
fn example_board(bencher: divan::Bencher) {
    bench_board(bencher, &example_meeting());
}

#[divan::bench]
fn heavy_board(bencher: divan::Bencher) {
    bench_board(bencher, &heavy_meeting());
}

/// The example with texts as long as a text may be (20,000 characters): two items in each
/// circle and an arrow's note. A frame should cost what is shown, not what is written.
fn longest_texts_meeting() -> Meeting {
    let mut meeting = example_meeting();
    let longest = "Zeer lange tekst over lezen en rekenen "
        .repeat(uitzicht::model::limits::MAX_TEXT_CHARS / 39 + 1)
        .chars()
        .take(uitzicht::model::limits::MAX_TEXT_CHARS)
        .collect::<String>();
    let ids: Vec<CircleId> = meeting.board.circles.iter().map(|c| c.id).collect();
    for id in ids {
        for kind in [ItemKind::GoingWell, ItemKind::MustImprove] {
            meeting.board.add_item(id, kind, &longest);
        }
    }
    if let Some(arrow) = meeting.board.arrows.first_mut() {
        arrow.note.clone_from(&longest);
    }
    meeting
}

#[divan::bench]
fn longest_texts_board(bencher: divan::Bencher) {
    bench_board(bencher, &longest_texts_meeting());
}

/// The yardstick: egui's demo windows, as egui's own benchmark runs them.
#[divan::bench]
fn egui_demo_windows(bencher: divan::Bencher) {
    let ctx = Context::default();
    let mut demo = egui_demo_lib::DemoWindows::default();
    let frame = |ctx: &Context, demo: &mut egui_demo_lib::DemoWindows| {
        let output = ctx.run_ui(input(), |ui| demo.ui(ui));
        tessellate(ctx, output);
    };
    for _ in 0..3 {
        frame(&ctx, &mut demo);
    }
    bencher.bench_local(|| frame(&ctx, &mut demo));
}

/// The layout alone: what an edit costs on top of a frame.
#[divan::bench(args = ["example", "heavy", "longest texts"])]
fn board_layout_only(bencher: divan::Bencher, which: &str) {
    let meeting = match which {
        "heavy" => heavy_meeting(),
        "longest texts" => longest_texts_meeting(),
        _ => example_meeting(),
    };
    let t = Lang::Nl.texts();
    bencher.bench_local(|| layout::board_layout(&meeting, t));
}

/// One projector frame at 3840×2160 for each step's view, as the projector window draws
/// it: the board laid out for the projector's floor, or the view of the step in big type.
#[divan::bench(args = ["people", "board", "goals", "needs", "support", "agreements"])]
fn projector_view(bencher: divan::Bencher, which: &str) {
    use uitzicht::layout::LayoutOptions;
    use uitzicht::ui::{Pages, ProjectorView, floor_mm, floor_points, step_view_ui};
    let view = match which {
        "people" => ProjectorView::People,
        "board" => ProjectorView::Board,
        "goals" => ProjectorView::Goals,
        "needs" => ProjectorView::Needs,
        "support" => ProjectorView::Support,
        _ => ProjectorView::Agreements,
    };
    let meeting = example_meeting();
    let t = Lang::Nl.texts();
    let ctx = Context::default();
    uitzicht::theme::install_fonts(&ctx);
    let size = vec2(3840.0, 2160.0);
    let floor = floor_points(size.y);
    let prepared = PreparedBoard::with(
        &meeting,
        t,
        LayoutOptions::projector(floor_mm(size, floor)),
        false,
    );
    let mut state = BoardState::default();
    let frame = |ctx: &Context, state: &mut BoardState| {
        let output = ctx.run_ui(input(), |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                if view == ProjectorView::Board {
                    let _ = canvas::board_ui(ui, &prepared, &meeting, t, state, false);
                } else {
                    step_view_ui(ui, t, &meeting, view, (floor, false), &mut Pages::default());
                }
            });
        });
        tessellate(ctx, output);
    };
    for _ in 0..3 {
        frame(&ctx, &mut state);
    }
    bencher.bench_local(|| frame(&ctx, &mut state));
}

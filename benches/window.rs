//! CPU time of one frame of the whole window (menu, guide, the step's form panel, the board
//! and the status bar), as a chair has it on a laptop (1366×768) and a digibord (1920×1080),
//! for the example and for a case of 500 meetings, in the steps with the largest forms
//! (the review at the start, the goals, the close); egui's demo windows in the same harness
//! as the yardstick. Goals: the example no dearer than the demo in every step, and the
//! 500-meeting case within 10% of the example: a frame's work follows what is on screen,
//! not the length of the case.
//!
//! `cargo bench --bench window`

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use uitzicht::app::UitzichtApp;
use uitzicht::i18n::Lang;
use uitzicht::model::{Case, GuideStep};
use uitzicht::ui::Action;

fn main() {
    divan::main();
}

const SIZES: [(f32, f32); 2] = [(1366.0, 768.0), (1920.0, 1080.0)];

fn example() -> Case {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    match uitzicht::storage::load(&path) {
        Ok(loaded) => loaded.case,
        Err(error) => panic!("{error}"),
    }
}

/// The example followed up until it has `meetings` meetings, in a file of its own.
fn case_file(meetings: usize) -> (tempfile::TempDir, PathBuf) {
    let mut case = example();
    while case.meetings.len() < meetings {
        let date = case.meetings[case.meetings.len() - 1].date;
        case.add_follow_up(date.saturating_add(jiff::Span::new().days(14)));
    }
    let dir = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(error) => panic!("{error}"),
    };
    let path = dir.path().join("casus.uitzicht");
    let version = uitzicht::storage::CURRENT_FORMAT_VERSION;
    if let Err(error) = uitzicht::storage::save(&path, &case, version) {
        panic!("{error}");
    }
    (dir, path)
}

fn bench_window(bencher: divan::Bencher, meetings: usize, step: GuideStep, size: (f32, f32)) {
    let (_dir, path) = case_file(meetings);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .build_eframe(|cc| {
            UitzichtApp::with_dialogs(
                &cc.egui_ctx,
                Some(&path),
                Lang::Nl,
                Box::new(uitzicht::ui::NoDialogs),
            )
        });
    harness.run_steps(3);
    let ctx = harness.ctx.clone();
    harness.state_mut().apply(&ctx, Action::GoToStep(step));
    harness.run_steps(3);
    bencher.bench_local(|| harness.step());
}

const STEPS: [GuideStep; 3] = [GuideStep::Start, GuideStep::Goals, GuideStep::Close];

#[divan::bench(args = STEPS, consts = [0, 1])]
fn example_window<const SIZE: usize>(bencher: divan::Bencher, step: GuideStep) {
    bench_window(bencher, example().meetings.len(), step, SIZES[SIZE]);
}

#[divan::bench(args = STEPS, consts = [0, 1])]
fn meetings_500_window<const SIZE: usize>(bencher: divan::Bencher, step: GuideStep) {
    bench_window(bencher, 500, step, SIZES[SIZE]);
}

/// The yardstick: egui's demo windows in the same harness and size.
#[divan::bench(consts = [0, 1])]
fn egui_demo_windows<const SIZE: usize>(bencher: divan::Bencher) {
    let (width, height) = SIZES[SIZE];
    // The demo shows emoji its fonts lack: boxes for those, as in a real window.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        .allow_missing_glyphs()
        .build_ui_state(
            |ui, demo: &mut egui_demo_lib::DemoWindows| demo.ui(ui),
            egui_demo_lib::DemoWindows::default(),
        );
    harness.run_steps(3);
    bencher.bench_local(|| harness.step());
}

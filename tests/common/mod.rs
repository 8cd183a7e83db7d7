#![allow(dead_code, clippy::unwrap_used)] // Each test file uses some of these.

//! Helpers shared by the UI tests.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use uitzicht::app::UitzichtApp;

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
    let path = dir.join("voorbeeld.uitzicht");
    let example =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    std::fs::copy(example, &path).unwrap();
    path
}

/// The example case itself, read from the shipped file.
pub fn example_case() -> uitzicht::model::Case {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
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
        // A field that takes the keyboard holds its height from the frame after (a scroll
        // area of its own), which egui settles in two frames more than its default four.
        .with_max_steps(8)
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

/// All text of a PDF, page after page, as lopdf reads it: a line of text per line.
pub fn pdf_lines(pdf: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap()
}

/// `text` with each word broken across lines (a line ending in a hyphen) whole again.
pub fn unbroken(text: &str) -> String {
    text.replace("-\n", "")
}

/// The meeting the app shows.
pub fn shown(harness: &Harness<'_, UitzichtApp>) -> uitzicht::model::Meeting {
    let app = harness.state();
    app.doc.case.meetings[app.meeting].clone()
}

pub mod limits;
pub mod word;

/// Starts the command-line app with these arguments, in Dutch whatever the machine's locale,
/// its input, output and errors piped.
#[expect(clippy::print_stderr)] // A retry goes to the test's own log, shown when it fails.
pub fn start_in_dutch<S: AsRef<std::ffi::OsStr>>(
    args: impl IntoIterator<Item = S>,
) -> std::process::Child {
    use std::process::Stdio;
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_uitzicht"));
    command
        .args(args)
        .env("LANG", "nl_NL.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Under wine, where CI runs these tests as Windows programs, creating a process fails now
    // and then on a loaded machine with ERROR_INTERNAL_ERROR (1359), before the app runs a
    // line (once in CI, never in 20 runs of the same tests here). That failure is wine's, so
    // it is tried again; any other failure, or a third, fails the test.
    const WINE_COULD_NOT_START: i32 = 1359;
    let mut tries = 1;
    loop {
        match command.spawn() {
            Ok(child) => return child,
            Err(error)
                if cfg!(windows)
                    && error.raw_os_error() == Some(WINE_COULD_NOT_START)
                    && tries < 3 =>
            {
                eprintln!("the app did not start ({error}); try {tries} of 3");
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(250));
            }
            Err(error) => panic!("the app did not start: {error}"),
        }
    }
}

/// Runs the command-line app with these arguments, in Dutch whatever the machine's locale.
pub fn uitzicht_in_dutch<S: AsRef<std::ffi::OsStr>>(
    args: impl IntoIterator<Item = S>,
) -> std::process::Output {
    let mut child = start_in_dutch(args);
    // No input: the app reads an end of file, as with `Command::output`.
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

/// Lets the app draw until the preparation sheet it reads beside the UI is read.
pub fn wait_for_sheet(harness: &mut Harness<'_, UitzichtApp>) {
    // While it reads, a spinner keeps the window drawing: step frame by frame.
    for _ in 0..1000 {
        harness.step();
        if !harness.state().is_reading_sheet() {
            harness.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the sheet was not read within ten seconds");
}
pub mod caseload;

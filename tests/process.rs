#![allow(clippy::unwrap_used, clippy::expect_used)] // In a test, a panic is a failed test, not a lost case.
//! The real app as a process, in a virtual X display, driven by the keyboard through
//! `xdotool`: a hard kill after an edit, and a second instance on the same file.
//!
//! Needs `Xvfb` and `xdotool` (`.ci/run` installs them).

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use uitzicht::storage::{self, CaseLock, Recovery};

/// A virtual X display of its own, so tests can run side by side.
struct Display {
    server: Child,
    name: String,
    /// Where each app started on this display writes its errors, to show when no window
    /// comes.
    logs: std::cell::RefCell<Vec<std::path::PathBuf>>,
}

/// One display at a time: two X servers started at once can race for the same number, and
/// keystrokes must reach the window the test means.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

impl Display {
    fn start() -> Self {
        Self::start_with("1600x900x24", None)
    }

    /// A display of `screen` ("WxHxD"), its picture kept in `picture_dir` when given (as the
    /// file `Xvfb_screen0`, in the XWD format, always current).
    fn start_with(screen: &str, picture_dir: Option<&Path>) -> Self {
        let mut args = vec![
            "-displayfd",
            "1",
            "-screen",
            "0",
            screen,
            "-nolisten",
            "tcp",
            // An X server resets when its last client leaves (a killed app, an xdotool
            // call) and refuses connections while it does: an app started then fails.
            "-noreset",
        ];
        if let Some(dir) = picture_dir.and_then(Path::to_str) {
            args.extend(["-fbdir", dir]);
        }
        let mut server = Command::new("Xvfb")
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb must be installed to run the process tests (see .ci/run)");
        let mut number = String::new();
        BufReader::new(server.stdout.take().unwrap())
            .read_line(&mut number)
            .unwrap();
        let name = format!(":{}", number.trim());
        assert!(name.len() > 1, "Xvfb gave no display number");
        Self {
            server,
            name,
            logs: Default::default(),
        }
    }

    fn xdotool(&self, args: &[&str]) -> Option<String> {
        let output = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.name)
            .output()
            .expect("xdotool must be installed to run the process tests (see .ci/run)");
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// The first window whose title contains `title`, once it is there.
    fn window(&self, title: &str) -> String {
        let found = wait_for(Duration::from_secs(120), || {
            self.xdotool(&["search", "--name", title])
                .and_then(|ids| ids.lines().next().map(str::to_owned))
        });
        found.unwrap_or_else(|| {
            let all = self.xdotool(&["search", "--name", "."]);
            let screen = self.xdotool(&["getdisplaygeometry"]);
            let said: Vec<String> = self
                .logs
                .borrow()
                .iter()
                .map(|log| std::fs::read_to_string(log).unwrap_or_default())
                .collect();
            panic!(
                "no window named {title:?} appeared on {}; windows: {all:?}; the screen: {screen:?}; the apps said: {said:?}",
                self.name
            )
        })
    }

    /// Gives `window` the keyboard and types into it as a person would.
    fn keys(&self, window: &str, keys: &[&str]) {
        self.xdotool(&["windowfocus", "--sync", window]).unwrap();
        for key in keys {
            self.xdotool(&["key", "--delay", "50", key]).unwrap();
            std::thread::sleep(Duration::from_millis(300));
        }
    }

    /// Puts `window` at `at` with `size` (as a window manager would, which Xvfb has none of).
    fn place(&self, window: &str, at: (&str, &str), size: (&str, &str)) {
        self.xdotool(&["windowmove", "--sync", window, at.0, at.1])
            .unwrap();
        self.xdotool(&["windowsize", "--sync", window, size.0, size.1])
            .unwrap();
    }

    fn type_text(&self, window: &str, text: &str) {
        self.xdotool(&["windowfocus", "--sync", window]).unwrap();
        self.xdotool(&["type", "--delay", "30", text]).unwrap();
        std::thread::sleep(Duration::from_millis(300));
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// The app on `case`, with its data folder (where recovery copies go) under `home`.
fn start_app(display: &Display, home: &Path, case: &Path) -> Child {
    let log = home.join(format!("app-{}.log", display.logs.borrow().len()));
    display.logs.borrow_mut().push(log.clone());
    Command::new(env!("CARGO_BIN_EXE_uitzicht"))
        .arg(case)
        .env("DISPLAY", &display.name)
        .env_remove("WAYLAND_DISPLAY")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).unwrap())
        .spawn()
        .unwrap()
}

fn wait_for<T>(limit: Duration, mut check: impl FnMut() -> Option<T>) -> Option<T> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Some(found) = check() {
            return Some(found);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    None
}

/// A copy of the example in a folder of its own.
fn case_in(dir: &Path) -> PathBuf {
    let path = dir.join("voorbeeld.uitzicht");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht"),
        &path,
    )
    .unwrap();
    std::fs::canonicalize(path).unwrap()
}

fn has_item(case: &uitzicht::model::Case, text: &str) -> bool {
    case.meetings
        .iter()
        .flat_map(|m| &m.board.circles)
        .flat_map(|c| &c.items)
        .any(|i| i.text == text)
}

#[test]
fn an_edit_survives_a_hard_kill_in_the_recovery_copy() {
    let home = tempfile::tempdir().unwrap();
    let case = case_in(home.path());
    let before = std::fs::read(&case).unwrap();
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let display = Display::start();
    let recovery = Recovery::new(home.path().join("data/uitzicht/recovery"));

    let mut app = start_app(&display, home.path(), &case);
    let window = display.window("Daan");
    // Ctrl+3: the quick entry of 3. School/onderwijs.
    display.keys(&window, &["ctrl+3"]);
    display.type_text(&window, "+ Vraagt zelf om hulp");
    display.keys(&window, &["Return"]);

    let copy = wait_for(Duration::from_secs(30), || {
        recovery.list().into_iter().find(|found| {
            found
                .load()
                .is_ok_and(|l| has_item(&l.case, "Vraagt zelf om hulp"))
        })
    });
    app.kill().unwrap(); // SIGKILL: no chance to save or clean up.
    app.wait().unwrap();
    let copy = copy.expect("the typed item reached a recovery copy");

    assert_eq!(
        std::fs::read(&case).unwrap(),
        before,
        "the file itself is untouched"
    );
    assert_eq!(copy.original.as_deref(), Some(case.as_path()));

    // The next start finds it as work its file does not hold, which is what it offers.
    let mut app = start_app(&display, home.path(), &case);
    display.window("Daan");
    let offered = recovery.leftovers();
    app.kill().unwrap();
    app.wait().unwrap();
    assert_eq!(offered.len(), 1);
    assert!(has_item(
        &offered[0].load().unwrap().case,
        "Vraagt zelf om hulp"
    ));
}

#[test]
fn a_second_instance_gets_the_case_read_only_and_cannot_save_it() {
    let home = tempfile::tempdir().unwrap();
    let case = case_in(home.path());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let display = Display::start();

    let mut first = start_app(&display, home.path(), &case);
    display.window("Daan");
    let lock = std::fs::read_to_string(CaseLock::path_for(&case)).unwrap();
    assert!(lock.contains(&first.id().to_string()), "{lock}");
    let before = std::fs::read(&case).unwrap();

    let mut second = start_app(&display, home.path(), &case);
    let window = display.window("alleen lezen");
    // Try to add an item and save: neither may touch the file or the lock.
    display.keys(&window, &["ctrl+3"]);
    display.type_text(&window, "+ Mag er niet in");
    display.keys(&window, &["Return", "ctrl+s"]);
    std::thread::sleep(Duration::from_secs(1));

    let still_running = second.try_wait().unwrap().is_none();
    second.kill().unwrap();
    second.wait().unwrap();
    first.kill().unwrap();
    first.wait().unwrap();
    assert!(still_running, "the second instance kept running");
    assert_eq!(std::fs::read(&case).unwrap(), before);
    assert_eq!(
        std::fs::read_to_string(CaseLock::path_for(&case)).unwrap(),
        lock,
        "the lock still names the first instance"
    );
    assert!(!has_item(
        &storage::load(&case).unwrap().case,
        "Mag er niet in"
    ));
}

#[test]
fn a_session_whose_lock_is_taken_over_turns_read_only_and_overwrites_nothing() {
    let home = tempfile::tempdir().unwrap();
    let case = case_in(home.path());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let display = Display::start();

    let mut first = start_app(&display, home.path(), &case);
    let window = display.window("Daan");
    display.keys(&window, &["ctrl+3"]);
    display.type_text(&window, "+ Van de eerste sessie");
    display.keys(&window, &["Return"]);

    // Another session takes the file over and saves an item of its own.
    let other_lock = CaseLock::take_over(&case).unwrap();
    let mut other = storage::load(&case).unwrap().case;
    other.child = "Daan, overgenomen".to_owned();
    storage::save(&case, &other, storage::CURRENT_FORMAT_VERSION).unwrap();
    let saved = std::fs::read(&case).unwrap();

    // Within seconds the first session knows, and says so in its title.
    let read_only = wait_for(Duration::from_secs(15), || {
        display.xdotool(&["search", "--name", "alleen lezen"])
    });
    display.keys(&window, &["ctrl+s"]);
    std::thread::sleep(Duration::from_secs(1));
    let still_running = first.try_wait().unwrap().is_none();
    first.kill().unwrap();
    first.wait().unwrap();
    assert!(read_only.is_some(), "the first session turned read-only");
    assert!(still_running);
    assert_eq!(
        std::fs::read(&case).unwrap(),
        saved,
        "nothing was overwritten"
    );
    assert!(!has_item(
        &storage::load(&case).unwrap().case,
        "Van de eerste sessie"
    ));
    assert_eq!(other_lock.taken_by(), None, "the other keeps its lock");
}

#[test]
fn a_session_ended_by_the_system_keeps_its_edit_and_lets_go_of_its_lock() {
    let home = tempfile::tempdir().unwrap();
    let case = case_in(home.path());
    let before = std::fs::read(&case).unwrap();
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let display = Display::start();
    let recovery = Recovery::new(home.path().join("data/uitzicht/recovery"));

    let mut app = start_app(&display, home.path(), &case);
    let window = display.window("Daan");
    assert!(CaseLock::path_for(&case).exists());
    display.keys(&window, &["ctrl+3"]);
    display.type_text(&window, "+ Net voor het afsluiten");
    display.keys(&window, &["Return"]);
    // At once, before the recovery copy is due: the system ends the session (logout).
    let pid = app.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let ended = wait_for(Duration::from_secs(20), || app.try_wait().unwrap());
    assert!(ended.is_some(), "the app ends when the system asks");

    assert_eq!(
        std::fs::read(&case).unwrap(),
        before,
        "the file itself is untouched"
    );
    assert!(!CaseLock::path_for(&case).exists(), "the lock is let go");
    let offered = recovery.leftovers();
    assert_eq!(offered.len(), 1, "the edit waits in a recovery copy");
    assert!(has_item(
        &offered[0].load().unwrap().case,
        "Net voor het afsluiten"
    ));
}

#[test]
fn a_protected_case_given_on_the_command_line_opens_with_its_passphrase() {
    let home = tempfile::tempdir().unwrap();
    let case = case_in(home.path());
    let (mut doc, _) = uitzicht::document::Document::open(&case).unwrap();
    doc.passphrase = Some(storage::SecretString::from(
        "groene kikker op de dijk".to_owned(),
    ));
    doc.save_to(&case).unwrap();
    drop(doc);
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let display = Display::start();

    // The double-click path: the desktop entry starts `uitzicht FILE`.
    let mut app = start_app(&display, home.path(), &case);
    let window = display.window("Nieuwe casus");
    // The dialog shows from the window's second frame on.
    std::thread::sleep(Duration::from_secs(1));
    display.type_text(&window, "groene kikker op de dijk");
    display.keys(&window, &["Return"]);
    let opened = wait_for(Duration::from_secs(30), || {
        display.xdotool(&["search", "--name", "Daan"])
    });
    app.kill().unwrap();
    app.wait().unwrap();
    assert!(
        opened.is_some(),
        "the dialog took the passphrase and the case opened"
    );
}

#[test]
fn without_a_display_the_user_reads_why_in_words_and_check_still_works() {
    let home = tempfile::tempdir().unwrap();
    let case = case_in(home.path());
    let out = Command::new(env!("CARGO_BIN_EXE_uitzicht"))
        .arg(&case)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("LANG", "nl_NL.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("HOME", home.path())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(said.contains("geen beeldscherm"), "{said}");
    assert!(!said.contains(".cargo/registry"), "{said}");
    let check = Command::new(env!("CARGO_BIN_EXE_uitzicht"))
        .args(["check".as_ref(), case.as_os_str()])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert!(check.status.success());
}

/// The pixels of the screen in `rect` (x, y, width, height), from the picture Xvfb keeps:
/// an XWD file whose header is 25 big-endian numbers, then a colour map, then 32-bit pixels.
fn screen_pixels(
    picture_dir: &Path,
    (x, y, width, height): (usize, usize, usize, usize),
) -> Vec<u32> {
    let bytes = std::fs::read(picture_dir.join("Xvfb_screen0")).unwrap();
    let field = |n: usize| {
        let at = n * 4;
        u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize
    };
    let (header, bits, line, colours) = (field(0), field(11), field(12), field(19));
    assert_eq!(bits, 32, "a screen of 32 bits a pixel");
    let start = header + colours * 12;
    let mut pixels = Vec::with_capacity(width * height);
    for row in y..y + height {
        for column in x..x + width {
            let at = start + row * line + column * 4;
            pixels.push(u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) & 0x00ff_ffff);
        }
    }
    pixels
}

#[test]
fn the_chairs_window_reads_the_same_while_the_projector_window_turns_steps_and_pages() {
    let home = tempfile::tempdir().unwrap();
    let case = case_in(home.path());
    let picture = tempfile::tempdir().unwrap();
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    // The laptop's 1366×768 and beside it the projector's 1280×720.
    let display = Display::start_with("2646x768x24", Some(picture.path()));
    let mut app = start_app(&display, home.path(), &case);
    let window = display.window("Daan");
    display.place(&window, ("0", "0"), ("1366", "768"));
    std::thread::sleep(Duration::from_secs(3));
    // The menu bar and the top of the guide: text in several sizes, and no clock.
    let strip = (0, 0, 700, 120);
    let before = screen_pixels(picture.path(), strip);
    let inked = before.iter().filter(|&&p| p != before[0]).count();
    assert!(
        inked > 1000,
        "the chair's window is drawn: {inked} pixels not background"
    );

    // Shift+F5: the projector window, moved onto the projector's screen.
    display.keys(&window, &["shift+F5"]);
    let projector = display.window("projector");
    display.place(&projector, ("1366", "0"), ("1280", "720"));
    // Through every step's view and its pages, then back to where the meeting was.
    for _ in 0..5 {
        display.keys(&window, &["ctrl+Next", "Next", "Next"]);
    }
    for _ in 0..5 {
        display.keys(&window, &["ctrl+Prior"]);
    }
    display.keys(&window, &["Prior", "Prior"]);
    std::thread::sleep(Duration::from_secs(2));
    let after = screen_pixels(picture.path(), strip);
    let projected = screen_pixels(picture.path(), (1366, 0, 1280, 720));
    app.kill().unwrap();
    app.wait().unwrap();

    assert!(
        projected.iter().filter(|&&p| p != projected[0]).count() > 1000,
        "the projector window is drawn beside it"
    );
    // Garbled glyphs change most of the text's pixels; an unchanged window none.
    let changed = before.iter().zip(&after).filter(|(a, b)| a != b).count();
    assert!(
        changed * 100 < inked,
        "{changed} of the {inked} inked pixels of the chair's menu bar and guide changed"
    );
}

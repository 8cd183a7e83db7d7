#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.
#![allow(clippy::disallowed_methods)] // Tests write broken files on purpose.

//! `uitzicht check`: a summary and exit 0, or an error with file:line:column and exit 1 —
//! never a panic, never a change to the file.

use std::path::Path;
mod common;

use std::process::Output;

fn check(file: &Path) -> Output {
    common::uitzicht_in_dutch([std::ffi::OsStr::new("check"), file.as_os_str()])
}

fn example_text() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht"),
    )
    .unwrap()
}

#[test]
fn the_example_checks_with_a_summary() {
    let out = check(&Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1);
    assert!(
        stdout.starts_with(
            "Daan (pseudoniem): 2 overleggen, 8 cirkels, 38 items, 5 pijlen, 8 afspraken"
        ),
        "{stdout}"
    );
}

#[test]
fn a_truncated_copy_fails_with_its_position_and_stays_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kapot.mdo.ron");
    let text = example_text();
    let truncated = &text[..text.len() * 2 / 3];
    std::fs::write(&file, truncated).unwrap();
    let out = check(&file);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let prefix = format!("{}:", file.display());
    assert!(stderr.starts_with(&prefix), "{stderr}");
    let position: Vec<&str> = stderr[prefix.len()..].splitn(3, ':').collect();
    assert!(position[0].parse::<usize>().unwrap() > 1, "{stderr}");
    assert!(position[1].parse::<usize>().is_ok(), "{stderr}");
    assert!(!stderr.contains("panicked"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), truncated);
}

#[test]
fn a_garbled_copy_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rommel.mdo.ron");
    let mut bytes = example_text().into_bytes();
    for i in (200..bytes.len()).step_by(131) {
        bytes[i] = bytes[i].wrapping_add(0x5A);
    }
    std::fs::write(&file, &bytes).unwrap();
    let out = check(&file);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.starts_with(&file.display().to_string()), "{stderr}");
    assert!(!stderr.contains("panicked"));
    assert_eq!(std::fs::read(&file).unwrap(), bytes);
}

#[test]
fn a_newer_format_version_is_reported_as_newer() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nieuw.mdo.ron");
    let text = example_text();
    let version = (text.lines())
        .find(|line| line.trim_start().starts_with("format_version:"))
        .unwrap();
    std::fs::write(&file, text.replacen(version, "    format_version: 9,", 1)).unwrap();
    let out = check(&file);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("formaatversie 9"), "{stderr}");
    let current = uitzicht::storage::CURRENT_FORMAT_VERSION;
    assert!(
        stderr.contains(&format!("formaatversie {current}")),
        "{stderr}"
    );
}

#[test]
fn a_missing_file_is_an_error() {
    let out = check(Path::new("/nonexistent/geen.mdo.ron"));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bestaat niet"));
}

#[test]
fn names_and_paths_with_terminal_escapes_are_printed_escaped() {
    let dir = tempfile::tempdir().unwrap();
    // A crafted file: its child retitles the terminal and clears the screen; so does its name.
    let crafted = example_text().replacen(
        "child: \"Daan (pseudoniem)\"",
        "child: \"\\u{1b}]0;gekaapt\\u{7}\\u{1b}[2JDaan\"",
        1,
    );
    assert_ne!(crafted, example_text());
    // Windows allows no control characters in a name; there the contents alone are crafted.
    let name = if cfg!(windows) {
        "rood.mdo.ron"
    } else {
        "\u{1b}[31mrood.mdo.ron"
    };
    let path = dir.path().join(name);
    std::fs::write(&path, crafted).unwrap();
    let out = check(&path);
    let printed = [out.stdout, out.stderr].concat();
    assert!(
        !printed.contains(&0x1b) && !printed.contains(&0x07),
        "{}",
        String::from_utf8_lossy(&printed)
    );
    let said = String::from_utf8_lossy(&printed);
    // The crafted name is said with its escape written out.
    assert!(cfg!(windows) || said.contains("\\u{1b}"), "{said}");
}

//! Any bytes as a recovery copy left by a session that is gone, and any text as the note of
//! its file: finding, offering and reading it give an answer, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use uitzicht::storage::Recovery;

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let folder = dir.path().join("recovery");
    if std::fs::create_dir_all(&folder).is_err() {
        return;
    }
    // The first bytes, up to a line end, are the note naming the case file.
    let (note, copy) = match data.iter().position(|b| *b == b'\n') {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (&[][..], data),
    };
    let name = "case-00000000000000ff.s1-gone";
    let written = std::fs::write(folder.join(format!("{name}.mdo.ron")), copy)
        .and_then(|()| std::fs::write(folder.join(format!("{name}.mdo.path")), note));
    if written.is_err() {
        return;
    }
    let recovery = Recovery::new(folder);
    for found in recovery.leftovers() {
        let _ = found.is_newer_than_original();
        let _ = found.load();
        recovery
            .remove_copy(&found.copy)
            .expect("a copy in our own folder can be removed");
    }
    assert!(recovery.list().is_empty());
});

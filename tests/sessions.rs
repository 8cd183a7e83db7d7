#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.
#![allow(clippy::disallowed_methods)] // Tests change files behind the app's back on purpose.

//! Two sessions on one file, exports aimed at the case, permissions and odd files: nothing
//! is overwritten unknowingly, nothing is replaced that is not an export's.

use std::path::{Path, PathBuf};
mod common;

use std::process::Command;

use uitzicht::document::Document;
use uitzicht::model::{BoardEdit, CircleId, ItemKind};
use uitzicht::storage::{self, StorageError};

fn copy_of_example(dir: &Path) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    let path = dir.join("casus.mdo.ron");
    std::fs::copy(source, &path).unwrap();
    std::fs::canonicalize(path).unwrap()
}

fn add_item(doc: &mut Document, text: &str) {
    let meeting = doc.case.meetings.last_mut().unwrap();
    meeting.board.apply(BoardEdit::AddItem {
        circle: CircleId(1),
        kind: ItemKind::GoingWell,
        text: text.to_owned(),
    });
    doc.dirty = true;
}

fn texts_on_file(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn a_session_whose_lock_was_taken_over_cannot_overwrite_the_one_that_took_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_example(dir.path());
    let (mut first, _) = Document::open(&path).unwrap();
    let (mut second, _) = Document::open(&path).unwrap();
    assert!(second.is_read_only(), "the second sees the file held");

    second.take_over().unwrap();
    assert!(!second.is_read_only());
    add_item(&mut second, "Van de tweede sessie");
    second.save_to(&path).unwrap();

    add_item(&mut first, "Van de eerste sessie");
    let error = first.save_to(&path).unwrap_err();
    assert!(matches!(error, StorageError::LockLost { .. }), "{error}");
    assert!(first.is_read_only(), "the first now only reads");
    assert!(first.dirty, "its edits are kept");
    let on_disk = texts_on_file(&path);
    assert!(on_disk.contains("Van de tweede sessie"));
    assert!(!on_disk.contains("Van de eerste sessie"));

    // What the first session did can still go to a file of its own.
    let copy = dir.path().join("kopie.mdo.ron");
    first.save_to(&copy).unwrap();
    assert!(texts_on_file(&copy).contains("Van de eerste sessie"));
    assert!(texts_on_file(&path).contains("Van de tweede sessie"));
}

#[test]
fn taking_over_reads_what_the_other_session_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_example(dir.path());
    let (mut first, _) = Document::open(&path).unwrap();
    let (mut second, _) = Document::open(&path).unwrap();
    add_item(&mut first, "Opgeslagen door de eerste");
    first.save_to(&path).unwrap();
    second.take_over().unwrap();
    assert_eq!(second.case, first.case);
    // And saving again from the second keeps the first's item.
    add_item(&mut second, "Daarna de tweede");
    second.save_to(&path).unwrap();
    let on_disk = texts_on_file(&path);
    assert!(on_disk.contains("Opgeslagen door de eerste") && on_disk.contains("Daarna de tweede"));
}

#[test]
fn a_file_changed_behind_the_session_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_example(dir.path());
    let (mut doc, _) = Document::open(&path).unwrap();
    // Another program (or a session without a lock, on another machine) writes the file.
    let mut other = storage::load(&path).unwrap().case;
    other.child = "Elders gewijzigd".to_owned();
    storage::save(&path, &other, storage::CURRENT_FORMAT_VERSION).unwrap();

    add_item(&mut doc, "Hier toegevoegd");
    let error = doc.save_to(&path).unwrap_err();
    assert!(
        matches!(error, StorageError::ChangedOnDisk { .. }),
        "{error}"
    );
    assert_eq!(storage::load(&path).unwrap().case.child, "Elders gewijzigd");
    assert!(doc.dirty);
}

#[test]
fn a_restored_copy_obeys_the_lock_like_opening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_example(dir.path());
    let (holder, _) = Document::open(&path).unwrap();
    let case = storage::load(&path).unwrap().case;
    let mut restored = Document::restored(case, storage::CURRENT_FORMAT_VERSION, Some(&path), None);
    assert!(restored.is_read_only(), "someone else holds the file");
    let error = restored.save_to(&path).unwrap_err();
    assert!(matches!(error, StorageError::Locked { .. }), "{error}");
    drop(holder);
}

/// Read-only as the system marks it: the attribute on Windows, no write bits on Unix.
#[test]
fn a_file_marked_read_only_opens_read_only_and_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_example(dir.path());
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    let before = std::fs::read(&path).unwrap();
    let (mut doc, _) = Document::open(&path).unwrap();
    assert!(doc.read_only_file && doc.is_read_only());
    add_item(&mut doc, "Mag er niet in");
    assert!(doc.save_to(&path).is_err());
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!storage::backup_path(&path).exists());
    drop(doc);
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    #[expect(clippy::permissions_set_readonly_false, reason = "the test's own file")]
    permissions.set_readonly(false);
    std::fs::set_permissions(&path, permissions).unwrap();
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_mode_and_a_read_only_file_is_not_written() {
    use std::os::unix::fs::PermissionsExt as _;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_example(dir.path());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
    let (mut doc, _) = Document::open(&path).unwrap();
    add_item(&mut doc, "Gedeelde map");
    doc.save_to(&path).unwrap();
    assert_eq!(mode(&path), 0o664);
    assert_eq!(mode(&storage::backup_path(&path)), 0o664);
    drop(doc);

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = texts_on_file(&path);
    let (mut doc, _) = Document::open(&path).unwrap();
    assert!(doc.read_only_file && doc.is_read_only());
    let error = doc.save_to(&path).unwrap_err();
    assert!(
        matches!(
            error,
            StorageError::ReadOnlyFile { .. } | StorageError::Locked { .. }
        ),
        "{error}"
    );
    assert_eq!(texts_on_file(&path), before);
    assert_eq!(mode(&path), 0o444);
}

fn export(file: &Path, args: &[&str]) -> std::process::Output {
    let args = args.iter().map(std::ffi::OsStr::new);
    common::uitzicht_in_dutch(
        [std::ffi::OsStr::new("export"), file.as_os_str()]
            .into_iter()
            .chain(args),
    )
}

#[test]
fn an_export_never_replaces_the_case_its_backup_its_lock_or_a_device() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_example(dir.path());
    storage::save(&path, &storage::load(&path).unwrap().case, 1).unwrap();
    let before = texts_on_file(&path);
    let backup = storage::backup_path(&path);
    let lock = storage::CaseLock::path_for(&path);
    std::fs::write(&lock, "(user: \"x\")").unwrap();
    let other_case = dir.path().join("ander.mdo.ron");
    // Another case's backup and lock, in the same folder.
    let other_backup = dir.path().join("ander.mdo.ron.bak");
    let other_lock = dir.path().join("ANDER.MDO.RON.LOCK");
    std::fs::write(&other_backup, "de vorige versie van een andere casus").unwrap();
    std::fs::write(&other_lock, "(user: \"collega\")").unwrap();
    let new_style_backup = dir.path().join("Ander.UITZICHT.bak");
    std::fs::write(&new_style_backup, "de vorige versie, nieuwe naam").unwrap();
    let dot = dir.path().join(".");
    let same_twice = dir.path().join("bord.pdf");
    let cases: Vec<(Vec<&Path>, &str)> = vec![
        (vec![&path], "--png"),
        (vec![&backup], "--sheet"),
        (vec![&lock], "--report"),
        (vec![&other_case], "--png"),
        (vec![&other_backup], "--report"),
        (vec![&other_lock], "--sheet"),
        (vec![&new_style_backup], "--png"),
        (vec![&dot], "--sheet"),
        #[cfg(unix)]
        (vec![Path::new("/dev/null")], "--png"),
    ];
    for (targets, flag) in cases {
        let out = export(&path, &[flag, targets[0].to_str().unwrap()]);
        assert!(!out.status.success(), "{flag} {}", targets[0].display());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("Je wijzigingen staan nog"), "{stderr}");
        assert!(!stderr.trim().is_empty());
    }
    let twice = same_twice.to_str().unwrap();
    let out = export(&path, &["--sheet", twice, "--report", twice]);
    assert!(!out.status.success());
    assert!(
        !same_twice.exists(),
        "nothing written when the run is refused"
    );
    assert_eq!(texts_on_file(&path), before);
    assert!(storage::load(&backup).is_ok());
    assert!(!other_case.exists());
    assert_eq!(
        std::fs::read_to_string(&other_backup).unwrap(),
        "de vorige versie van een andere casus"
    );
    assert_eq!(
        std::fs::read_to_string(&other_lock).unwrap(),
        "(user: \"collega\")"
    );
}

#[cfg(unix)]
#[test]
fn an_export_gets_the_mode_a_new_file_gets() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_example(dir.path());
    let out_file = dir.path().join("bord.png");
    let out = export(&path, &["--png", out_file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let probe = dir.path().join("probe");
    std::fs::File::create(&probe).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&out_file), mode(&probe));
}

#[cfg(unix)]
#[test]
fn a_device_a_pipe_or_a_folder_is_refused_as_a_case_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pijp.mdo.ron");
    let made = Command::new("mkfifo").arg(&fifo).status();
    let mut paths = vec![
        PathBuf::from("/dev/zero"),
        PathBuf::from("/dev/urandom"),
        dir.path().to_owned(),
    ];
    if made.is_ok_and(|s| s.success()) {
        paths.push(fifo);
    }
    let link = dir.path().join("link.mdo.ron");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    paths.push(link);
    for path in paths {
        let error = storage::load(&path).unwrap_err();
        assert!(
            matches!(error, StorageError::NotAFile { .. }),
            "{}: {error}",
            path.display()
        );
    }
}

#[test]
fn an_edit_made_while_a_save_runs_stays_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_example(dir.path());
    let (mut doc, _) = Document::open(&path).unwrap();
    add_item(&mut doc, "Voor het opslaan");
    let pending = doc.prepare_save(&path).unwrap();
    // The save runs beside the UI; meanwhile the chair types on.
    let writer = std::thread::spawn(move || {
        let written = pending.write(&storage::RealDisk);
        (pending, written)
    });
    add_item(&mut doc, "Tijdens het opslaan");
    let (pending, written) = writer.join().unwrap();
    doc.finish_save(pending, written).unwrap();
    assert!(doc.dirty, "the later edit is not on disk yet");
    let on_disk = texts_on_file(&path);
    assert!(on_disk.contains("Voor het opslaan") && !on_disk.contains("Tijdens het opslaan"));
    doc.save_to(&path).unwrap();
    assert!(!doc.dirty);
    assert!(texts_on_file(&path).contains("Tijdens het opslaan"));
}

/// Runs `work` on a thread and gives its result, or `None` when it is still waiting after
/// a few seconds (it blocked).
fn within_seconds<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(work());
    });
    receive.recv_timeout(std::time::Duration::from_secs(5)).ok()
}

#[cfg(unix)]
#[test]
fn a_lock_that_is_a_pipe_or_a_link_to_an_endless_device_neither_blocks_nor_fills_memory() {
    use uitzicht::storage::CaseLock;
    for trap in ["fifo", "zero"] {
        let dir = tempfile::tempdir().unwrap();
        let path = copy_of_example(dir.path());
        let (mut doc, _) = Document::open(&path).unwrap();
        let lock = CaseLock::path_for(&path);
        // Someone with write access to the shared folder replaces the lock.
        std::fs::remove_file(&lock).unwrap();
        match trap {
            "fifo" => assert!(
                Command::new("mkfifo")
                    .arg(&lock)
                    .status()
                    .unwrap()
                    .success()
            ),
            _ => std::os::unix::fs::symlink("/dev/zero", &lock).unwrap(),
        }
        add_item(&mut doc, "Niet kwijt");
        let before = std::fs::read(&path).unwrap();
        let saved = within_seconds(move || {
            let saved = doc.save_to(&path).map_err(|e| e.to_string());
            (saved, doc)
        });
        let (saved, doc) = saved.unwrap_or_else(|| panic!("Ctrl+S blocked on a {trap} lock"));
        let error = saved.unwrap_err();
        assert!(error.contains("lock"), "{trap}: {error}");
        assert!(
            doc.dirty && doc.is_read_only(),
            "{trap}: the edit is kept, read-only"
        );

        let again = dir.path().join("casus.mdo.ron");
        let opened = within_seconds(move || Document::open(&again).map(|(d, _)| d.locked_by));
        let held = opened
            .unwrap_or_else(|| panic!("opening blocked on a {trap} lock"))
            .unwrap();
        assert!(
            held.is_some_and(|h| !h.is_known()),
            "{trap}: held by no one known"
        );
        assert_eq!(
            std::fs::read(dir.path().join("casus.mdo.ron")).unwrap(),
            before
        );
    }
}

#[test]
fn a_take_over_during_a_protected_save_wins_and_the_save_says_so() {
    use uitzicht::storage::{CaseLock, SecretString};
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_example(dir.path());
    let passphrase = SecretString::from("een lange wachtwoordzin".to_owned());
    let case = storage::load(&path).unwrap().case;
    storage::save_on(
        &storage::RealDisk,
        &path,
        &case,
        storage::CURRENT_FORMAT_VERSION,
        Some(&passphrase),
    )
    .unwrap();
    let (mut a, _) = Document::open_with(&path, Some(passphrase.clone())).unwrap();
    let (mut b, _) = Document::open_with(&path, Some(passphrase)).unwrap();

    // A saves: the UI's checks pass, encrypting runs beside the UI…
    add_item(&mut a, "Van A");
    let pending = a.prepare_save(&path).unwrap();
    // …and B takes over and saves meanwhile.
    b.take_over().unwrap();
    add_item(&mut b, "Van B");
    b.save_to(&path).unwrap();

    let written = pending.write(&storage::RealDisk);
    let finished = a.finish_save(pending, written);
    assert!(
        matches!(finished, Err(StorageError::LockLost { .. })),
        "A hears it lost the file: {finished:?}"
    );
    assert!(a.dirty && a.is_read_only(), "A keeps its edit, read-only");
    let (now, _) = Document::open_with(
        &path,
        Some(SecretString::from("een lange wachtwoordzin".to_owned())),
    )
    .unwrap();
    let texts: Vec<_> = now
        .case
        .meetings
        .last()
        .unwrap()
        .board
        .items()
        .map(|i| i.text.clone())
        .collect();
    assert!(texts.contains(&"Van B".to_owned()) && !texts.contains(&"Van A".to_owned()));
    drop(now);

    // A save that is writing holds the lock: a take-over waits for it.
    let (mut c, _) = Document::open(&copy_of_example(
        tempfile::tempdir().unwrap().keep().as_path(),
    ))
    .unwrap();
    let c_path = c.path.clone().unwrap();
    let guard = c.lock.as_ref().unwrap().token().hold_for_write().unwrap();
    let taking = std::thread::spawn(move || CaseLock::take_over(&c_path).is_ok());
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(!taking.is_finished(), "the take-over waits for the save");
    drop(guard);
    assert!(taking.join().unwrap(), "and then takes over");
    add_item(&mut c, "te laat");
    assert!(c.save_to(&c.path.clone().unwrap()).is_err());
}

#[cfg(target_os = "linux")]
#[test]
fn a_lock_of_a_process_that_no_longer_runs_is_taken_over_and_said() {
    use uitzicht::storage::{CaseLock, Holder};
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_example(dir.path());
    let mut child = Command::new("true").spawn().unwrap();
    let gone = child.id();
    child.wait().unwrap();
    let mut holder = Holder::me();
    holder.process = gone;
    std::fs::write(CaseLock::path_for(&path), ron::to_string(&holder).unwrap()).unwrap();

    let (doc, _) = Document::open(&path).unwrap();
    assert!(!doc.is_read_only(), "taken over without asking");
    assert_eq!(doc.stale_lock_of.as_ref().map(|h| h.process), Some(gone));
    assert_ne!(
        std::fs::read_to_string(CaseLock::path_for(&path)).unwrap(),
        ron::to_string(&holder).unwrap()
    );

    // A lock of a process that runs is not.
    let (second, _) = Document::open(&path).unwrap();
    assert!(second.is_read_only() && second.stale_lock_of.is_none());
}

#[test]
fn what_a_killed_save_left_is_cleaned_up_on_open_and_a_save_under_way_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_example(dir.path());
    let left = dir.path().join(".uitzicht-Ab12Cd.tmp");
    let under_way = dir.path().join(".uitzicht-Ef34Gh.tmp");
    let not_ours = dir.path().join("uitzicht-notities.tmp");
    for file in [&left, &under_way, &not_ours] {
        std::fs::write(file, "(format_version: 3, case: (child: \"Daan\"))").unwrap();
    }
    let long_ago = std::time::SystemTime::now() - storage::TEMP_LEFT_AFTER * 2;
    for file in [&left, &not_ours] {
        std::fs::File::options()
            .write(true)
            .open(file)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
    }
    let _doc = Document::open(&path).unwrap();
    assert!(!left.exists(), "a killed session's temporary file is gone");
    assert!(under_way.exists(), "one of a save under way stays");
    assert!(not_ours.exists(), "a file not of our naming stays");
}

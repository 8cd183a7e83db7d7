#![allow(clippy::unwrap_used)] // In a test, a panic is a failed test, not a lost case.
//! Saving while the disk fails: every step of a save is made to fail in turn, and each time
//! the case on disk (or its backup) is a known good version and the edits are still in hand.

use std::cell::{Cell, RefCell};
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use uitzicht::document::Document;
use uitzicht::i18n::Lang;
use uitzicht::storage::{self, Disk, RealDisk, StorageError, backup_path};

/// The real disk, but the `fail_at`-th operation (counting from 0) fails the way real disks
/// do: a write stops halfway on a full disk, a flush or a rename is refused.
struct FaultyDisk {
    fail_at: usize,
    calls: Cell<usize>,
    log: RefCell<Vec<&'static str>>,
}

impl FaultyDisk {
    fn failing_at(fail_at: usize) -> Self {
        Self {
            fail_at,
            calls: Cell::new(0),
            log: RefCell::default(),
        }
    }

    /// Counts the operation; true when this is the one that must fail.
    fn fails(&self, name: &'static str) -> bool {
        let n = self.calls.get();
        self.calls.set(n + 1);
        self.log.borrow_mut().push(name);
        n == self.fail_at
    }
}

impl Disk for FaultyDisk {
    fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        if self.fails("write") {
            RealDisk.write_all(file, &bytes[..bytes.len() / 2])?;
            return Err(io::ErrorKind::StorageFull.into());
        }
        RealDisk.write_all(file, bytes)
    }

    fn sync(&self, file: &File) -> io::Result<()> {
        if self.fails("flush") {
            return Err(io::Error::other("flush failed"));
        }
        RealDisk.sync(file)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        if self.fails("rename") {
            return Err(io::ErrorKind::PermissionDenied.into());
        }
        RealDisk.rename(from, to)
    }
}

fn example() -> uitzicht::model::Case {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/voorbeeld.uitzicht");
    storage::load(&path).unwrap().case
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
}

/// A case saved twice: the file holds `second`, its backup `first`.
fn saved_twice(dir: &Path) -> (PathBuf, uitzicht::model::Case, uitzicht::model::Case) {
    let path = dir.join("casus.mdo.ron");
    let mut first = example();
    first.child = "eerste versie".to_owned();
    let mut second = example();
    second.child = "tweede versie".to_owned();
    storage::save(&path, &first, storage::CURRENT_FORMAT_VERSION).unwrap();
    storage::save(&path, &second, storage::CURRENT_FORMAT_VERSION).unwrap();
    (path, first, second)
}

/// What a save does, in order: the backup is written, flushed and renamed into place, then
/// the case itself the same way.
const SAVE_STEPS: [&str; 6] = ["write", "flush", "rename", "write", "flush", "rename"];

#[test]
fn a_save_takes_exactly_the_steps_this_test_fails() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, second) = saved_twice(dir.path());
    let disk = FaultyDisk::failing_at(usize::MAX);
    storage::save_on(&disk, &path, &second, storage::CURRENT_FORMAT_VERSION, None).unwrap();
    assert_eq!(*disk.log.borrow(), SAVE_STEPS);
}

#[test]
fn each_failing_step_leaves_a_loadable_case_no_temp_file_and_the_edits_in_hand() {
    for (step, name) in SAVE_STEPS.iter().enumerate() {
        let dir = tempfile::tempdir().unwrap();
        let (path, first, second) = saved_twice(dir.path());
        let before = files_in(dir.path());

        let mut doc = Document::open(&path).unwrap().0;
        doc.case.child = "derde versie, nog niet opgeslagen".to_owned();
        doc.dirty = true;
        let edited = doc.case.clone();

        let disk = FaultyDisk::failing_at(step);
        let error = doc.save_to_on(&disk, &path).unwrap_err();
        let context = format!("step {step} ({name})");

        assert!(
            matches!(error, StorageError::Write { .. }),
            "{context}: {error:?}"
        );
        let message = error.message(Lang::Nl.texts());
        assert!(
            message.contains("Je wijzigingen staan nog in Uitzicht"),
            "{context}: {message}"
        );

        // The file itself was never replaced: the rename of the case is the last step.
        assert_eq!(storage::load(&path).unwrap().case, second, "{context}");
        // The backup is the version before the file's, or (once its rename went through)
        // the file's own version.
        let backup = storage::load(&backup_path(&path)).unwrap().case;
        let expected_backup = if step < 3 { &first } else { &second };
        assert_eq!(&backup, expected_backup, "{context}");

        // Nothing half-written is left beside the case (the lock is the app's own).
        let mut after = files_in(dir.path());
        after.retain(|p| !p.to_string_lossy().ends_with(".lock"));
        assert_eq!(after, before, "{context}");

        assert!(doc.dirty, "{context}: still marked as unsaved");
        assert_eq!(doc.case, edited, "{context}: the edits are still there");

        // And once the disk behaves again, the same document saves.
        doc.save_to(&path).unwrap();
        assert_eq!(storage::load(&path).unwrap().case, edited, "{context}");
        assert_eq!(
            storage::load(&backup_path(&path)).unwrap().case,
            second,
            "{context}"
        );
    }
}

#[test]
fn the_first_save_of_a_new_case_fails_without_leaving_anything() {
    for step in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nieuw.mdo.ron");
        let mut doc = Document::new_case(jiff::civil::date(2026, 11, 30));
        doc.case.child = "nieuw".to_owned();
        doc.dirty = true;
        let disk = FaultyDisk::failing_at(step);
        doc.save_to_on(&disk, &path).unwrap_err();
        let after = files_in(dir.path());
        assert!(after.is_empty(), "step {step}: {after:?}");
        assert!(doc.dirty && doc.path.is_none(), "step {step}");
    }
}

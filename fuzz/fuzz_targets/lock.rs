//! Any bytes as a case's lock file (a shared folder: anyone may write it): taking, checking,
//! taking over and letting go of the lock give an answer, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use uitzicht::storage::{CaseLock, LockError};

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let case = dir.path().join("casus.mdo.ron");
    if std::fs::write(CaseLock::path_for(&case), data).is_err() {
        return;
    }
    match CaseLock::acquire(&case) {
        Err(LockError::Held(holder)) => {
            let _ = (holder.is_known(), holder.is_stale());
        }
        other => panic!("a lock file that is there is held: {other:?}"),
    }
    let lock = CaseLock::take_over(&case).expect("a lock in our own folder can be taken over");
    assert_eq!(lock.taken_by(), None);
    let guard = lock.token().hold_for_write().expect("the lock is ours");
    drop(guard);
    drop(lock);
    assert!(!CaseLock::path_for(&case).exists());
});

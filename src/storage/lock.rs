//! Lock files: an open case holds `NAME.lock` beside it, naming who has it open, so that a
//! colleague opening the same file from a share gets it read-only instead of two people
//! overwriting each other.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use web_time::Instant;

use serde::{Deserialize, Serialize};

use crate::platform::process::{self, Process};

/// Who holds a case open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub user: String,
    pub machine: String,
    pub process: u32,
    /// When the case was opened, as an RFC 3339 time.
    pub since: String,
    /// Where `process` is a number this machine can look up ([`process::pid_scope`]);
    /// `None` in a lock of an older version, which is then never taken for stale.
    #[serde(default)]
    pub pid_scope: Option<String>,
}

impl Holder {
    /// This process, now.
    pub fn me() -> Self {
        Self {
            user: process::user_name(),
            machine: process::machine_name(),
            process: std::process::id(),
            since: jiff::Timestamp::now().to_string(),
            pid_scope: process::pid_scope(),
        }
    }

    /// Someone whose lock file cannot be read.
    pub fn unknown() -> Self {
        Self {
            user: "?".to_owned(),
            machine: "?".to_owned(),
            process: 0,
            since: "?".to_owned(),
            pid_scope: None,
        }
    }

    /// A lock that names no one: removed, emptied or garbled by someone or something else.
    pub fn is_known(&self) -> bool {
        !(self.user == "?" && self.machine == "?" && self.process == 0)
    }

    /// A lock left by a process that provably no longer runs: its number belongs to this
    /// running system (the same boot and set of process numbers, not merely the same
    /// machine name, which a container or a cloned laptop shares), and no process has it,
    /// or the one that has it started after the lock was taken (the number was given out
    /// again). Safe to take over; anything less is asked.
    pub fn is_stale(&self) -> bool {
        let me = Self::me();
        if !self.is_known()
            || self.machine != me.machine
            || self.pid_scope.is_none()
            || self.pid_scope != me.pid_scope
        {
            return false;
        }
        match process::process(self.process) {
            Process::Gone => true,
            Process::StartedAt(started) => self
                .since
                .parse::<jiff::Timestamp>()
                // A second of slack: Linux counts start times in clock ticks.
                .is_ok_and(|since| started > since + jiff::SignedDuration::from_secs(1)),
            Process::Unknown => false,
        }
    }
}

/// Why a lock was not taken.
#[derive(Debug)]
pub enum LockError {
    /// Someone else holds the case; open it read-only, or take over a stale lock.
    Held(Holder),
    Io(std::io::Error),
}

/// A held lock; dropping it removes the lock file.
#[derive(Debug)]
pub struct CaseLock {
    path: PathBuf,
    /// What this lock wrote: a lock taken over by someone else is theirs to remove.
    written: String,
    /// Looks every few seconds whether someone took the lock over.
    watch: Option<Watch>,
}

/// How often a held lock is looked at, so that a session that lost it knows within seconds.
const WATCH_EVERY: Duration = Duration::from_secs(2);

/// A thread that looks at the lock file; it ends when the lock goes.
#[derive(Debug)]
struct Watch {
    state: Arc<WatchState>,
}

#[derive(Debug, Default)]
struct WatchState {
    stop: AtomicBool,
    /// Who holds the lock now, once it is no longer ours.
    lost_to: Mutex<Option<Holder>>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.state.stop.store(true, Ordering::Relaxed);
    }
}

impl CaseLock {
    pub fn path_for(case_file: &Path) -> PathBuf {
        let mut name = case_file.file_name().unwrap_or_default().to_os_string();
        name.push(".lock");
        case_file.with_file_name(name)
    }

    /// Takes the lock on `case_file`, unless someone else holds it.
    pub fn acquire(case_file: &Path) -> Result<Self, LockError> {
        let path = Self::path_for(case_file);
        let created = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path);
        match created {
            Ok(mut file) => {
                let text = ron::to_string(&Holder::me())
                    .map_err(|e| LockError::Io(std::io::Error::other(e)))?;
                file.write_all(text.as_bytes()).map_err(LockError::Io)?;
                file.sync_all().map_err(LockError::Io)?;
                Ok(Self {
                    path,
                    written: text,
                    watch: None,
                })
            }
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                let holder = read_lock_text(&path)
                    .ok()
                    .and_then(|text| ron::from_str::<Holder>(&text).ok())
                    // A lock we cannot read is still a lock: someone made it.
                    .unwrap_or_else(Holder::unknown);
                Err(LockError::Held(holder))
            }
            Err(error) => Err(LockError::Io(error)),
        }
    }

    /// What a save on another thread needs to check, right before it writes, that this
    /// lock is still ours.
    pub fn token(&self) -> LockToken {
        LockToken {
            path: self.path.clone(),
            written: self.written.clone(),
        }
    }

    /// Who holds the lock now, if it is no longer this one: someone took it over, or
    /// removed it. Reads the small lock file.
    pub fn taken_by(&self) -> Option<Holder> {
        taken_by(&self.path, &self.written)
    }

    /// Starts looking at the lock every few seconds on a thread of its own; `wake` is called
    /// once when the lock turns out to be someone else's. Does nothing if already watching.
    pub fn watch(&mut self, wake: impl Fn() + Send + 'static) {
        if self.watch.is_some() {
            return;
        }
        let state = Arc::new(WatchState::default());
        let (path, written) = (self.path.clone(), self.written.clone());
        let shared = Arc::clone(&state);
        let spawned = std::thread::Builder::new()
            .name("uitzicht-lock".to_owned())
            .spawn(move || {
                while !shared.stop.load(Ordering::Relaxed) {
                    std::thread::sleep(WATCH_EVERY);
                    if shared.stop.load(Ordering::Relaxed) {
                        break;
                    }
                    if let Some(holder) = taken_by(&path, &written) {
                        if let Ok(mut lost) = shared.lost_to.lock() {
                            *lost = Some(holder);
                        }
                        wake();
                        break;
                    }
                }
            });
        // Without a thread the lock is still checked before every save.
        if spawned.is_ok() {
            self.watch = Some(Watch { state });
        }
    }

    /// Who took the lock over, as the watching thread last saw; `None` while it is ours.
    pub fn lost_to(&self) -> Option<Holder> {
        let watch = self.watch.as_ref()?;
        watch.state.lost_to.lock().ok()?.clone()
    }

    /// Takes over a lock that someone else left, after the user agreed. A save of theirs
    /// that is writing at this moment is waited for (a few seconds at most), so that it
    /// either lands before the take-over or finds the lock gone and writes nothing.
    // In a web page a file is no handle to let go of; the drop below matters on the desktop.
    #[cfg_attr(target_arch = "wasm32", expect(clippy::drop_non_drop))]
    pub fn take_over(case_file: &Path) -> Result<Self, LockError> {
        let path = Self::path_for(case_file);
        // Held while their lock is removed: a save of theirs is either done or, once it
        // holds the old file, finds by name that the lock is no longer theirs.
        let their_save = match super::open_regular(&path, super::Links::Refuse) {
            Ok(file) => Some(hold(file, SAVE_WAIT).map_err(LockError::Io)?),
            // Not there (nothing to wait for), or not a lock file at all (a pipe or a
            // link put there): it is removed, never opened.
            Err(_) => None,
        };
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(LockError::Io(error)),
        }
        // Let go before the new lock is made: Windows may keep a removed file's name
        // while a handle to it is open.
        drop(their_save);
        Self::acquire(case_file)
    }
}

/// How long a take-over waits for a save in flight, and a save for a take-over.
const SAVE_WAIT: Duration = Duration::from_secs(10);

/// At most this much of a lock file is read: a real one is about a hundred bytes.
const MAX_LOCK_BYTES: u64 = 4096;

/// The text of the lock file at `path`: a regular file (not a link, pipe or device, which
/// could block or never end), opened without waiting, and no more than a few KB of it.
/// Who holds `case_file` open now, by its lock file, without taking or changing anything;
/// `None` when no one does (or the lock was left by a process that no longer runs).
pub fn holder_of(case_file: &Path) -> Option<Holder> {
    let text = match read_lock_text(&CaseLock::path_for(case_file)) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return None,
        other => other,
    };
    let holder = text
        .ok()
        .and_then(|text| ron::from_str::<Holder>(&text).ok())
        .unwrap_or_else(Holder::unknown);
    (!holder.is_stale()).then_some(holder)
}

fn read_lock_text(path: &Path) -> std::io::Result<String> {
    let file = super::open_regular(path, super::Links::Refuse)?;
    let mut text = String::new();
    file.take(MAX_LOCK_BYTES).read_to_string(&mut text)?;
    Ok(text)
}

/// Holds the system's lock on `file` (the lock file), trying again until `wait` has passed:
/// a save holds it while it writes, a take-over while it replaces the lock.
fn hold(file: std::fs::File, wait: Duration) -> std::io::Result<std::fs::File> {
    let deadline = Instant::now() + wait;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                crate::platform::work::pause(Duration::from_millis(20));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(std::io::ErrorKind::ResourceBusy.into());
            }
            Err(std::fs::TryLockError::Error(error)) => return Err(error),
        }
    }
}

/// A lock as a save on another thread sees it: where it is and what this session wrote.
#[derive(Clone, Debug)]
pub struct LockToken {
    path: PathBuf,
    written: String,
}

/// Held while a save writes the case: a take-over waits until it is dropped.
#[derive(Debug)]
pub struct WriteGuard {
    _held: Option<std::fs::File>,
}

impl LockToken {
    /// Makes sure the lock is still this session's and keeps it so until the guard drops;
    /// otherwise says who has it now.
    pub fn hold_for_write(&self) -> Result<WriteGuard, Holder> {
        let held = match super::open_regular(&self.path, super::Links::Refuse) {
            // Where the system has no such locks (some network shares), the check below
            // still stands; only the wait for a take-over is lost.
            Ok(file) => hold(file, SAVE_WAIT).ok(),
            Err(_) => None,
        };
        // Read by name after the hold: a take-over that finished meanwhile replaced the file.
        match taken_by(&self.path, &self.written) {
            Some(holder) => Err(holder),
            None => Ok(WriteGuard { _held: held }),
        }
    }
}

/// Who holds the lock file at `path`, unless it still holds what this session `written`.
fn taken_by(path: &Path, written: &str) -> Option<Holder> {
    match read_lock_text(path) {
        Ok(text) if text == written => None,
        Ok(text) => Some(ron::from_str::<Holder>(&text).unwrap_or_else(|_| Holder::unknown())),
        // Held for a moment by a save (Windows locks what a save holds): still ours.
        Err(error) if super::is_busy(&error) => None,
        Err(_) => Some(Holder::unknown()),
    }
}

impl Drop for CaseLock {
    fn drop(&mut self) {
        if read_lock_text(&self.path).is_ok_and(|text| text == self.written) {
            // Failing here leaves a lock the next user can take over.
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_opener_sees_who_holds_the_case_and_can_take_over() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("casus.mdo.ron");
        let first = CaseLock::acquire(&file).unwrap();
        match CaseLock::acquire(&file) {
            Err(LockError::Held(holder)) => {
                assert_eq!(holder.process, std::process::id());
                assert!(!holder.is_stale(), "this process still runs");
            }
            other => panic!("expected the lock to be held, got {other:?}"),
        }
        let second = CaseLock::take_over(&file).unwrap();
        drop(first);
        assert!(
            CaseLock::path_for(&file).exists(),
            "the taken-over lock is not the first's to remove"
        );
        drop(second);
        assert!(!CaseLock::path_for(&file).exists());
    }

    #[test]
    fn a_lock_taken_over_is_noticed_by_its_first_holder() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("casus.mdo.ron");
        let mut first = CaseLock::acquire(&file).unwrap();
        assert_eq!(first.taken_by(), None);
        let woken = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&woken);
        first.watch(move || flag.store(true, Ordering::Relaxed));
        let second = CaseLock::take_over(&file).unwrap();
        assert!(first.taken_by().is_some());
        let deadline = std::time::Instant::now() + WATCH_EVERY * 3;
        while first.lost_to().is_none() && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        assert!(first.lost_to().is_some(), "the watch saw the take-over");
        assert!(woken.load(Ordering::Relaxed));
        drop(first);
        assert_eq!(second.taken_by(), None, "the second keeps its lock");
    }

    #[test]
    fn dropping_the_lock_frees_the_case() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("casus.mdo.ron");
        let lock = CaseLock::acquire(&file).unwrap();
        assert!(CaseLock::path_for(&file).exists());
        drop(lock);
        assert!(!CaseLock::path_for(&file).exists());
        assert!(CaseLock::acquire(&file).is_ok());
    }

    #[test]
    fn a_lock_of_a_process_that_is_gone_is_stale() {
        let mut holder = Holder::me();
        holder.process = u32::MAX - 1;
        assert!(holder.is_stale() || !cfg!(any(target_os = "linux", windows)));
        holder.machine = "another-machine".to_owned();
        assert!(!holder.is_stale());
    }

    #[test]
    fn a_lock_from_another_set_of_process_numbers_is_asked_about_not_taken() {
        // The same machine name, a number no process here has: but the number is another
        // system's (a container, a sandbox, a cloned laptop), or of a version that did not
        // say whose. Nothing proves it gone.
        let mut holder = Holder::me();
        holder.process = u32::MAX - 1;
        holder.pid_scope = Some("another-boot/pid:[4026532999]".to_owned());
        assert!(!holder.is_stale());
        holder.pid_scope = None;
        assert!(!holder.is_stale());
        let old: Holder = ron::from_str(
            r#"(user: "ilse", machine: "laptop", process: 12, since: "2026-12-01T10:00:00Z")"#,
        )
        .unwrap();
        assert_eq!(old.pid_scope, None);
        assert!(!old.is_stale());
    }
}

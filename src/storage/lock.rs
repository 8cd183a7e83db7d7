//! Lock files: an open case holds `NAME.lock` beside it, naming who has it open, so that a
//! colleague opening the same file from a share gets it read-only instead of two people
//! overwriting each other.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Who holds a case open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub user: String,
    pub machine: String,
    pub process: u32,
    /// When the case was opened, as an RFC 3339 time.
    pub since: String,
}

impl Holder {
    /// This process, now.
    pub fn me() -> Self {
        let env = |keys: &[&str]| {
            keys.iter()
                .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
                .unwrap_or_else(|| "?".to_owned())
        };
        let machine = std::fs::read_to_string("/etc/hostname")
            .map(|s| s.trim().to_owned())
            .ok()
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| env(&["COMPUTERNAME", "HOSTNAME"]));
        Self {
            user: env(&["USER", "USERNAME"]),
            machine,
            process: std::process::id(),
            since: jiff::Timestamp::now().to_string(),
        }
    }

    /// A lock left by a process of this machine that no longer runs: safe to take over.
    pub fn is_stale(&self) -> bool {
        let here = Self::me();
        if self.machine != here.machine {
            return false;
        }
        #[cfg(target_os = "linux")]
        {
            !Path::new(&format!("/proc/{}", self.process)).exists()
        }
        #[cfg(not(target_os = "linux"))]
        {
            false
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
                })
            }
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                let holder = std::fs::read_to_string(&path)
                    .ok()
                    .and_then(|text| ron::from_str::<Holder>(&text).ok())
                    // A lock we cannot read is still a lock: someone made it.
                    .unwrap_or_else(|| Holder {
                        user: "?".to_owned(),
                        machine: "?".to_owned(),
                        process: 0,
                        since: "?".to_owned(),
                    });
                Err(LockError::Held(holder))
            }
            Err(error) => Err(LockError::Io(error)),
        }
    }

    /// Takes over a lock that someone else left, after the user agreed.
    pub fn take_over(case_file: &Path) -> Result<Self, LockError> {
        match std::fs::remove_file(Self::path_for(case_file)) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(LockError::Io(error)),
        }
        Self::acquire(case_file)
    }
}

impl Drop for CaseLock {
    fn drop(&mut self) {
        if std::fs::read_to_string(&self.path).is_ok_and(|text| text == self.written) {
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
        assert!(holder.is_stale() || !cfg!(target_os = "linux"));
        holder.machine = "another-machine".to_owned();
        assert!(!holder.is_stale());
    }
}

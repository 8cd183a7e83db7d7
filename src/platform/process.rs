//! Who and where this process is, and whether another process of this machine still runs:
//! what a lock file records, and how a lock left by a crashed session is recognised.

/// The machine's name, as colleagues see it in "in use by … on …".
pub fn machine_name() -> String {
    #[cfg(unix)]
    if let Some(name) = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
    {
        return name;
    }
    from_env(&["COMPUTERNAME", "HOSTNAME"]).unwrap_or_else(|| "?".to_owned())
}

/// The name of the account this process runs as.
pub fn user_name() -> String {
    from_env(&["USER", "LOGNAME", "USERNAME"])
        .or_else(account_name)
        .unwrap_or_else(|| "?".to_owned())
}

fn from_env(keys: &[&str]) -> Option<String> {
    keys.iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
}

/// The name of the account this process runs as, from the system's list of accounts, for
/// when the environment does not say (a service, a cron job, `env -i`).
fn account_name() -> Option<String> {
    #[cfg(target_os = "linux")]
    {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let uid = status
            .lines()
            .find_map(|line| line.strip_prefix("Uid:"))?
            .split_whitespace()
            .next()?
            .to_owned();
        let accounts = std::fs::read_to_string("/etc/passwd").ok()?;
        accounts.lines().find_map(|line| {
            let mut fields = line.split(':');
            let name = fields.next()?;
            (fields.nth(1)? == uid).then(|| name.to_owned())
        })
    }
    #[cfg(not(target_os = "linux"))]
    {
        None
    }
}

/// Where this process's number means what it says: the running system (this boot of this
/// machine) and the set of process numbers it belongs to. Two processes with the same
/// scope can tell by number whether the other still runs; a sandboxed app, a container or
/// a cloned laptop with the same machine name has another scope, or none that can be told.
/// `None` where the system does not say.
pub fn pid_scope() -> Option<String> {
    // It does not change while the process runs, and a lock's banner asks every frame.
    static SCOPE: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    SCOPE.get_or_init(read_pid_scope).clone()
}

fn read_pid_scope() -> Option<String> {
    #[cfg(target_os = "linux")]
    {
        let boot = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
        let namespace = std::fs::read_link("/proc/self/ns/pid").ok()?;
        Some(format!("{}/{}", boot.trim(), namespace.display()))
    }
    #[cfg(windows)]
    {
        // Windows gives every process of the machine its own number, and no two machines
        // of one network the same name.
        Some(format!("windows/{}", machine_name()))
    }
    #[cfg(not(any(target_os = "linux", windows)))]
    {
        None
    }
}

/// What this machine can tell of a process by its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Process {
    /// No process has this number.
    Gone,
    /// A process with this number runs, started then (it may be a later one that was given
    /// the number again).
    StartedAt(jiff::Timestamp),
    /// The system does not say.
    Unknown,
}

/// Whether process `pid` of this machine runs, and since when.
pub fn process(pid: u32) -> Process {
    #[cfg(target_os = "linux")]
    {
        match linux_started(pid) {
            Some(started) => Process::StartedAt(started),
            None if std::path::Path::new("/proc/self").exists()
                && !std::path::Path::new(&format!("/proc/{pid}")).exists() =>
            {
                Process::Gone
            }
            None => Process::Unknown,
        }
    }
    #[cfg(windows)]
    {
        windows::process(pid)
    }
    #[cfg(not(any(target_os = "linux", windows)))]
    {
        let _ = pid;
        Process::Unknown
    }
}

/// When process `pid` started, from `/proc` (its start in clock ticks after boot, and the
/// boot time); `None` when there is no such process or no `/proc`.
#[cfg(target_os = "linux")]
fn linux_started(pid: u32) -> Option<jiff::Timestamp> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name in parentheses may hold spaces; the fields after it do not.
    let after_name = &stat[stat.rfind(')')? + 1..];
    let ticks: i64 = after_name.split_whitespace().nth(19)?.parse().ok()?;
    let boot: i64 = std::fs::read_to_string("/proc/stat")
        .ok()?
        .lines()
        .find_map(|line| line.strip_prefix("btime "))?
        .trim()
        .parse()
        .ok()?;
    // Linux counts start times in USER_HZ, which is 100 on every architecture it runs on.
    let millis = boot
        .checked_mul(1000)?
        .checked_add(ticks.checked_mul(10)?)?;
    jiff::Timestamp::from_millisecond(millis).ok()
}

#[cfg(windows)]
mod windows {
    use super::Process;

    type Handle = *mut core::ffi::c_void;

    #[repr(C)]
    #[derive(Default)]
    struct FileTime {
        low: u32,
        high: u32,
    }

    #[expect(
        unsafe_code,
        reason = "the system's own calls, declared as their documentation gives them"
    )]
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn OpenProcess(access: u32, inherit: i32, pid: u32) -> Handle;
        fn GetProcessTimes(
            process: Handle,
            creation: *mut FileTime,
            exit: *mut FileTime,
            kernel: *mut FileTime,
            user: *mut FileTime,
        ) -> i32;
        fn GetExitCodeProcess(process: Handle, code: *mut u32) -> i32;
        fn CloseHandle(handle: Handle) -> i32;
        fn GetLastError() -> u32;
    }

    const PROCESS_QUERY_LIMITED_INFORMATION: u32 = 0x1000;
    const ERROR_INVALID_PARAMETER: u32 = 87;
    const STILL_ACTIVE: u32 = 259;
    /// 100-ns steps from 1601-01-01 (Windows' epoch) to 1970-01-01.
    const UNIX_EPOCH_IN_FILETIME: i64 = 116_444_736_000_000_000;

    #[expect(
        unsafe_code,
        reason = "the system's own calls; each handle opened here is closed here"
    )]
    pub fn process(pid: u32) -> Process {
        // SAFETY: plain calls with a valid handle or none; out-pointers point to locals.
        unsafe {
            let handle = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid);
            if handle.is_null() {
                return if GetLastError() == ERROR_INVALID_PARAMETER {
                    Process::Gone
                } else {
                    Process::Unknown
                };
            }
            let mut code = 0;
            let mut times = [
                FileTime::default(),
                FileTime::default(),
                FileTime::default(),
                FileTime::default(),
            ];
            let [creation, exit, kernel, user] = &mut times;
            let running = GetExitCodeProcess(handle, &mut code) != 0 && code == STILL_ACTIVE;
            let timed = GetProcessTimes(handle, creation, exit, kernel, user) != 0;
            CloseHandle(handle);
            if !running {
                // Ended, though someone still holds it open: its number is free.
                return Process::Gone;
            }
            if !timed {
                return Process::Unknown;
            }
            let ticks = (i64::from(creation.high) << 32) | i64::from(creation.low);
            jiff::Timestamp::from_microsecond((ticks - UNIX_EPOCH_IN_FILETIME) / 10)
                .map_or(Process::Unknown, Process::StartedAt)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_runs_and_started_before_now() {
        let said = process(std::process::id());
        let knows = cfg!(any(target_os = "linux", windows));
        match said {
            Process::StartedAt(started) => assert!(started <= jiff::Timestamp::now()),
            Process::Unknown => assert!(!knows, "this system tells when a process started"),
            Process::Gone => panic!("this process is said to be gone"),
        }
    }

    #[test]
    fn a_number_no_process_has_is_gone() {
        let said = process(u32::MAX - 1);
        assert!(said == Process::Gone || !cfg!(any(target_os = "linux", windows)));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_account_is_named_even_without_user_in_the_environment() {
        let name = account_name().expect("this process runs as an account");
        assert!(!name.is_empty() && name != "?");
    }
}

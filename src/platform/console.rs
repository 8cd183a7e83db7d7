//! The terminal of a command. On Windows the app is a window program, so no console opens
//! behind its window; `uitzicht check` or `export` typed in a terminal then attaches to that
//! terminal so what it prints is seen there.

/// Attaches to the terminal the app was started from, if any; elsewhere nothing to do.
pub fn attach_to_parent() {
    #[cfg(windows)]
    windows::attach_to_parent();
}

#[cfg(windows)]
mod windows {
    #[expect(
        unsafe_code,
        reason = "the system's own call, declared as its documentation gives it"
    )]
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn AttachConsole(process: u32) -> i32;
    }

    /// `ATTACH_PARENT_PROCESS`: the console of the process that started this one.
    const PARENT: u32 = u32::MAX;

    #[expect(unsafe_code, reason = "one call of the system's, with no pointers")]
    pub fn attach_to_parent() {
        // SAFETY: takes a number and returns whether it attached; started from Explorer
        // there is no console and it fails, which is fine. Handles already given to the
        // process (redirected output, a pipe) stay as they are.
        unsafe {
            AttachConsole(PARENT);
        }
    }
}

//! Memory the app has freed, given back to the system where the allocator would keep it.

/// Reading a large case leaves the file's text and the parser's scratch freed but held by
/// glibc's allocator inside the process; on Linux with glibc they go back to the system
/// here. Elsewhere the allocator decides.
pub fn give_back_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[expect(unsafe_code, reason = "one call of the C library's, with no pointers")]
    // SAFETY: malloc_trim takes a plain size and touches only the allocator's own state.
    unsafe {
        libc::malloc_trim(0);
    }
}

//! Work that runs beside the UI (a passphrase's key derivation, a protected save): on the
//! desktop in its own thread, so the window keeps drawing. A page has no threads (std's
//! panic there): the work runs at once and its result waits to be picked up, so the app
//! asks the same way on both.

/// One piece of work and, once done, its result.
pub struct Work<T> {
    #[cfg(not(target_arch = "wasm32"))]
    thread: std::thread::JoinHandle<T>,
    #[cfg(target_arch = "wasm32")]
    done: T,
}

/// Why the work gave no result: it panicked (a bug), and nothing it did counts.
#[derive(Debug)]
pub struct Interrupted;

impl<T: Send + 'static> Work<T> {
    /// Starts `job`.
    pub fn start(job: impl FnOnce() -> T + Send + 'static) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        {
            Self {
                thread: std::thread::spawn(job),
            }
        }
        #[cfg(target_arch = "wasm32")]
        {
            Self { done: job() }
        }
    }
}

impl<T> Work<T> {
    pub fn is_finished(&self) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.thread.is_finished()
        }
        #[cfg(target_arch = "wasm32")]
        {
            true
        }
    }

    /// Waits for the result.
    pub fn join(self) -> Result<T, Interrupted> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.thread.join().map_err(|_| Interrupted)
        }
        #[cfg(target_arch = "wasm32")]
        {
            Ok(self.done)
        }
    }
}

/// A pause before trying again (a file a virus scanner holds for a moment). A page never
/// waits: it has nothing to wait for, and std's sleep panics there.
pub fn pause(duration: std::time::Duration) {
    #[cfg(not(target_arch = "wasm32"))]
    std::thread::sleep(duration);
    #[cfg(target_arch = "wasm32")]
    let _ = duration;
}

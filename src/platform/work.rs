//! Work that runs beside the UI (a passphrase's key derivation, a protected save): on the
//! desktop in its own thread, so the window keeps drawing. A page has no threads (std's
//! panic there): the work waits one look, so that a frame saying "busy" is drawn first, and
//! then runs in the page; the app asks the same way on both.

/// One piece of work and, once done, its result.
pub struct Work<T> {
    #[cfg(not(target_arch = "wasm32"))]
    thread: std::thread::JoinHandle<T>,
    #[cfg(target_arch = "wasm32")]
    state: std::cell::RefCell<InPage<T>>,
}

#[cfg(target_arch = "wasm32")]
enum InPage<T> {
    /// Not looked at yet: the frame that shows the work as busy comes first.
    Waiting(Box<dyn FnOnce() -> T>),
    Asked(Box<dyn FnOnce() -> T>),
    Running,
    Done(T),
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
            Self {
                state: std::cell::RefCell::new(InPage::Waiting(Box::new(job))),
            }
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
            let mut state = self.state.borrow_mut();
            match std::mem::replace(&mut *state, InPage::Running) {
                InPage::Waiting(job) => {
                    *state = InPage::Asked(job);
                    false
                }
                InPage::Asked(job) => {
                    *state = InPage::Done(job());
                    true
                }
                done => {
                    *state = done;
                    true
                }
            }
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
            match self.state.into_inner() {
                InPage::Waiting(job) | InPage::Asked(job) => Ok(job()),
                InPage::Done(done) => Ok(done),
                InPage::Running => Err(Interrupted),
            }
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

//! How the system tells a running app that the user's session ends.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once the system asks the app to end (logout, shutdown, `kill`): the app then writes
/// its recovery copy and lets go of its lock before it closes.
#[derive(Clone, Debug, Default)]
pub struct SessionEnd(Arc<AtomicBool>);

impl SessionEnd {
    /// Listens for the system's request to end, calling `wake` when it comes so the app
    /// looks at once. Where the system has no such request, it never comes.
    pub fn listen(wake: impl Fn() + Send + 'static) -> Self {
        let end = Self::default();
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGTERM};
            if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) {
                let flag = Arc::clone(&end.0);
                let spawned = std::thread::Builder::new()
                    .name("uitzicht-signals".to_owned())
                    .spawn(move || {
                        if signals.forever().next().is_some() {
                            flag.store(true, Ordering::SeqCst);
                            wake();
                        }
                        // A second request while the first is handled: the app is ending
                        // already; the lock and the copy are seen to, or never will be.
                        if signals.forever().next().is_some() {
                            std::process::exit(1);
                        }
                    });
                // Without the thread the system's default stands: the app just ends.
                drop(spawned);
            }
        }
        #[cfg(not(unix))]
        let _ = wake;
        end
    }

    /// The system asked the app to end.
    pub fn asked(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

//! The chair's window through its life: how it started, the title it shows, the system's
//! file pickers, and when it may close.

use crate::platform::SessionEnd;
use crate::platform::startup::StartupReport;
use crate::ui::FileDialogs;

/// What the app keeps of its window, apart from the case shown in it.
pub(super) struct AppWindow {
    /// Start-up time and memory, read out when the environment asks.
    pub(super) startup: StartupReport,
    /// The system's file pickers; tests pass ones that never open.
    pub(super) pickers: Box<dyn FileDialogs>,
    /// The window may close now: unsaved work was saved, kept or let go.
    pub(super) allow_close: bool,
    /// The title the window was last given, so it is sent only when it changes.
    pub(super) shown_title: String,
    /// The system asks the app to end (logout, shutdown).
    pub(super) session_end: SessionEnd,
}

impl AppWindow {
    pub(super) fn new(pickers: Box<dyn FileDialogs>) -> Self {
        Self {
            startup: StartupReport::default(),
            pickers,
            allow_close: false,
            shown_title: String::new(),
            session_end: SessionEnd::default(),
        }
    }

    /// The system's end was asked for and nothing has let the window go yet.
    pub(super) fn ending(&self) -> bool {
        self.session_end.asked() && !self.allow_close
    }
}

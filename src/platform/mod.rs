//! Everything that differs per operating system, in one place: the rest of the app asks
//! these modules and holds no `cfg` of its own for the system it runs on. Linux and the
//! other Unixes, Windows, and the browser (`wasm32`) each answer the same questions here.

pub mod console;
pub mod dialogs;
pub mod files;
pub mod page;
#[cfg(target_arch = "wasm32")]
pub mod page_a11y;
pub mod process;
pub mod session;
pub mod startup;
pub mod window;
pub mod work;
pub mod zone;

pub use session::SessionEnd;
pub use window::window_failure;

//! The page's second program: it makes the documents a page prints or exports (PDF, PNG,
//! Word) from the [`Job`](uitzicht::export::Job) the app hands it as text. The page loads it
//! on the first such request (`src/platform/page_documents.js`), so that a visit that prints
//! nothing downloads none of it. The desktop app makes its documents itself.

/// The document `job` asks for, or why not in the job's language (a string the page's
/// script receives as the thrown value).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn make(job: &str) -> Result<Vec<u8>, String> {
    uitzicht::export::Job::from_text(job)?.make()
}

/// Nothing runs when the program loads: it waits to be asked.
fn main() {}

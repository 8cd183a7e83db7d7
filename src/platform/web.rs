//! The app in a web page: eframe draws on the page's canvas `uitzicht` (see
//! packaging/web/index.html), and the page's note "loading" goes once it runs.

use wasm_bindgen::JsCast as _;

/// Starts the app on the page; called by the program's `main` in a browser.
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(canvas) = document
            .get_element_by_id("uitzicht")
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        // What pages left in this browser is read before the app starts, which offers it.
        super::page::browser::read_kept_copies().await;
        let started = eframe::WebRunner::new()
            .start(
                canvas,
                eframe::WebOptions::default(),
                Box::new(|cc| Ok(Box::new(crate::UitzichtApp::new(cc, None)))),
            )
            .await;
        if let Some(note) = document.get_element_by_id("laden") {
            match started {
                Ok(()) => note.remove(),
                Err(error) => {
                    let reason = error.as_string().unwrap_or_else(|| format!("{error:?}"));
                    let t = crate::i18n::Lang::Nl.texts();
                    note.set_text_content(Some(&super::window_failure(&reason, t)));
                }
            }
        }
    });
}

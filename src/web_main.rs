//! The page's start, as `main.rs` is the desktop's: eframe draws on the page's canvas
//! `uitzicht` (see packaging/web/index.html), and the page's note "loading" goes once the
//! app runs.

use wasm_bindgen::JsCast as _;

/// Starts the app on the page; called by the program's `main` in a browser.
pub fn start() {
    keep_f5_for_presenting();
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
        uitzicht::platform::page::read_kept_copies().await;
        let started = eframe::WebRunner::new()
            .start(
                canvas,
                eframe::WebOptions::default(),
                Box::new(|cc| {
                    uitzicht::platform::page_a11y::AriaMirror::install(&cc.egui_ctx);
                    Ok(Box::new(uitzicht::app::UitzichtApp::new(cc, None)))
                }),
            )
            .await;
        if let Some(note) = document.get_element_by_id("laden") {
            match started {
                Ok(()) => note.remove(),
                Err(error) => {
                    let reason = error.as_string().unwrap_or_else(|| format!("{error:?}"));
                    let t = uitzicht::i18n::Lang::Nl.texts();
                    note.set_text_content(Some(&uitzicht::platform::window_failure(&reason, t)));
                }
            }
        }
    });
}

/// F5 presents and Shift+F5 opens the projector's view, as on the desktop (and in slide
/// programs in a browser), instead of reloading the page; the browser's own button or Ctrl+R
/// still reloads.
fn keep_f5_for_presenting() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let keep = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(
        |event: web_sys::KeyboardEvent| {
            // Shift+F5 opens the projector's view, as on the desktop.
            let plain = !(event.ctrl_key() || event.alt_key() || event.meta_key());
            if event.key() == "F5" && plain {
                event.prevent_default();
            }
        },
    );
    let _ = window.add_event_listener_with_callback_and_bool(
        "keydown",
        keep.as_ref().unchecked_ref(),
        true,
    );
    // The page keeps listening as long as it lives.
    keep.forget();
}

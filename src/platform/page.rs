//! Files in a web page: a browser gives the app no paths. A file comes in by the browser's
//! own picker (or a drop) as a name and bytes, some moments later; it goes out as a
//! download with a name. On the desktop files have paths, and none of this is used.

/// Whether files are named by paths here (the desktop), or come and go through the page.
pub const HAS_PATHS: bool = cfg!(not(target_arch = "wasm32"));

/// What a picked file is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    Case,
    Preparation,
    /// A case file of the caseload: number `done` of `total` picked.
    Listed {
        done: usize,
        total: usize,
    },
}

/// A file the user gave the page.
#[derive(Debug)]
pub struct Arrived {
    pub wanted: Wanted,
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Opens the browser's file picker for a file with one of `extensions`; what is picked
/// arrives later (see [`arrived`]), and a frame is asked for then.
pub fn pick(ctx: &egui::Context, wanted: Wanted, extensions: &[&str]) {
    #[cfg(target_arch = "wasm32")]
    browser::pick(ctx, wanted, extensions);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (ctx, wanted, extensions);
}

/// Asks the browser for the caseload's files (a folder where it can, else several files),
/// or with `again` takes those picked last time; each arrives in turn (see [`arrived`]),
/// at most `limit` bytes of it and one more (a file cut there reads as too large).
pub fn pick_caseload(ctx: &egui::Context, again: bool, limit: u64) {
    #[cfg(target_arch = "wasm32")]
    browser::pick_caseload(ctx, again, limit);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (ctx, again, limit);
}

/// Opens a case of the caseload's files by its name: it arrives as a case.
pub fn open_picked(ctx: &egui::Context, name: &str, limit: u64) {
    #[cfg(target_arch = "wasm32")]
    browser::open_picked(ctx, name, limit);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (ctx, name, limit);
}

/// A file dropped on the window: its path on the desktop; in a page its bytes are read
/// and arrive later as a case (see [`arrived`]).
pub fn dropped(ctx: &egui::Context, file: &egui::DroppedFileHandle) -> Option<std::path::PathBuf> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::read_dropped(ctx, file.clone());
        None
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ctx;
        Some(file.path().to_owned())
    }
}

/// While the case has unsaved changes, closing or reloading the page (F5, which presents
/// on the desktop) first asks the browser's own "leave this page?".
pub fn guard_unsaved(unsaved: bool) {
    #[cfg(target_arch = "wasm32")]
    browser::guard_unsaved(unsaved);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = unsaved;
}

/// Whether saving can write the same file again (the File System Access API of Chrome,
/// Edge and Chromebooks) rather than hand out a new download.
pub fn can_save_in_place() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        browser::can_save_in_place()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// How a save into a file went.
#[derive(Debug, PartialEq)]
pub enum SavedInPlace {
    /// Written to the file of this name.
    Written(String),
    /// The user closed the browser's picker.
    Cancelled,
    /// The browser's reason.
    Failed(String),
}

/// Writes `bytes` into the file last saved as `name`, or asks the browser where the first
/// time; how it went comes later (see [`saved_in_place`]).
pub fn save_in_place(name: &str, bytes: &[u8]) {
    #[cfg(target_arch = "wasm32")]
    browser::save_in_place(name, bytes);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, bytes);
}

/// How the last save into a file went, once it is done.
pub fn saved_in_place() -> Option<SavedInPlace> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::saved_in_place()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// A recovery copy the page kept in the browser (IndexedDB) for unsaved work.
#[derive(Clone, Debug)]
pub struct KeptCopy {
    /// The page that wrote it.
    pub key: String,
    /// The name its case was opened or saved under; empty for a case never saved.
    pub name: String,
    pub bytes: Vec<u8>,
    /// When it was written, in milliseconds since 1970.
    pub written_ms: f64,
}

/// The copies pages left in this browser, read once as the page started (see
/// `read_kept_copies`); empty on the desktop and after the first call.
pub fn kept_copies() -> Vec<KeptCopy> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::kept_copies()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Vec::new()
    }
}

/// Keeps `bytes` as the copy under `key`, replacing what was kept there; it is written a
/// moment later (see [`copy_failure`]).
pub fn keep_copy(key: &str, name: &str, bytes: &[u8]) {
    #[cfg(target_arch = "wasm32")]
    browser::keep_copy(key, name, bytes);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, name, bytes);
}

/// Marks the copy under `key` as this page's work in progress for as long as the page is
/// open, so that another page neither offers nor removes it; a later call moves the mark.
pub fn hold_copy(key: &str) {
    #[cfg(target_arch = "wasm32")]
    browser::hold_copy(key);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}

/// Removes the copy under `key`, if there is one.
pub fn drop_copy(key: &str) {
    #[cfg(target_arch = "wasm32")]
    browser::drop_copy(key);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}

/// Removes every copy pages kept in this browser.
pub fn drop_all_copies() {
    #[cfg(target_arch = "wasm32")]
    browser::drop_all_copies();
}

/// Why keeping a copy failed (the browser's storage full, say), once.
pub fn copy_failure() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::copy_failure()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The files picked since the last call.
pub fn arrived() -> Vec<Arrived> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::arrived()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Vec::new()
    }
}

/// Offers `bytes` as a download named `name`; the reason in the browser's words when it
/// would not.
pub fn hand_out(name: &str, bytes: &[u8]) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::download(name, bytes)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, bytes);
        Err("no page".to_owned())
    }
}

/// Why the page's program that makes documents gave no document.
#[derive(Debug, PartialEq)]
pub enum NotMade {
    /// The maker's own words, in the language the document was asked in.
    Said(String),
    /// The program did not load: the browser's words.
    NotLoaded(String),
}

/// A document asked of the page with [`make_document`]: its name and its bytes, or why not.
#[derive(Debug)]
pub struct MadeDocument {
    pub name: String,
    pub result: Result<Vec<u8>, NotMade>,
}

/// Hands `job` (an [`export::Job`](crate::export::Job) as text) to the page's program that
/// makes documents, loaded on the first request; the document, to be offered as `name`,
/// comes later (see [`documents_made`]).
pub fn make_document(ctx: &egui::Context, job: String, name: &str) {
    #[cfg(target_arch = "wasm32")]
    browser::make_document(ctx, job, name);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (ctx, job, name);
}

/// The documents made (or not) since the last call.
pub fn documents_made() -> Vec<MadeDocument> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::documents_made()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Vec::new()
    }
}

/// Takes the copies that pages left in this browser, read while the program compiled
/// (page_copies.js); the page's start waits for them before the app starts, which offers them.
#[cfg(target_arch = "wasm32")]
pub async fn read_kept_copies() {
    browser::read_kept_copies().await;
}

/// Says to the page which language the app speaks (`lang` on the page), so that a screen
/// reader reads it with the right voice; changed when the chair changes the language.
pub fn speak(language_tag: &'static str) {
    #[cfg(target_arch = "wasm32")]
    browser::speak(language_tag);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = language_tag;
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::{Cell, RefCell};

    use wasm_bindgen::JsCast as _;
    use wasm_bindgen::closure::Closure;

    use super::{Arrived, KeptCopy, MadeDocument, NotMade, SavedInPlace, Wanted};

    thread_local! {
        static SPOKEN: Cell<&'static str> = const { Cell::new("") };
    }

    pub fn speak(language_tag: &'static str) {
        if SPOKEN.with(Cell::get) == language_tag {
            return;
        }
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element());
        if let Some(root) = root {
            // "nl-NL" as the page's own `lang="nl"` began it.
            let _ = root.set_attribute("lang", language_tag);
            SPOKEN.with(|s| s.set(language_tag));
        }
    }

    #[wasm_bindgen::prelude::wasm_bindgen(module = "/src/platform/page_files.js")]
    extern "C" {
        #[wasm_bindgen(js_name = canSaveInPlace)]
        fn can_save_in_place_js() -> bool;
        #[wasm_bindgen(js_name = saveInPlace, catch)]
        async fn save_in_place_js(
            name: &str,
            bytes: js_sys::Uint8Array,
        ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
        #[wasm_bindgen(js_name = pickCaseFiles, catch)]
        async fn pick_case_files_js(
            again: bool,
        ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
        #[wasm_bindgen(js_name = readPicked, catch)]
        async fn read_picked_js(
            name: &str,
            limit: f64,
        ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
    }

    #[wasm_bindgen::prelude::wasm_bindgen(module = "/src/platform/page_copies.js")]
    extern "C" {
        #[wasm_bindgen(js_name = keepCopy, catch)]
        async fn keep_in_store(
            key: &str,
            name: &str,
            bytes: js_sys::Uint8Array,
        ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
        #[wasm_bindgen(js_name = dropCopy, catch)]
        async fn drop_from_store(key: &str)
        -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
        #[wasm_bindgen(js_name = dropAllCopies, catch)]
        async fn drop_all_from_store() -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
        #[wasm_bindgen(js_name = copiesAtLoad, catch)]
        async fn copies_at_load() -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
        #[wasm_bindgen(js_name = holdCopy)]
        pub fn hold_copy(key: &str);
    }

    #[wasm_bindgen::prelude::wasm_bindgen(module = "/src/platform/page_documents.js")]
    extern "C" {
        #[wasm_bindgen(js_name = makeDocument)]
        async fn make_document_js(job: &str) -> wasm_bindgen::JsValue;
    }

    thread_local! {
        /// Documents made by the page's second program wait here for the next frame.
        static MADE: RefCell<Vec<MadeDocument>> = const { RefCell::new(Vec::new()) };
        /// A page runs on one thread: picked files wait here for the next frame.
        static ARRIVED: RefCell<Vec<Arrived>> = const { RefCell::new(Vec::new()) };
        static KEPT: RefCell<Vec<KeptCopy>> = const { RefCell::new(Vec::new()) };
        static COPY_FAILURE: RefCell<Option<String>> = const { RefCell::new(None) };
        static SAVED_IN_PLACE: RefCell<Option<SavedInPlace>> = const { RefCell::new(None) };
        /// Whether the page now asks before it goes, and the handler that asks.
        static GUARDED: Cell<bool> = const { Cell::new(false) };
        static ASK_BEFORE_LEAVING: Closure<dyn Fn(web_sys::BeforeUnloadEvent)> =
            Closure::new(|event: web_sys::BeforeUnloadEvent| {
                event.prevent_default();
                // Older browsers ask only when a text is set; none shows it.
                event.set_return_value("unsaved");
            });
    }

    pub fn guard_unsaved(unsaved: bool) {
        if GUARDED.get() == unsaved {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        GUARDED.set(unsaved);
        if unsaved {
            ASK_BEFORE_LEAVING
                .with(|ask| window.set_onbeforeunload(Some(ask.as_ref().unchecked_ref())));
        } else {
            window.set_onbeforeunload(None);
        }
    }

    /// How long a download's bytes stay reachable for the browser to fetch them.
    const KEEP_URL_MS: i32 = 60_000;

    pub fn pick(ctx: &egui::Context, wanted: Wanted, extensions: &[&str]) {
        let dialog = rfd::AsyncFileDialog::new().add_filter("", extensions);
        let ctx = ctx.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(file) = dialog.pick_file().await else {
                return;
            };
            let name = file.file_name();
            let bytes = file.read().await;
            arrive(
                &ctx,
                Arrived {
                    wanted,
                    name,
                    bytes,
                },
            );
        });
    }

    /// The bytes of a picked file, at most one more than `limit`: a file cut there reads
    /// as too large. `None` when the browser would not read it.
    async fn read_picked(name: &str, limit: u64) -> Option<Vec<u8>> {
        let bytes = read_picked_js(name, limit.saturating_add(1) as f64)
            .await
            .ok()?;
        Some(js_sys::Uint8Array::new(&bytes).to_vec())
    }

    pub fn pick_caseload(ctx: &egui::Context, again: bool, limit: u64) {
        let ctx = ctx.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(names) = pick_case_files_js(again).await else {
                return;
            };
            if names.is_null() {
                return;
            }
            let names: Vec<String> = js_sys::Array::from(&names)
                .iter()
                .filter_map(|name| name.as_string())
                .collect();
            let total = names.len();
            if total == 0 {
                arrive(
                    &ctx,
                    Arrived {
                        wanted: Wanted::Listed { done: 0, total },
                        name: String::new(),
                        bytes: Vec::new(),
                    },
                );
            }
            // One at a time: a file is read, handed over, and let go before the next.
            for (at, name) in names.into_iter().enumerate() {
                let bytes = read_picked(&name, limit).await.unwrap_or_default();
                let wanted = Wanted::Listed {
                    done: at + 1,
                    total,
                };
                arrive(
                    &ctx,
                    Arrived {
                        wanted,
                        name,
                        bytes,
                    },
                );
            }
        });
    }

    pub fn open_picked(ctx: &egui::Context, name: &str, limit: u64) {
        let ctx = ctx.clone();
        let name = name.to_owned();
        wasm_bindgen_futures::spawn_local(async move {
            let Some(bytes) = read_picked(&name, limit).await else {
                return;
            };
            arrive(
                &ctx,
                Arrived {
                    wanted: Wanted::Case,
                    name,
                    bytes,
                },
            );
        });
    }

    /// A file is in the page: the next frame takes it.
    fn arrive(ctx: &egui::Context, file: Arrived) {
        ARRIVED.with(|arrived| arrived.borrow_mut().push(file));
        ctx.request_repaint();
    }

    pub fn read_dropped(ctx: &egui::Context, file: egui::DroppedFileHandle) {
        let ctx = ctx.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let name = file
                .path()
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // A file the browser cannot read says so when it is opened as an empty one.
            let bytes = file.bytes_async().await.unwrap_or_default();
            let wanted = Wanted::Case;
            arrive(
                &ctx,
                Arrived {
                    wanted,
                    name,
                    bytes,
                },
            );
        });
    }

    /// Reads the copies kept in this browser, for [`kept_copies`]; the page waits for it.
    pub async fn read_kept_copies() {
        let Ok(all) = copies_at_load().await else {
            return;
        };
        let field = |copy: &wasm_bindgen::JsValue, name: &str| {
            js_sys::Reflect::get(copy, &name.into()).unwrap_or_default()
        };
        let copies = js_sys::Array::from(&all)
            .iter()
            .filter_map(|copy| {
                Some(KeptCopy {
                    key: field(&copy, "key").as_string()?,
                    name: field(&copy, "name").as_string().unwrap_or_default(),
                    bytes: js_sys::Uint8Array::new(&field(&copy, "bytes")).to_vec(),
                    written_ms: field(&copy, "written").as_f64().unwrap_or_default(),
                })
            })
            .collect();
        KEPT.with(|kept| *kept.borrow_mut() = copies);
    }

    pub fn kept_copies() -> Vec<KeptCopy> {
        KEPT.with(|kept| std::mem::take(&mut *kept.borrow_mut()))
    }

    pub fn keep_copy(key: &str, name: &str, bytes: &[u8]) {
        // A copy of the bytes: a view into the program's memory would be stored whole.
        let (key, name) = (key.to_owned(), name.to_owned());
        let bytes = js_sys::Uint8Array::from(bytes);
        in_store(async move { keep_in_store(&key, &name, bytes).await });
    }

    pub fn drop_copy(key: &str) {
        let key = key.to_owned();
        in_store(async move { drop_from_store(&key).await });
    }

    pub fn drop_all_copies() {
        in_store(drop_all_from_store());
    }

    /// Runs a change to the stored copies; a failure is kept to be said (see
    /// [`copy_failure`]).
    fn in_store(
        change: impl std::future::Future<Output = Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>>
        + 'static,
    ) {
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(error) = change.await {
                COPY_FAILURE.with(|failure| *failure.borrow_mut() = Some(said(error)));
            }
        });
    }

    pub fn can_save_in_place() -> bool {
        can_save_in_place_js()
    }

    pub fn save_in_place(name: &str, bytes: &[u8]) {
        let name = name.to_owned();
        let bytes = js_sys::Uint8Array::from(bytes);
        wasm_bindgen_futures::spawn_local(async move {
            let done = match save_in_place_js(&name, bytes).await {
                Ok(written) => match written.as_string().filter(|n| !n.is_empty()) {
                    Some(written) => SavedInPlace::Written(written),
                    None => SavedInPlace::Cancelled,
                },
                Err(error) => SavedInPlace::Failed(said(error)),
            };
            SAVED_IN_PLACE.with(|saved| *saved.borrow_mut() = Some(done));
        });
    }

    pub fn saved_in_place() -> Option<SavedInPlace> {
        SAVED_IN_PLACE.with(|saved| saved.borrow_mut().take())
    }

    pub fn copy_failure() -> Option<String> {
        COPY_FAILURE.with(|failure| failure.borrow_mut().take())
    }

    /// The browser's words for what went wrong.
    fn said(error: wasm_bindgen::JsValue) -> String {
        error
            .as_string()
            .or_else(|| js_sys::Error::from(error).message().as_string())
            .unwrap_or_default()
    }

    pub fn arrived() -> Vec<Arrived> {
        ARRIVED.with(|arrived| std::mem::take(&mut *arrived.borrow_mut()))
    }

    pub fn make_document(ctx: &egui::Context, job: String, name: &str) {
        let (ctx, name) = (ctx.clone(), name.to_owned());
        wasm_bindgen_futures::spawn_local(async move {
            let answer = make_document_js(&job).await;
            let field = |key: &str| {
                js_sys::Reflect::get(&answer, &key.into())
                    .ok()
                    .filter(|value| !value.is_undefined())
            };
            let result = if let Some(bytes) = field("bytes") {
                Ok(js_sys::Uint8Array::new(&bytes).to_vec())
            } else if let Some(said) = field("said") {
                Err(NotMade::Said(said.as_string().unwrap_or_default()))
            } else {
                let reason = field("unloaded").and_then(|r| r.as_string());
                Err(NotMade::NotLoaded(reason.unwrap_or_default()))
            };
            MADE.with(|made| made.borrow_mut().push(MadeDocument { name, result }));
            ctx.request_repaint();
        });
    }

    pub fn documents_made() -> Vec<MadeDocument> {
        MADE.with(|made| std::mem::take(&mut *made.borrow_mut()))
    }

    pub fn download(name: &str, bytes: &[u8]) -> Result<(), String> {
        let window = web_sys::window().ok_or("no window")?;
        let document = window.document().ok_or("no document")?;
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/octet-stream");
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
            .map_err(said)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(said)?;
        let link: web_sys::HtmlAnchorElement = document
            .create_element("a")
            .map_err(said)?
            .dyn_into()
            .map_err(|_| "no link")?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // The browser fetches the bytes after this returns: the URL goes a minute later.
        let revoke = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                revoke.unchecked_ref(),
                KEEP_URL_MS,
            )
            .map_err(said)?;
        Ok(())
    }
}

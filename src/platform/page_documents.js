// The page's second program, which makes documents (PDF, PNG, Word), for
// src/platform/page.rs: fetched and started on the first print or export and kept after that
// (src/documents_main.rs). A visit that prints nothing never downloads it.
let started = null;

function program() {
  started ??= (async () => {
    // Beside the page, not beside this script (which wasm-bindgen puts under snippets/).
    const module = await import(new URL("uitzicht_documents.js", document.baseURI).href);
    await module.default({ module_or_path: new URL("uitzicht_documents_bg.wasm", document.baseURI) });
    return module;
  })();
  return started;
}

// Resolves to { bytes } with the document, { said } with the maker's own words when it could
// not make it, or { unloaded } with the browser's words when the program did not load (the
// connection gone, say): the next request tries to load it again.
export async function makeDocument(job) {
  let module;
  try {
    module = await program();
  } catch (error) {
    started = null;
    return { unloaded: String(error?.message ?? error) };
  }
  try {
    return { bytes: module.make(job) };
  } catch (said) {
    return { said: String(said?.message ?? said) };
  }
}

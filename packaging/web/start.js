// Loads the program; its `main` starts the app on the canvas (src/web_main.rs). A browser
// without WebAssembly or WebGL is told so, in words, instead of a page that stays empty.
// WebGL is asked about only when the start failed: a probe's context costs a software
// renderer a good part of a second before anything else could begin.
import init from "./uitzicht.js";

const note = document.getElementById("laden");
const cannot =
  "Deze browser kan Uitzicht niet tonen: daarvoor zijn WebAssembly en WebGL nodig. " +
  "Gebruik een recente Chrome, Edge, Firefox of Safari, of Uitzicht voor Windows of Linux. · " +
  "This browser cannot show Uitzicht: it needs WebAssembly and WebGL. " +
  "Use a recent Chrome, Edge, Firefox or Safari, or Uitzicht for Windows or Linux.";
const hasWebGl = () => {
  const probe = document.createElement("canvas");
  return Boolean(probe.getContext("webgl2") || probe.getContext("webgl"));
};

async function start() {
  // The program compiles beside the page (as its bytes arrive) while the canvas's drawing
  // context is made here; eframe asks for "webgl2" and gets this one. Made without the
  // browser's multisampling and depth buffer: egui smooths its own edges and draws flat, so
  // both only cost, and a software renderer (a Chromebook without a usable GPU, this
  // machine's headless Chromium) took half of each frame's time for them.
  const compiling = WebAssembly.compileStreaming(fetch("./uitzicht_bg.wasm"));
  document.getElementById("uitzicht").getContext("webgl2", { antialias: false, depth: false });
  await init({ module_or_path: await compiling });
}

if (typeof WebAssembly !== "object") {
  note.textContent = cannot;
} else {
  start().catch((error) => {
    note.textContent = hasWebGl()
      ? "Uitzicht kon niet laden in deze browser · Uitzicht could not load in this browser: " + error
      : cannot;
  });
}

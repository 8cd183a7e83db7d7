// Loads the program; its `main` starts the app on the canvas (src/web_main.rs). A browser
// without WebAssembly or WebGL is told so, in words, instead of a page that stays empty.
import init from "./uitzicht.js";

const note = document.getElementById("laden");
const probe = document.createElement("canvas");
if (typeof WebAssembly !== "object" || !(probe.getContext("webgl2") || probe.getContext("webgl"))) {
  note.textContent =
    "Deze browser kan Uitzicht niet tonen: daarvoor zijn WebAssembly en WebGL nodig. " +
    "Gebruik een recente Chrome, Edge, Firefox of Safari, of Uitzicht voor Windows of Linux. · " +
    "This browser cannot show Uitzicht: it needs WebAssembly and WebGL. " +
    "Use a recent Chrome, Edge, Firefox or Safari, or Uitzicht for Windows or Linux.";
} else {
  init({ module_or_path: "./uitzicht_bg.wasm" }).catch((error) => {
    note.textContent =
      "Uitzicht kon niet laden in deze browser · Uitzicht could not load in this browser: " + error;
  });
}

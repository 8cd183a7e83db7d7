// Loads the program; its `main` starts the app on the canvas (src/web_main.rs).
import init from "./uitzicht.js";

init({ module_or_path: "./uitzicht_bg.wasm" }).catch((error) => {
  document.getElementById("laden").textContent =
    "Uitzicht kon niet laden in deze browser · Uitzicht could not load in this browser: " + error;
});

// Saving a case into the same file again, where the browser allows it (the File System
// Access API: Chrome, Edge, Chromebooks), for src/platform/page.rs. The first save asks
// where, with the case's name offered; later saves of that name write the same file.
const chosen = new Map();

export function canSaveInPlace() {
  return typeof window.showSaveFilePicker === "function";
}

// Resolves to the name written, or to "" when the user cancelled the picker.
export async function saveInPlace(name, bytes) {
  let handle = chosen.get(name);
  if (!handle) {
    try {
      handle = await window.showSaveFilePicker({
        suggestedName: name,
        types: [{ description: "Uitzicht", accept: { "application/octet-stream": [".uitzicht"] } }],
      });
    } catch (error) {
      if (error.name === "AbortError") {
        return "";
      }
      throw error;
    }
  }
  const writable = await handle.createWritable();
  await writable.write(bytes);
  await writable.close();
  chosen.set(handle.name, handle);
  return handle.name;
}

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

// The caseload in a page: the case files of a folder where the browser gives one (Chrome,
// Edge, Chromebooks), else several files picked at once. The page keeps the files (not
// their contents) so that a case opens from the list with one click; each is read when the
// app asks for it, one at a time.
const picked = new Map();
const caseName = /\.(uitzicht|mdo\.ron)$/i;

async function filesOfFolder() {
  let folder;
  try {
    folder = await window.showDirectoryPicker({ id: "uitzicht-casussen", mode: "read" });
  } catch (error) {
    if (error.name === "AbortError") {
      return null;
    }
    throw error;
  }
  const files = [];
  for await (const handle of folder.values()) {
    if (handle.kind === "file" && caseName.test(handle.name)) {
      files.push(await handle.getFile());
    }
  }
  return files;
}

function filesPicked() {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.multiple = true;
    input.accept = ".uitzicht,.ron";
    input.addEventListener("change", () => resolve(Array.from(input.files)));
    input.addEventListener("cancel", () => resolve(null));
    input.click();
  });
}

// Resolves to the names of the case files picked (the smallest first), or to null when
// the user cancelled; `again` gives the names picked last time instead of asking.
export async function pickCaseFiles(again) {
  if (!again) {
    const files =
      typeof window.showDirectoryPicker === "function" ? await filesOfFolder() : await filesPicked();
    if (files === null) {
      return null;
    }
    picked.clear();
    for (const file of files.filter((f) => caseName.test(f.name))) {
      picked.set(file.name, file);
    }
  }
  return Array.from(picked.values())
    .sort((a, b) => a.size - b.size)
    .map((file) => file.name);
}

// The bytes of a picked file, at most `limit` of them: more says it is too large.
export async function readPicked(name, limit) {
  const file = picked.get(name);
  if (!file) {
    return new Uint8Array();
  }
  return new Uint8Array(await file.slice(0, limit).arrayBuffer());
}

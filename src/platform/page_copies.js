// Recovery copies of unsaved work in the browser's IndexedDB, for src/platform/page.rs: one
// record per open page, under that page's key: { name, bytes, written }. IndexedDB, not
// localStorage: a case with its history outgrows localStorage's few megabytes.
//
// A page still open holds a Web Lock named after its key for as long as it lives (the browser
// lets go when the page closes, reloads or crashes): its copy is work in progress, not work
// left behind, and is neither offered nor thrown away by another page.
const DATABASE = "uitzicht";
const STORE = "herstelkopieen";

function openDatabase() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

// Runs `act` on the store in one transaction; its result once the transaction is done.
async function inStore(mode, act) {
  const database = await openDatabase();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const result = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(result());
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

export function keepCopy(key, name, bytes) {
  return inStore("readwrite", (store) => {
    store.put({ name, bytes, written: Date.now() }, key);
    return () => undefined;
  });
}

export function dropCopy(key) {
  return inStore("readwrite", (store) => {
    store.delete(key);
    return () => undefined;
  });
}

export function dropAllCopies() {
  return inStore("readwrite", (store) => {
    store.clear();
    return () => undefined;
  });
}

// The copies left in this browser, read as soon as the page loads, beside the program's
// compile, instead of after it; the app's start asks for them once.
const atLoad = readCopies().then(
  (copies) => ({ copies }),
  (error) => ({ error }),
);

export async function copiesAtLoad() {
  const { copies, error } = await atLoad;
  if (error) {
    throw error;
  }
  return copies;
}

async function readCopies() {
  const copies = await inStore("readonly", (store) => {
    const keys = store.getAllKeys();
    const values = store.getAll();
    return () => keys.result.map((key, index) => ({ key, ...values.result[index] }));
  });
  // A page that is reloading may hold its lock a moment longer: look again before leaving
  // its copy out.
  let held = await heldByOpenPages();
  for (let look = 0; look < 4 && copies.some((copy) => held.has(lockOf(copy.key))); look++) {
    await new Promise((wait) => setTimeout(wait, 250));
    held = await heldByOpenPages();
  }
  return copies.filter((copy) => !held.has(lockOf(copy.key)));
}

function lockOf(key) {
  return "uitzicht-kopie:" + key;
}

// Without Web Locks (an old browser, a page opened as a file) every copy is offered, as
// rather one too many than one lost.
async function heldByOpenPages() {
  try {
    const { held } = await navigator.locks.query();
    return new Set(held.map((lock) => lock.name));
  } catch {
    return new Set();
  }
}

// This page's hold on its key, let go when the page keeps its copy under another key.
let holding = null;

export function holdCopy(key) {
  if (!navigator.locks || holding?.key === key) {
    return;
  }
  holding?.letGo();
  const hold = { key, letGo: () => (hold.gone = true), gone: false };
  holding = hold;
  navigator.locks
    .request(lockOf(key), () =>
      hold.gone ? undefined : new Promise((letGo) => (hold.letGo = letGo)),
    )
    .catch(() => undefined);
}

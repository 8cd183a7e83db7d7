// Recovery copies of unsaved work in the browser's IndexedDB, for src/platform/page.rs: one
// record per open page, under that page's key: { name, bytes, written }. IndexedDB, not
// localStorage: a case with its history outgrows localStorage's few megabytes.
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

export function allCopies() {
  return inStore("readonly", (store) => {
    const keys = store.getAllKeys();
    const values = store.getAll();
    return () => keys.result.map((key, index) => ({ key, ...values.result[index] }));
  });
}

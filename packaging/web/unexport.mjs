// Tells wasm-bindgen that the exports packaging/web/link.sh left out of a page's program are
// gone: removes from the program's wasm-bindgen custom section the descriptions of exports
// the program no longer has (printpdf's Pdf_*), which wasm-bindgen would otherwise look for
// and fail. Run on what cargo built, before wasm-bindgen.
//   node packaging/web/unexport.mjs PROGRAM.wasm OUT.wasm
import { readFileSync, writeFileSync } from "node:fs";

const [file, out] = process.argv.slice(2);
const program = readFileSync(file);
const SECTION = "__wasm_bindgen_unstable";

function leb(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [value, at];
  }
}
function lebBytes(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return Buffer.from(bytes);
}
function name(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [bytes.subarray(start, start + length).toString("utf8"), start + length];
}

// The module's sections: [id, body]. A wasm module is its 8-byte header and then sections,
// each an id, its size and its body.
const sections = [];
for (let at = 8; at < program.length; ) {
  const [size, start] = leb(program, at + 1);
  sections.push([program[at], program.subarray(start, start + size)]);
  at = start + size;
}
const exports = new Set();
for (const [id, body] of sections.filter(([id]) => id === 7)) {
  let [count, at] = leb(body, 0);
  for (; count > 0; count--) {
    let exported;
    [exported, at] = name(body, at);
    exports.add(exported);
    [, at] = leb(body, at + 1);
  }
}
for (const exported of exports) {
  if (/^(Pdf_|Az[A-Z])/.test(exported)) {
    throw new Error(`${file}: still exports ${exported}: was it linked with packaging/web/link.sh?`);
  }
}

// wasm-bindgen's section is a row of pairs: a schema version (JSON) and one macro's program,
// each behind its length (4 bytes, little-endian). A program that names a Pdf_ export the
// module does not have is left out, with its version.
let left = 0;
const rewritten = sections.map(([id, body]) => {
  if (id !== 0 || name(body, 0)[0] !== SECTION) return [id, body];
  const start = name(body, 0)[1];
  const kept = [body.subarray(0, start)];
  for (let at = start; at < body.length; ) {
    const programAt = at + 4 + body.readUInt32LE(at);
    const end = programAt + 4 + body.readUInt32LE(programAt);
    const described = body.subarray(programAt + 4, end).toString("latin1");
    // wasm-bindgen exports `Pdf_X` as `Pdf_X_<the crate's hash>`.
    const gone = described
      .match(/Pdf_[A-Za-z]+/g)
      ?.some((named) => ![...exports].some((exported) => exported.startsWith(`${named}_`)));
    if (gone) {
      left += 1;
    } else {
      kept.push(body.subarray(at, end));
    }
    at = end;
  }
  return [id, Buffer.concat(kept)];
});
const parts = [program.subarray(0, 8)];
for (const [id, body] of rewritten) parts.push(Buffer.from([id]), lebBytes(body.length), body);
writeFileSync(out, Buffer.concat(parts));
console.log(`web: ${file.split("/").pop()}: the descriptions of ${left} exports left out by the linker removed`);

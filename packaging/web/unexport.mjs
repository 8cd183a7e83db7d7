// Leaves out of a page's program the JavaScript APIs that printpdf and its text layout
// (azul) export on the web, Pdf_* and Az*: wasm-bindgen exports them from every program that
// links printpdf, and with them all they reach (a PDF reader, an SVG renderer, HTML layout),
// though nothing of ours calls them. binaryen then drops what no export reaches any more.
// Their JavaScript stays in the program's glue, unused.
//   node packaging/web/unexport.mjs PROGRAM.wasm     rewrites the file
import { readFileSync, writeFileSync } from "node:fs";
import binaryen from "binaryen";

const [file] = process.argv.slice(2);
const program = binaryen.readBinary(readFileSync(file));
// Everything but what browsers do not read yet: binaryen writes newer encodings (compact
// imports) when they are allowed.
program.setFeatures(binaryen.Features.All & ~binaryen.Features.CompactImports);
let left = 0;
for (let index = program.getNumExports() - 1; index >= 0; index--) {
  const { name } = binaryen.getExportInfo(program.getExportByIndex(index));
  if (/^(Pdf_|Az[A-Z])/.test(name)) {
    program.removeExport(name);
    left += 1;
  }
}
program.runPasses(["remove-unused-module-elements"]);
if (!program.validate()) {
  throw new Error(`${file}: not a valid program once its unused exports were left out`);
}
writeFileSync(file, program.emitBinary());
console.log(`web: ${file.split("/").pop()}: ${left} exports nothing of ours calls left out`);

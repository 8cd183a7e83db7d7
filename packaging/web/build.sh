#!/usr/bin/env bash
# Builds Uitzicht as a web page: static files in target/web/dist/ that any web server (or a
# school's intranet) can serve as they are; nothing runs on the server.
#   bash packaging/web/build.sh          the page
#   bash packaging/web/build.sh --small  the page with its programs through binaryen's
#                                        wasm-opt -Oz: since the web profile optimises for size
#                                        it gains 3% and gzips 2% worse; takes minutes
# Uses the machine's nightly with std's pinned source (packaging/std-source.sh), its rust-lld
# without printpdf's web API (packaging/web/link.sh, unexport.mjs), wasm-bindgen-cli of
# exactly the version in Cargo.lock (installed under target/web/tools), and for --small
# binaryen from npm as packaging/web/package-lock.json pins it.
# Prints how long each part took and how large the page is.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=packaging/web
export CARGO_TARGET_DIR="$PWD/target/web"
dist="$CARGO_TARGET_DIR/dist"
tools="$CARGO_TARGET_DIR/tools"
target=wasm32-unknown-unknown
part_start=$(date +%s)
took() { local now; now=$(date +%s); echo "web: $1 took $((now - part_start)) s"; part_start=$now; }

bash packaging/std-source.sh "$CARGO_TARGET_DIR/rust-src"
version=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"/\1/p}' Cargo.lock)
# wasm-bindgen-cli builds beside the program: each leaves the other core idle at times.
installing=
if ! "$tools/bin/wasm-bindgen" --version 2>/dev/null | grep -qx "wasm-bindgen $version"; then
  cargo install --quiet --force wasm-bindgen-cli --version "$version" --root "$tools" &
  installing=$!
fi

# The page's program, and its second one that makes documents (PDF, PNG, Word) and is loaded
# on the first print or export (src/documents_main.rs): one build, the crate compiled once.
# The linker from a path that stays the same for every clone (CI's build folder is kept
# between runs): cargo builds everything anew when the linker's path changes.
mkdir -p "$tools"
cp "$here/link.sh" "$tools/link.sh"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$(cd "$tools" && pwd -P)/link.sh" \
  cargo +nightly build --quiet --profile web --locked --target "$target" -Zbuild-std=std,panic_abort \
  --bin uitzicht --bin uitzicht-documents --features page-documents
[ -z "$installing" ] || wait "$installing"
took "the programs (and wasm-bindgen-cli $version)"

rm -rf "$dist"
mkdir -p "$dist"
[ "${1:-}" != "--small" ] || (cd "$here" && npm ci --silent --no-audit --no-fund)
for program in uitzicht uitzicht-documents; do
  node "$here/unexport.mjs" "$CARGO_TARGET_DIR/$target/web/$program.wasm" "$dist/$program.wasm"
  "$tools/bin/wasm-bindgen" --target web --no-typescript --remove-name-section \
    --remove-producers-section --out-dir "$dist" --out-name "${program/-/_}" "$dist/$program.wasm"
  rm "$dist/$program.wasm"
  if [ "${1:-}" = "--small" ]; then
    "$here/node_modules/.bin/wasm-opt" -Oz \
      --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
      --enable-sign-ext --enable-mutable-globals --enable-multivalue \
      -o "$dist/${program/-/_}_bg.wasm" "$dist/${program/-/_}_bg.wasm"
  fi
done
cp "$here/page.css" "$here/start.js" "$dist/"
# The scripts the program's glue imports, asked for with the rest instead of after it.
preload=$(cd "$dist" && find snippets -name '*.js' | sort | sed 's|.*|<link rel="modulepreload" href="&">|')
awk -v links="$preload" '{ print } /rel="modulepreload" href="uitzicht.js"/ { print links }' \
  "$here/index.html" > "$dist/index.html"
cp packaging/icons/uitzicht-64.png "$dist/uitzicht.png"
cp fonts/OFL-AtkinsonHyperlegibleNext.txt fonts/LICENSE-DejaVu.txt "$dist/"
took "the page"
# What a visit downloads before the app draws: the page's files and its program (the
# documents program comes on the first print or export).
kib() { echo $(($(cat "$@" | wc -c) / 1024)); }
gz_kib() { local sum=0 file; for file; do sum=$((sum + $(gzip -9c "$file" | wc -c))); done; echo $((sum / 1024)); }
first=("$dist/index.html" "$dist/page.css" "$dist/start.js" "$dist/uitzicht.js" "$dist/uitzicht_bg.wasm")
first+=($(find "$dist/snippets" -name '*.js'))
echo "web: $dist"
echo "web: the page as first asked $(kib "${first[@]}") KiB, $(gz_kib "${first[@]}") KiB gzipped" \
  "(its program $(kib "$dist/uitzicht_bg.wasm") KiB, $(gz_kib "$dist/uitzicht_bg.wasm") KiB gzipped;" \
  "before the size work of December 2026 it was 18,480 KiB, 6,250 KiB gzipped)"
echo "web: on the first print or export $(kib "$dist"/uitzicht_documents*) KiB more," \
  "$(gz_kib "$dist"/uitzicht_documents*) KiB gzipped"

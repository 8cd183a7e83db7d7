#!/usr/bin/env bash
# Builds Uitzicht as a web page: static files in target/web/dist/ that any web server (or a
# school's intranet) can serve as they are; nothing runs on the server.
#   bash packaging/web/build.sh          the page
#   bash packaging/web/build.sh --small  the page with its program through wasm-opt -Oz (npm's
#                                        binaryen): since the web profile optimises for size
#                                        it gains 3% and gzips 2% worse; takes minutes
# Uses the machine's nightly with std's pinned source (packaging/std-source.sh), and
# wasm-bindgen-cli of exactly the version in Cargo.lock (installed under target/web/tools).
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

cargo +nightly build --quiet --profile web --locked --target "$target" -Zbuild-std=std,panic_abort --bin uitzicht
[ -z "$installing" ] || wait "$installing"
took "the program (and wasm-bindgen-cli $version)"

rm -rf "$dist"
mkdir -p "$dist"
"$tools/bin/wasm-bindgen" --target web --no-typescript --remove-name-section \
  --remove-producers-section --out-dir "$dist" --out-name uitzicht \
  "$CARGO_TARGET_DIR/$target/web/uitzicht.wasm"
if [ "${1:-}" = "--small" ]; then
  npm exec --yes --package=binaryen@132.0.0 -- wasm-opt -Oz \
    --enable-bulk-memory --enable-reference-types --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-multivalue \
    -o "$dist/uitzicht_bg.wasm" "$dist/uitzicht_bg.wasm"
fi
cp "$here/index.html" "$here/page.css" "$here/start.js" "$dist/"
cp packaging/icons/uitzicht-64.png "$dist/uitzicht.png"
cp fonts/OFL-AtkinsonHyperlegibleNext.txt fonts/LICENSE-DejaVu.txt "$dist/"
took "the page"
wasm=$(stat -c %s "$dist/uitzicht_bg.wasm")
gzipped=$(gzip -9c "$dist/uitzicht_bg.wasm" | wc -c)
echo "web: $dist (program $((wasm / 1024)) KiB, $((gzipped / 1024)) KiB gzipped;" \
  "before the size work of December 2026 it was 18,480 KiB, 6,250 KiB gzipped)"

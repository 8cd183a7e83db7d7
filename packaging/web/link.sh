#!/usr/bin/env bash
# The linker of the page's programs (packaging/web/build.sh sets it): rust-lld as rustc calls
# it, without the exports printpdf and its text layout (azul) make on the web, Pdf_* and Az*.
# printpdf exports its own JavaScript API (a PDF reader, an SVG renderer, HTML layout) from
# every program that links it, and an export keeps all it reaches, data included; nothing of
# ours calls them. Left out here, the linker drops that code and data with the rest it does
# not need; packaging/web/unexport.mjs then tells wasm-bindgen they are gone.
set -euo pipefail
lld="$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | sed -n 's/^host: //p')/bin/rust-lld"
left_out() { [[ $1 =~ ^(__wbindgen_describe_)?Pdf_ || $1 =~ ^Az[A-Z] ]]; }
args=()
export_next=
for arg in "$@"; do
  if [ -n "$export_next" ]; then
    export_next=
    left_out "$arg" || args+=(--export "$arg")
  elif [ "$arg" = --export ]; then
    export_next=1
  elif [[ $arg == --export=* ]]; then
    left_out "${arg#--export=}" || args+=("$arg")
  else
    args+=("$arg")
  fi
done
exec "$lld" "${args[@]}"

#!/usr/bin/env bash
# Builds the Debian package (target/debian/uitzicht_*.deb): the release binary, its man page
# and shell completions from the command line's own definition, then cargo-deb. CI builds it
# once and installs it into a fresh Debian root (.ci/check-deb).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
cargo build --release --locked
bin="${CARGO_TARGET_DIR:-target}/release/uitzicht"
out=packaging/generated
mkdir -p "$out"
"$bin" manpage | gzip -9n > "$out/uitzicht.1.gz"
"$bin" completions bash > "$out/uitzicht.bash"
"$bin" completions zsh > "$out/_uitzicht"
"$bin" completions fish > "$out/uitzicht.fish"
cargo deb --no-build --locked
ls "${CARGO_TARGET_DIR:-target}"/debian/*.deb

#!/usr/bin/env bash
# Builds the Debian package (target/debian/uitzicht_*.deb): the release binary, its man page
# and shell completions from the command line's own definition, then cargo-deb. Not in CI:
# a release build takes minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
cargo build --release --locked
out=target/packaging
mkdir -p "$out"
target/release/uitzicht manpage | gzip -9n > "$out/uitzicht.1.gz"
target/release/uitzicht completions bash > "$out/uitzicht.bash"
target/release/uitzicht completions zsh > "$out/_uitzicht"
target/release/uitzicht completions fish > "$out/uitzicht.fish"
cargo deb --no-build --locked
ls target/debian/*.deb

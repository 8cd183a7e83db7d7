#!/usr/bin/env bash
# Builds Uitzicht for Windows on Debian: the exe and a per-user MSI, in target/windows/dist/.
#   bash packaging/windows/build.sh          the exe and the MSI
#   bash packaging/windows/build.sh --tests  also the test programs, for wine (.ci/check-windows)
# Installs what it needs from Debian's packages (mingw-w64, msitools) and takes std's source
# from Debian's rust-src, pinned by its SHA-256 (the machine's nightly builds std from it).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=packaging/windows
target=x86_64-pc-windows-gnu
export CARGO_TARGET_DIR="$PWD/target/windows"
dist="$CARGO_TARGET_DIR/dist"

need=()
for tool in x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64 x86_64-w64-mingw32-windres:binutils-mingw-w64-x86-64 wixl:wixl msiinfo:msitools; do
  command -v "${tool%%:*}" >/dev/null || need+=("${tool##*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

bash packaging/std-source.sh "$CARGO_TARGET_DIR/rust-src"

build=(--release --locked --target "$target" -Zbuild-std=std,panic_unwind)
cargo +nightly build "${build[@]}" --bin uitzicht
mkdir -p "$dist"
x86_64-w64-mingw32-strip -o "$dist/uitzicht.exe" "$CARGO_TARGET_DIR/$target/release/uitzicht.exe"

# The test programs of what Windows does differently: the storage, the lock, the recovery
# copies, the command line and hostile input (sheets, limits). Their paths go to tests.list
# for .ci/check-windows.
if [ "${1:-}" = "--tests" ]; then
  cargo +nightly test "${build[@]}" --no-run --lib \
    --test storage --test sessions --test recovery --test bounded --test cli --test faults \
    --test hostile_sheets --test full --test caseload \
    --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*\/deps\/[^"]*\)".*/\1/p' >"$dist/tests.list"
fi

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
# wixl takes the installer's files by name from the folder it runs in.
mkdir -p "$dist/msi"
cp "$dist/uitzicht.exe" "$here/uitzicht.ico" "$here/uitzicht.wxs" fonts/OFL-AtkinsonHyperlegibleNext.txt \
  fonts/LICENSE-DejaVu.txt "$dist/msi/"
(cd "$dist/msi" && wixl -a x64 -D Version="$version" -o "../uitzicht-$version.msi" uitzicht.wxs)
echo "Windows: $dist/uitzicht.exe and $dist/uitzicht-$version.msi"

#!/usr/bin/env bash
# std's source where the machine's nightly looks for it, for the builds that compile std
# themselves (-Zbuild-std): Windows (packaging/windows/build.sh) and the browser
# (packaging/web/build.sh). Taken from the pinned copy beside the project when there is one,
# else the same file from Debian's archive; either must match the pinned SHA-256.
#   bash packaging/std-source.sh DIR    DIR keeps the unpacked source (under target/)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p "$1"
# The physical path: where the build folder is reached through a link from the clone (CI's
# kept one), the sysroot's link must point into the kept folder, not into this clone, which
# goes when the run ends.
keep=$(cd "$1" && pwd -P)
sysroot=$(rustc +nightly --print sysroot)
if [ -d "$sysroot/lib/rustlib/src/rust/library/std" ]; then
  exit 0
fi
deb=$(cut -d' ' -f3 packaging/rust-src.sha256)

if [ -f "../shared/toolchain/$deb" ]; then
  cp "../shared/toolchain/$deb" "$keep/"
elif [ ! -f "$keep/$deb" ]; then
  curl -sSf -o "$keep/$deb" "http://deb.debian.org/debian/pool/main/r/rustc/$deb"
fi
(cd "$keep" && sha256sum -c --quiet "$OLDPWD/packaging/rust-src.sha256")
dpkg-deb -x "$keep/$deb" "$keep/unpacked"
mkdir -p "$sysroot/lib/rustlib/src"
ln -sfn "$keep/unpacked/usr/lib/rustlib/src/rust" "$sysroot/lib/rustlib/src/rust"

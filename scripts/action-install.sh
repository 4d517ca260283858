#!/usr/bin/env bash
# The install step of action.yml, kept in a script so that it can be read
# and run outside GitHub Actions.
#
# Puts sdx at $SDX_ROOT/bin/sdx, by the first way that works:
#   1. it is there already (restored from the cache, keyed by sdx's version
#      and the hash of its Cargo.lock, so a new version or new dependencies
#      never reuse an old binary);
#   2. the prebuilt binary for this runner, from the GitHub release of this
#      version (.github/workflows/release.yml publishes them), checked
#      against its .sha256;
#   3. built from source with `cargo install --locked`.
#
# Reads: SDX_ROOT, SDX_SOURCE (sdx's checkout), SDX_REPOSITORY (owner/name
# the releases are under; empty: skip the download), RUNNER_OS, RUNNER_ARCH.
set -euo pipefail

root=${SDX_ROOT:?}
source_dir=${SDX_SOURCE:?}
exe=sdx
[ "${RUNNER_OS:-}" = Windows ] && exe=sdx.exe
if [ -x "$root/bin/$exe" ]; then
  echo "sdx from the cache: $("$root/bin/$exe" --version)"
  exit 0
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$source_dir/Cargo.toml" | head -n 1)
case "${RUNNER_OS:-}-${RUNNER_ARCH:-}" in
  Linux-X64) target=x86_64-unknown-linux-gnu ;;
  Linux-ARM64) target=aarch64-unknown-linux-gnu ;;
  macOS-X64) target=x86_64-apple-darwin ;;
  macOS-ARM64) target=aarch64-apple-darwin ;;
  Windows-X64) target=x86_64-pc-windows-msvc ;;
  *) target= ;;
esac

if [ -n "${SDX_REPOSITORY:-}" ] && [ -n "$target" ]; then
  archive=sdx-$target.tar.gz
  [ "$RUNNER_OS" = Windows ] && archive=sdx-$target.zip
  url=https://github.com/$SDX_REPOSITORY/releases/download/v$version/$archive
  work=$(mktemp -d)
  if curl -fsSL --retry 2 -o "$work/$archive" "$url" &&
    curl -fsSL --retry 2 -o "$work/$archive.sha256" "$url.sha256" &&
    (cd "$work" && sha256sum -c "$archive.sha256" >/dev/null 2>&1 ||
      shasum -a 256 -c "$archive.sha256" >/dev/null); then
    mkdir -p "$root/bin"
    case "$archive" in
      *.zip) unzip -o -j "$work/$archive" "$exe" -d "$root/bin" >/dev/null ;;
      *) tar -xzf "$work/$archive" -C "$root/bin" "$exe" ;;
    esac
    echo "sdx $version: the release binary for $target"
    exit 0
  fi
  echo "no release binary at $url; building sdx $version from source"
fi

cargo install --locked --features jemalloc --path "$source_dir" --root "$root"

#!/usr/bin/env bash
# What a newcomer's first hour costs, measured from a clean target
# directory with the crates already downloaded: the README's main command
# (`cargo run -- export …`), its test command (`cargo test`), the size of
# the target directory after both, then the installed binary's build
# (`cargo build --release --features jemalloc`, as `cargo install` builds
# it) and the size of the release binary. Prints the machine's load before
# each step: on a shared machine the wall times move with it, so CPU times
# are printed too.
#
#   scripts/setup-figures.sh              # in target/setup-figures, removed first
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${SETUP_TARGET:-target/setup-figures}
rm -rf "$dir"
# cargo's defaults, incremental cache included: what a newcomer gets.
export CARGO_TARGET_DIR=$dir
cargo fetch --locked >/dev/null

# Wall time moves with the machine's other tenants; CPU time (user + sys)
# much less, and on N idle cores a build takes at least CPU time / N.
step() {
  local name=$1
  shift
  echo "== $name (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -f "   %e s wall, %U s user + %S s sys CPU" "$@" >/dev/null
  echo "   (load after: $(cut -d' ' -f1-3 /proc/loadavg))"
}

step "cargo run -- export fixtures/seed/dgx-spark.jsonld" \
  cargo run --quiet --timings -- export fixtures/seed/dgx-spark.jsonld
step "cargo test" cargo test --quiet
echo "   $dir after both: $(du -sh "$dir" | cut -f1)"
step "cargo build --release --features jemalloc" \
  cargo build --quiet --release --features jemalloc --bin sdx
echo "   release binary: $(stat -c %s "$dir/release/sdx") bytes"
echo "cargo's timing report: $dir/cargo-timings/cargo-timing.html"

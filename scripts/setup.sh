#!/usr/bin/env bash
# Installs whatever this machine is missing to build and test Exam Practice. Sourced by
# scripts/serve.sh, build.sh, test.sh and bench.sh; every step checks first, so a second run is quick.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"   # trunk 0.22 needs rustc 1.96.1; the pinned compiler is 1.95.0
# The parts of the standard library a release build compiles with the app (trunk_release).
BUILD_STD_CRATES="std,panic_abort"
# Tools this script installs go to the Cargo home in use (CI gives each run an empty one); tools
# installed earlier under ~/.cargo/bin are reused.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export TRUNK_OFFLINE=true # use the wasm-bindgen and wasm-opt on PATH; never download tools
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

step() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "error: '$*' needs root; run it as root or install sudo" >&2; return 1
  fi
}

apt_install() {
  step "installing Debian packages: $*"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@"
}

ensure_rust() {
  command -v rustup >/dev/null 2>&1 || { echo "error: rustup not found; install Rust with rustup first (https://rustup.rs)" >&2; exit 1; }
  # rust-toolchain.toml pins the compiler, its components (rust-src, clippy, rustfmt) and the
  # wasm target. `rustup toolchain install` with no name installs exactly that (rustup 1.28 or
  # newer; older ones install it on `rustup show`), and is quick when all of it is present.
  rustup toolchain install || rustup show active-toolchain
}

# Trunk runs cargo offline, so everything a build needs is downloaded here first: the app's
# dependencies for every platform, and the standard library's own dependencies, which release
# builds compile with the app (trunk_release) and which no other step downloads.
fetch_dependencies() {
  step "downloading the app's and the standard library's dependencies (quick when present)"
  cargo fetch --locked
  RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD="$BUILD_STD_CRATES" \
    cargo fetch --locked --target wasm32-unknown-unknown
}

# A release build of dist/; arguments go to `trunk build --release`. It compiles the standard
# library together with the app, optimised for size (build-std, optimize_for_size), makes a panic
# abort at once without formatting a message or its location, and drops Debug formatting, which
# only panic messages would use: the wasm is about 20 KB smaller after brotli (see
# docs/development.md, "Release builds"). These are unstable options of the stable compiler,
# unlocked with RUSTC_BOOTSTRAP=1 for this build only (tests, clippy and `trunk serve` build as
# usual); rust-toolchain.toml pins the compiler they are tested with, and the end-to-end tests
# of `bash scripts/test.sh` drive exactly this build.
trunk_release() {
  RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD="$BUILD_STD_CRATES" \
    CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size" \
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none" \
    trunk build --release "$@"
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
    step "installing trunk $TRUNK_VERSION (about 7 minutes the first time)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

# The wasm-bindgen CLI must match the wasm-bindgen library version in Cargo.lock exactly.
ensure_wasm_bindgen() {
  local want
  want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $want\$"; then
    step "installing wasm-bindgen-cli $want (about 2 minutes)"
    # Not --locked: the registry lacks one of its pinned dependency versions (see TOOLCHAIN.md).
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_node() {
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  # npm ci reinstalls from the lock file; skip it when node_modules already matches the lock.
  if [ ! -x node_modules/.bin/wasm-opt ] || ! cmp -s package-lock.json node_modules/.package-lock.json.copy 2>/dev/null; then
    step "installing npm packages (wasm-opt from binaryen)"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.package-lock.json.copy
  fi
}

ensure_browser() {
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    apt_install chromium chromium-driver
  fi
  # brotli gives the release sizes a candidate downloads (scripts/sizes.sh).
  command -v brotli >/dev/null 2>&1 || apt_install brotli
  export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
  export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
}

ensure_build_tools() {
  ensure_rust
  ensure_node
  ensure_wasm_bindgen
  ensure_trunk
  fetch_dependencies
}

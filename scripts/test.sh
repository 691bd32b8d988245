#!/usr/bin/env bash
# Installs what is missing (build tools, Chromium and ChromeDriver), then runs every check:
# formatting, clippy (native and wasm), native tests, browser tests, and a release build of dist/.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
ensure_browser

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, all targets)"
cargo clippy --all-targets --locked -- -D warnings

step "cargo clippy (wasm32, all targets)"
cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

step "cargo test (native engine and content tests)"
cargo test --locked

step "browser tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build of dist/"
trunk build --release --locked

step "release sizes"
"$ROOT/scripts/sizes.sh" dist

step "all checks passed"

#!/usr/bin/env bash
# Installs what is missing (build tools, Chromium and ChromeDriver), then runs every check:
# formatting, clippy (native and wasm), native tests (engine, importers, checker, property
# tests), browser tests, release builds of dist/, and end-to-end tests of them served from a
# sub-path. `bash scripts/test.sh quick` runs only formatting, clippy and the native tests
# (no browser, no release build), a few minutes once the tools are installed.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

tier="${1:-full}"
case "$tier" in
  full | quick) ;;
  *) echo "usage: bash scripts/test.sh [quick]" >&2; exit 2 ;;
esac

if [ "$tier" = quick ]; then
  ensure_rust
else
  ensure_build_tools
  ensure_browser
fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "the engine depends on no web or UI crate"
# The engine (crates/engine) must stay pure Rust, tested natively; the compiler cannot see a
# dependency that merely sits unused, so its dependency tree is checked by name, on every target.
impure="$(cargo tree --locked -p exam-engine --all-features --target all -e normal,build --prefix none \
  | grep -E '^(yew|web-sys|js-sys|gloo|wasm-bindgen)' || true)"
if [ -n "$impure" ]; then
  echo "error: crates/engine depends on web or UI crates:" >&2
  echo "$impure" >&2
  exit 1
fi

step "the page's crate graph cannot reach the readers of the teachers' formats"
# The GIFT, Aiken and Markdown readers sit behind the engine's `readers` feature
# (crates/engine/Cargo.toml): with it off, code on the page cannot call them and its build fails
# if it tries. What is left to check is that nothing the page builds turns the feature on; the
# teachers' tools worker, which must have it, shows the check can see it.
readers_in() {
  cargo tree --locked -p "$1" --target wasm32-unknown-unknown -e features,normal --prefix none \
    | grep -q '^exam-engine feature "readers"'
}
for package in exam-practice exam-only yew-floor; do
  if readers_in "$package"; then
    echo "error: $package's build turns on exam-engine's readers (cargo tree -p $package -e features -i exam-engine)" >&2
    exit 1
  fi
done
readers_in teacher-tools || { echo "error: the teachers' tools worker lacks exam-engine's readers" >&2; exit 1; }

step "cargo clippy (native, all targets, every crate)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo clippy (wasm32: the app, the first module, the engine, the teachers' tools worker and the benchmark's two pages)"
cargo clippy --target wasm32-unknown-unknown -p exam-practice -p first-question -p exam-engine -p teacher-tools -p yew-floor -p exam-only --all-targets --locked -- -D warnings

step "cargo test (native: the engine with the bundled bank's content, and exam-check)"
cargo test --workspace --locked

if [ "$tier" = quick ]; then
  step "quick checks passed (the full run adds browser tests, release builds and end-to-end tests)"
  exit 0
fi

step "browser tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build of dist/ (relative asset URLs: one build for any folder), packed as SCORM 1.2 with the tests' bank"
# The documented command (docs/lms.md) makes both dist/ and the package the end-to-end test
# launches under a real SCORM runtime.
"$ROOT/scripts/build.sh" --scorm tests/fixtures/e2e/questions/fixture-compute.json \
  --count 3 --minutes 10 --pass 60 --seed 2024 --out target/e2e-scorm.zip

step "the first module links nothing only the whole app may carry; both modules' sizes"
# Trunk's release build leaves the first module's wasm as the linker wrote it, names and all.
node scripts/first-module-links.mjs target/wasm32-unknown-unknown/release/first-question.wasm dist

step "release build with an absolute public URL (/course/exam/), as docs/hosting.md shows"
trunk_release --locked --public-url /course/exam/ --dist target/dist-subpath

# The app's end-to-end tests use question banks of their own, so editing the bundled bank's
# content never breaks them: copies of both builds get tests/fixtures/e2e/questions in place of
# questions/, as a teacher hosting other banks would have, and post-build.mjs rewrites the
# service worker's file list for them.
e2e_copy() {
  rm -rf "$2"
  cp -r "$1" "$2"
  rm -rf "$2/questions"
  cp -r tests/fixtures/e2e/questions "$2/questions"
  node scripts/post-build.mjs "$2" >/dev/null
}
step "copies of both builds with the tests' own question banks"
e2e_copy dist target/e2e-dist
e2e_copy target/dist-subpath target/e2e-dist-subpath

step "end-to-end tests: the built app in headless Chromium (playwright-core), served from /course/exam/"
E2E_DIST=target/e2e-dist E2E_ABSOLUTE_DIST=target/e2e-dist-subpath E2E_SCORM_ZIP=target/e2e-scorm.zip node --test --test-concurrency=1 tests/e2e/

step "release sizes"
"$ROOT/scripts/sizes.sh" dist

step "all checks passed"

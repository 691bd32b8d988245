#!/usr/bin/env bash
# Installs what is missing (build tools, Chromium, the peer quizdown, twiggy), builds the release
# dist/, analyses its size, then runs the benchmark against the hand-written baseline and quizdown
# (bench/). Not part of the test command.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
ensure_browser
# quizdown, the peer, has a package of its own so the tests never install it.
if [ ! -f bench/node_modules/quizdown/public/build/quizdown.js ] || ! cmp -s bench/package-lock.json bench/node_modules/.package-lock.json.copy 2>/dev/null; then
  step "installing the benchmark's peer (npm quizdown)"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.package-lock.json.copy)
fi
if ! command -v twiggy >/dev/null 2>&1; then
  step "installing twiggy (wasm size analysis)"
  cargo install twiggy --locked
fi

step "release build of dist/"
trunk_release --locked

# The largest items in the wasm. wasm-opt drops function names, so the same module is optimised
# again here with names kept (-g) for twiggy; sizes match the shipped file to within a few bytes.
step "size analysis (twiggy top)"
WASM_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals)
mkdir -p target/bench-twiggy
wasm-bindgen --target web --out-dir target/bench-twiggy target/wasm32-unknown-unknown/release/exam-practice.wasm
wasm-opt -Oz -g "${WASM_FEATURES[@]}" target/bench-twiggy/exam-practice_bg.wasm -o target/bench-twiggy/named.wasm
{
  echo "The ten largest items in the wasm (twiggy top, function names kept for the analysis)"
  twiggy top -n 14 target/bench-twiggy/named.wasm | grep -v -e 'custom section' -e 'function names' -e 'Total Rows' -e '^─' | head -n 11 | cut -c1-150
} > target/bench-twiggy.txt
twiggy top -n 1000000 -f csv target/bench-twiggy/named.wasm > target/bench-twiggy/items.csv
node bench/wasm-parts.mjs target/bench-twiggy/items.csv 30 > target/bench-wasm-parts.txt

# The first module (crates/first-question): its code by part and both modules' shipped sizes, as
# the test command's link check prints them, and its optimised wasm by part, as for the whole app.
step "size analysis of the first module"
node scripts/first-module-links.mjs target/wasm32-unknown-unknown/release/first-question.wasm dist > target/bench-first-module.txt
mkdir -p target/bench-first-module-twiggy
wasm-bindgen --target web --out-dir target/bench-first-module-twiggy target/wasm32-unknown-unknown/release/first-question.wasm
wasm-opt -Oz -g "${WASM_FEATURES[@]}" target/bench-first-module-twiggy/first-question_bg.wasm -o target/bench-first-module-twiggy/named.wasm
twiggy top -n 1000000 -f csv target/bench-first-module-twiggy/named.wasm > target/bench-first-module-twiggy/items.csv
node bench/wasm-parts.mjs target/bench-first-module-twiggy/items.csv 20 | sed '1s/^The wasm/The first module'"'"'s wasm/' > target/bench-first-module-parts.txt

# The floor: the smallest Yew app that shows the first question, built the same way (same
# profile, build-std, wasm-opt), so the app's load can be set against what the stack alone costs.
step "release build of the Yew floor (bench/yew-floor)"
(cd bench/yew-floor && trunk_release --locked --dist ../../target/bench-yew-floor)

# The exam-only bound: the app's own exam page with nothing else linked, on a page written from
# the app's index.html, so it loads as the app does. The smallest first load a split of the app
# into modules could reach; its wasm by part goes beside the app's.
step "release build of the exam-only bound (bench/exam-only)"
node bench/exam-only-page.mjs
(cd bench/exam-only && trunk_release --locked --dist ../../target/bench-exam-only)
node scripts/post-build.mjs target/bench-exam-only
mkdir -p target/bench-exam-only-twiggy
wasm-bindgen --target web --out-dir target/bench-exam-only-twiggy target/wasm32-unknown-unknown/release/exam-only.wasm
wasm-opt -Oz -g "${WASM_FEATURES[@]}" target/bench-exam-only-twiggy/exam-only_bg.wasm -o target/bench-exam-only-twiggy/named.wasm
twiggy top -n 1000000 -f csv target/bench-exam-only-twiggy/named.wasm > target/bench-exam-only-twiggy/items.csv
node bench/wasm-parts.mjs target/bench-exam-only-twiggy/items.csv 20 | sed '1s/^The wasm/The exam-only bound'"'"'s wasm/' > target/bench-exam-only-parts.txt

# opt-level "s" against "z", compared after compression; the smaller is the one to keep. A target
# directory of its own keeps both builds incremental.
step "release build with opt-level \"s\", for comparison"
CARGO_PROFILE_RELEASE_OPT_LEVEL=s CARGO_TARGET_DIR=target/opt-s trunk_release --locked --dist target/dist-opt-s
node bench/opt-levels.mjs dist target/dist-opt-s > target/bench-opt-levels.txt

step "benchmark (bench/run.mjs)"
node bench/run.mjs

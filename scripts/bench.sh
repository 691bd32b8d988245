#!/usr/bin/env bash
# Installs what is missing (build tools, Chromium, the peer quizdown), builds the release dist/,
# then runs the benchmark against the hand-written baseline and quizdown (bench/). Not part of
# the test command.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
ensure_browser
# quizdown, the peer, has a package of its own so the tests never install it.
if [ ! -f bench/node_modules/quizdown/public/build/quizdown.js ] || ! cmp -s bench/package-lock.json bench/node_modules/.package-lock.json.copy 2>/dev/null; then
  step "installing the benchmark's peer (npm quizdown)"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.package-lock.json.copy)
fi
step "release build of dist/"
trunk build --release --locked
step "benchmark (bench/run.mjs)"
node bench/run.mjs

#!/usr/bin/env bash
# Installs what is missing (build tools and Chromium), builds the release dist/, then runs the
# benchmark against the hand-written baseline (bench/). Not part of the test command.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
ensure_browser
step "release build of dist/"
trunk build --release --locked
step "benchmark (bench/run.mjs)"
node bench/run.mjs

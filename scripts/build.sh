#!/usr/bin/env bash
# Installs what is missing, then makes a release build in dist/. Extra arguments go to
# `trunk build`, e.g. `bash scripts/build.sh --public-url /course/exam/` for a sub-path.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
step "trunk build --release $*"
trunk_release "$@"
"$ROOT/scripts/sizes.sh" dist

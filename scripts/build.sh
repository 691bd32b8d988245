#!/usr/bin/env bash
# Installs what is missing, then makes a release build in dist/. Extra arguments go to
# `trunk build`, e.g. `bash scripts/build.sh --public-url /course/exam/` for a sub-path.
#
# With --scorm, it then packs that build and one bank as a SCORM 1.2 package of a fixed exam:
#   bash scripts/build.sh --scorm questions/week3.gift --count 20 --minutes 30 --pass 70 \
#     --seed 2024 --out week3-scorm.zip
# (options after the bank go to scorm-package; see docs/lms.md).
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
if [ "${1:-}" = "--scorm" ]; then
  [ -n "${2:-}" ] || { echo "error: --scorm needs a bank file" >&2; exit 2; }
  bank="$2"
  shift 2
  step "trunk build --release --locked"
  trunk_release --locked
  "$ROOT/scripts/sizes.sh" dist
  step "SCORM 1.2 package of $bank"
  cargo run --release --locked --quiet -p scorm-package -- --dist dist --bank "$bank" "$@"
else
  step "trunk build --release $*"
  trunk_release "$@"
  "$ROOT/scripts/sizes.sh" dist
fi

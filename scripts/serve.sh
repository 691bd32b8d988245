#!/usr/bin/env bash
# Installs what is missing, then serves the app with the bundled banks on http://127.0.0.1:8080,
# rebuilding on every change.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
step "serving on http://127.0.0.1:8080 (Ctrl-C stops)"
exec trunk serve "$@"

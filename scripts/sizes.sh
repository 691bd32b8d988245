#!/usr/bin/env bash
# Prints the size of each wasm, JS and CSS file in a built dist/ folder: raw, gzip -9 and brotli.
set -euo pipefail
dir="${1:-dist}"
printf '%-44s %10s %10s %10s\n' file raw gzip brotli
find "$dir" -maxdepth 1 -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \) | sort | while read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  if command -v brotli >/dev/null 2>&1; then br=$(brotli -c -q 11 "$f" | wc -c); else br="n/a"; fi
  printf '%-44s %10s %10s %10s\n' "$(basename "$f")" "$raw" "$gz" "$br"
done

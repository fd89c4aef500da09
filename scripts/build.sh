#!/usr/bin/env bash
# Build the site in this repository into _site/, installing Warta into .venv first.
# Extra arguments go to `warta build` (e.g. --drafts, --base-url https://example.org/berita/).
set -euo pipefail
. "$(dirname "$0")/_venv.sh" ""
cd "$ROOT"
exec "$VENV/bin/warta" build "$@"

#!/usr/bin/env bash
# Run the whole test suite, installing what it needs: Warta with its test extras into .venv,
# and (as root, on Debian) the chromium package for the browser tests.
# Extra arguments go to pytest (e.g. -m browser, -k fidelity, -x).
set -euo pipefail
. "$(dirname "$0")/_venv.sh" "[test]"
cd "$ROOT"
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's chromium for the browser tests…" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "note: no /usr/bin/chromium; browser tests will be skipped (install the chromium package to run them)" >&2
  fi
fi
exec "$VENV/bin/python" -m pytest "$@"

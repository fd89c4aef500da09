# Shared by scripts/build.sh and scripts/test.sh: make .venv and install Warta into it.
# Usage: . scripts/_venv.sh EXTRAS   (EXTRAS: "" or "[test]")
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${WARTA_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"

if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Warta needs Python 3.11 or newer ($PY is $("$PY" --version 2>&1))" >&2
  exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
  if ! "$PY" -m venv "$VENV" 2>/dev/null; then
    # Debian ships venv separately.
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
      rm -rf "$VENV"; "$PY" -m venv "$VENV"
    else
      echo "cannot create $VENV: install python3-venv (sudo apt-get install python3-venv)" >&2
      exit 1
    fi
  fi
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT$1"

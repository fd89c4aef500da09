# Shared by scripts/build.sh and scripts/test.sh: make .venv and install Warta into it.
# Usage: . scripts/_venv.sh EXTRAS   (EXTRAS: "" or "[test]")
# Also defines apt_install, used by scripts/test.sh for the browser and audit tools.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${WARTA_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"

# apt_install PACKAGE...: install Debian packages quietly, as root on Debian only; `apt-get update`
# runs once per script however many times this is called. Returns 1 where it cannot install.
_APT_UPDATED=""
apt_install() {
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    return 1
  fi
  if [ -z "$_APT_UPDATED" ]; then
    apt-get update -qq >/dev/null
    _APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Warta needs Python 3.11 or newer ($PY is $("$PY" --version 2>&1))" >&2
  exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
  if ! "$PY" -m venv "$VENV" 2>/dev/null; then
    # Debian ships venv separately.
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt_install python3-venv
      rm -rf "$VENV"; "$PY" -m venv "$VENV"
    else
      echo "cannot create $VENV: install python3-venv (sudo apt-get install python3-venv)" >&2
      exit 1
    fi
  fi
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT$1"

#!/usr/bin/env bash
# Run the whole test suite, installing what it needs: Warta with its test extras into .venv,
# and (as root, on Debian) chromium for the browser tests, Java for the Nu HTML Checker and
# Node.js with npm for axe-core, Lighthouse and the Nu HTML Checker (package.json, installed into node_modules/).
# Extra arguments go to pytest (e.g. -m browser, -m audit, -k fidelity, -x).
# Tests marked `soak` (long stress runs) run only with WARTA_SOAK=1 or CI=true; under CI=true a
# skipped test fails the run (tests/run_policy.py).
set -euo pipefail
. "$(dirname "$0")/_venv.sh" "[test]"
cd "$ROOT"

# Debian packages the browser and audit tests need, each only if missing (one apt-get update in all).
missing=()
[ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian's ${missing[*]} for the browser and audit tests…" >&2
  if ! apt_install "${missing[@]}"; then
    echo "note: cannot install ${missing[*]} (needs root on Debian); the tests that need them will be skipped" >&2
  fi
fi

# axe-core, Lighthouse, vnu-jar (package.json): `npm ci` from package-lock.json (plain `npm install` where
# there is no lock file), skipped while node_modules/ holds a stamp of the same package files.
if command -v npm >/dev/null 2>&1; then
  stamp=node_modules/.warta-lock-sha256
  if [ -f package-lock.json ]; then
    npm_install=(npm ci --no-audit --no-fund --loglevel=error)
    want="$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)"
  else
    npm_install=(npm install --no-audit --no-fund --loglevel=error)
    want="package.json $(sha256sum package.json | cut -d' ' -f1)"
  fi
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "installing axe-core, Lighthouse and vnu.jar (${npm_install[*]:0:2})…" >&2
    if "${npm_install[@]}" >/dev/null; then
      echo "$want" > "$stamp"
    elif [ "${CI:-}" = true ]; then
      echo "${npm_install[*]:0:2} failed; CI needs axe-core and Lighthouse for the audit tests" >&2
      exit 1
    else
      echo "note: ${npm_install[*]:0:2} failed; the audit tests that need axe-core or Lighthouse will be skipped" >&2
    fi
  fi
fi
exec "$VENV/bin/python" -m pytest "$@"

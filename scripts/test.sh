#!/usr/bin/env bash
# Install everything the tests need and run the whole suite.
# System tools (chromium, Java 17, gettext, Node/npm) are installed with
# apt-get when running as root; otherwise a missing one is an error.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium chromium-driver)
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing system packages: ${missing[*]} (install them with apt-get)." >&2
    exit 1
  fi
fi

scripts/setup.sh requirements-dev.txt
npm ci --no-audit --no-fund --silent
exec .venv/bin/python -m pytest "$@"

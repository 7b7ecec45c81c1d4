#!/usr/bin/env bash
# Create the virtual environment and install Python dependencies.
# Usage: scripts/setup.sh [requirements file]   (default: requirements.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
requirements="${1:-requirements.txt}"

if ! command -v python3.11 >/dev/null 2>&1; then
  echo "Python 3.11 is required (python3.11 not found)." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  python3.11 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -r "$requirements"
# Compile every catalogue (site-wide and per app) into .mo files.
.venv/bin/python manage.py compilemessages --ignore=.venv --ignore=node_modules -v 0

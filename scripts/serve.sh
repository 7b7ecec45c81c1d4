#!/usr/bin/env bash
# Install, migrate, load the demo content, create the local demo accounts
# (development settings) and serve the site on http://127.0.0.1:8000 with
# SQLite, with the background jobs worker beside the web server: when either
# stops, or on Ctrl-C / SIGTERM, both stop.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh requirements.txt
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-config.settings.dev}"
# The public address every absolute URL is built from (docs/operations.md).
export SITE_BASE_URL="${SITE_BASE_URL:-http://127.0.0.1:8000}"
.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py load_demo_content
# One demo account per editorial role, under the development settings only.
if [ "$DJANGO_SETTINGS_MODULE" = "config.settings.dev" ]; then
  .venv/bin/python manage.py demo_accounts
fi
trap 'trap - EXIT INT TERM; kill 0 2>/dev/null || true' EXIT INT TERM
.venv/bin/python manage.py jobs_worker &
.venv/bin/python manage.py runserver 127.0.0.1:8000 &
wait -n

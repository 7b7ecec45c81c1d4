#!/usr/bin/env bash
# Install, migrate, load the demo content and serve the site on
# http://127.0.0.1:8000 with SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh requirements.txt
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-config.settings.dev}"
.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py load_demo_content
exec .venv/bin/python manage.py runserver 127.0.0.1:8000

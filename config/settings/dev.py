"""Local development: debug on, a throwaway secret, loopback hosts."""

from .base import *  # noqa: F403
from .base import BASE_DIR, SECRET_KEY, env_list

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-used-in-production"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
STORAGES = {
    "default": {"BACKEND": "hardening.storage.SafeFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# One local account per editorial role for newcomers (scripts/serve.sh runs
# `manage.py demo_accounts`); the password is generated once and kept here,
# outside git. `check --deploy` fails while any of these accounts exists.
DEMO_ACCOUNTS_ENABLED = True
DEMO_ACCOUNTS_PASSWORD_FILE = BASE_DIR / "var" / "demo-accounts-password"

"""Local development: debug on, a throwaway secret, loopback hosts."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_list

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-used-in-production"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
STORAGES = {
    "default": {"BACKEND": "hardening.storage.SafeFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

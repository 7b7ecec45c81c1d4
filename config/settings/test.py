"""Fast, isolated test settings: MD5 hashing, local memory cache, media in a
temporary folder, static files served from the finders."""

import os
import tempfile

from .base import *  # noqa: F403
from .base import env_list

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# DJANGO_MEDIA_ROOT when set (the browser tests' demo server, benchmarks);
# under pytest, tests/conftest.py moves media to a session folder it removes.
# Nothing is created here: importing the settings leaves no folder behind.
MEDIA_ROOT = os.environ.get("DJANGO_MEDIA_ROOT") or os.path.join(
    tempfile.gettempdir(), "migration-facts-test-media"
)
STORAGES = {
    "default": {"BACKEND": "hardening.storage.SafeFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SITE_BASE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
SERVE_MEDIA = True

# Production protections that keep state between requests are off for the
# suite (tests roll the database back, not the cache); tests/production turns
# each on where it is tested.
PAGE_CACHE_ENABLED = False
RATELIMIT_ENABLED = False
AXES_ENABLED = False
# scripts/test.sh starts a throwaway redis-server and sets REDIS_URL: the cache
# tests run against it as the "redis" alias; the default cache stays local.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("REDIS_URL"):
    CACHES["redis"] = {
        "BACKEND": "caching.backends.ResilientRedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "test",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
# Background jobs run at once in tests, so a test sees their effect;
# tests/production/test_jobs.py runs the real database backend and worker.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "jobs": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
# Audio is made on publish only where a test asks for it (tests/audio turns it
# on; the browser tests' demo server sets AUDIO_ON_PUBLISH=1): every publish
# in the suite would otherwise run espeak-ng.
AUDIO_ON_PUBLISH = os.environ.get("AUDIO_ON_PUBLISH") == "1"

"""Settings shared by every environment: secure by default.

Development and tests relax these in ``dev.py`` and ``test.py``; production
refuses to start without its secrets (``production.py``).
"""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"


def env_list(name, default=""):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# ------------------------------------------------------------------------------
# Core
# ------------------------------------------------------------------------------
DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Redis, when set, holds the shared cache and the background jobs queue.
REDIS_URL = os.environ.get("REDIS_URL", "")

# ------------------------------------------------------------------------------
# Applications
# ------------------------------------------------------------------------------
# modeltranslation must come before the admin and every app it patches.
TRANSLATION_APPS = [
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
]
DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]
WAGTAIL_APPS = [
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
]
LOCAL_APPS = [
    "languages",
    "geography",
    "taxonomy",
    "media",
    "home",
    "factsheets",
    "campaigns",
    "rights",
    "search",
    "workspace",
    "hardening",
    "caching",
    "jobs",
    "feedback",
    "api",
    "audio",
    "offline",
]
# Login lockout (django-axes): see "Production readiness" below. Background
# jobs: Django's tasks framework (django-tasks backport) and its database
# backend, plus django-rq's queues when Redis is configured.
THIRD_PARTY_APPS = [
    "axes",
    "django_tasks",
    "django_tasks_db",
    *(["django_rq"] if REDIS_URL else []),
]
INSTALLED_APPS = TRANSLATION_APPS + DJANGO_APPS + WAGTAIL_APPS + THIRD_PARTY_APPS + LOCAL_APPS

# In request order. The production protections (rate limits, page cache, CSP,
# login lockout) are described in docs/operations.md.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag (a hash of the body) and 304 on every storable response; see api.conditional.
    "api.middleware.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, except that a 404 under /api/ stays a JSON 404 (no redirect).
    "api.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Refuses a client over its limit before any page work is done.
    "hardening.middleware.RateLimitMiddleware",
    # Before CSP: a cached page keeps the policy it was rendered with.
    "caching.pagecache.PageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    "hardening.middleware.AdminCSPMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# ------------------------------------------------------------------------------
# Database: SQLite unless DATABASE_URL says otherwise
# ------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
    )
}
# SQLite that holds concurrent editors: write-ahead log (readers never block
# the writer), every transaction takes the write lock when it begins
# (IMMEDIATE: a reader that later writes cannot deadlock and fail at once with
# "database is locked"), and a writer waits up to SQLITE_BUSY_TIMEOUT seconds
# for the lock instead of failing. bench/concurrent_editors.py measures it.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": float(os.environ.get("SQLITE_BUSY_TIMEOUT", "20")),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

# ------------------------------------------------------------------------------
# Languages: declared once here; adding one is one line in LANGUAGES (plus its
# LANG_INFO if Django does not know it, and a catalogue).
# ------------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("fr", _("French")),
    ("ht", _("Haitian Creole")),
]
# Django ships no language info for Haitian Creole.
LANG_INFO.setdefault(
    "ht",
    {"bidi": False, "code": "ht", "name": "Haitian Creole", "name_local": "Kreyòl ayisyen"},
)
# A language with no translation of a field or page is read in the next one.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("en",),
    "ht": ("fr", "en"),
}
# One slug per page in every language: the language switcher only swaps the
# language prefix, so it always lands on the same page (docs/languages.md).
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False
LOCALE_PATHS = [SITE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

# ------------------------------------------------------------------------------
# Static and media files
# ------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [SITE_DIR / "static"]
# Files browsers ask for at the site root (/favicon.ico, /apple-touch-icon.png).
WHITENOISE_ROOT = SITE_DIR / "root"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Media on S3-compatible object storage when a bucket is configured (its
# origin is then allowed by the Content-Security-Policy below); local media
# are written to a temporary name and renamed when complete, so a full or
# read-only disk leaves no partial file (hardening.storage).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
_media_origins = []
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    AWS_LOCATION = os.environ.get("AWS_LOCATION", "media")
    _media_origins = [
        f"https://{AWS_S3_CUSTOM_DOMAIN}"
        if AWS_S3_CUSTOM_DOMAIN
        else (AWS_S3_ENDPOINT_URL or f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com")
    ]
STORAGES = {
    "default": {
        "BACKEND": "storages.backends.s3.S3Storage"
        if AWS_STORAGE_BUCKET_NAME
        else "hardening.storage.SafeFileSystemStorage"
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# ------------------------------------------------------------------------------
# Wagtail
# ------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Migration Facts"
# The one public address: every absolute URL (canonical, hreflang, sitemap,
# citations, ClaimReview, Open Graph, feeds, downloads, QR codes, e-mails) is
# built from it by languages.addresses, whatever host a request came in on.
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
WAGTAILIMAGES_IMAGE_MODEL = "media.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "media.CustomDocument"
# Image and document forms show every language's title, alt text and credit.
# The document form is the translated one (media) with the upload checks
# (hardening) on top: SafeDocumentForm subclasses HARDENING_DOCUMENT_FORM_PARENT.
WAGTAILIMAGES_IMAGE_FORM_BASE = "media.forms.TranslatedImageForm"
HARDENING_DOCUMENT_FORM_PARENT = "media.forms.TranslatedDocumentForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "hardening.uploads.SafeDocumentForm"
WAGTAIL_I18N_ENABLED = False  # one page tree; fields are translated in place
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English"), ("es", "Español"), ("fr", "Français")]
# Editorial workspace: the statistics library and when its figures are due
# for review (a period older than this many years; see workspace/figures.py).
WORKSPACE_STATISTIC_MODELS = ("factsheets.Statistic",)
WORKSPACE_FIGURE_MAX_AGE_YEARS = int(os.environ.get("WORKSPACE_FIGURE_MAX_AGE_YEARS", "5"))
# The licence of the site's texts and data, stated in citations, downloads
# and API answers (api/licence.py). Each figure's source keeps its own terms.
CONTENT_LICENSE_NAME = os.environ.get("CONTENT_LICENSE_NAME", "CC BY 4.0")
CONTENT_LICENSE_URL = os.environ.get(
    "CONTENT_LICENSE_URL", "https://creativecommons.org/licenses/by/4.0/"
)

# ------------------------------------------------------------------------------
# Search: Elasticsearch when ELASTICSEARCH_URL is set, else the database
# backend. Short timeouts: a slow engine means the database answers instead,
# never a hung worker.
# ------------------------------------------------------------------------------
SEARCH_ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL") or None
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "migrationfacts")
# One time budget per search, across all its engine calls (seconds).
SEARCH_TIMEOUT = float(os.environ.get("SEARCH_TIMEOUT", "2"))
# After an engine failure, searches skip the engine this long (seconds).
SEARCH_CIRCUIT_SECONDS = float(os.environ.get("SEARCH_CIRCUIT_SECONDS", "30"))
SEARCH_INDEX_TIMEOUT = float(
    os.environ.get("SEARCH_INDEX_TIMEOUT", "5")
)  # seconds, per indexing call

# ------------------------------------------------------------------------------
# Security: safe defaults everywhere; production adds HTTPS-only settings.
# ------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# ------------------------------------------------------------------------------
# Caching
# ------------------------------------------------------------------------------
# Redis (shared by every app server) when REDIS_URL is set; a Redis that is
# down or slow makes the cache miss, never an error (caching.backends).
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "caching.backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "mf"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    # Without Redis: files on local disk, shared by every process of this
    # machine (gunicorn workers, management commands, the jobs worker), so a
    # page invalidated by one is invalidated for all. Bounded: past
    # CACHE_MAX_ENTRIES files, a third is culled.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("DJANGO_CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "5000"))},
        }
    }

# ------------------------------------------------------------------------------
# Background jobs (jobs/): work that follows publishing (search indexing, share
# cards, cache purges) runs in a worker, retried when it fails, never lost.
# Embedded default: the database backend (django-tasks-db; `manage.py
# jobs_worker`, started by scripts/serve.sh). With Redis: RQ (django-tasks-rq).
# Wagtail's own tasks (reference index, its search index) stay immediate: the
# site's cache invalidation and citations read the reference index at once.
# ------------------------------------------------------------------------------
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "jobs": {
        "BACKEND": "django_tasks_rq.RQBackend" if REDIS_URL else "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    },
}
if REDIS_URL:
    # A Redis that is down fails the enqueue fast (jobs.queue records it).
    _rq_url = REDIS_URL + ("&" if "?" in REDIS_URL else "?") + "socket_connect_timeout=0.5"
    RQ_QUEUES = {"default": {"URL": _rq_url, "DEFAULT_TIMEOUT": 600}}
JOBS_MAX_ATTEMPTS = int(os.environ.get("JOBS_MAX_ATTEMPTS", "5"))
JOBS_RETRY_SECONDS = float(os.environ.get("JOBS_RETRY_SECONDS", "30"))  # doubles each time

# ------------------------------------------------------------------------------
# Audio (audio/): every section of a rights guide (and a fact sheet's myth,
# verdict and answer) spoken in each language it is written in, as Ogg Opus,
# made by a background job after publishing. AUDIO_ENGINE names the engine
# class (audio/engines.py); AUDIO_VOICES its voice per language (a language
# without a voice gets no audio).
# ------------------------------------------------------------------------------
AUDIO_ENGINE = os.environ.get("AUDIO_ENGINE", "audio.engines.EspeakNg")
AUDIO_ON_PUBLISH = os.environ.get("AUDIO_ON_PUBLISH", "1") != "0"
AUDIO_VOICES = {"en": "en-us", "es": "es-419", "fr": "fr-fr", "ht": "ht"}
AUDIO_BITRATE = 20  # kbit/s: speech
AUDIO_WORDS_PER_MINUTE = 150
AUDIO_TIMEOUT = 60  # seconds per program run
AUDIO_PARALLEL = int(os.environ.get("AUDIO_PARALLEL", "2"))  # clips made at once
# Offline reading and the installable app (offline/): the manifest's colours
# are the design system's brand blue and page background.
OFFLINE_THEME_COLOR = "#0e2f50"
OFFLINE_BACKGROUND_COLOR = "#ffffff"

# ------------------------------------------------------------------------------
# Logging: never log query strings (searches are private).
# ------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"one_line_warning": {"()": "hardening.logging.OneLineWarning"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # A bad Host header is one warning line, not an error with a traceback.
    "loggers": {"django.security.DisallowedHost": {"filters": ["one_line_warning"]}},
}

# ------------------------------------------------------------------------------
# Production readiness: CSP, rate limits, login lockout, page cache, uploads.
# See docs/operations.md.
# ------------------------------------------------------------------------------
# Content-Security-Policy (django-csp 4): no inline scripts anywhere on the
# public site. Embed views relax frame-ancestors with hardening.csp.allow_framing.
# Style attributes are allowed (charts size bars with them); <style> elements are not.
CSP_EXTRA_IMG_SRC = env_list("CSP_EXTRA_IMG_SRC")
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-elem": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:", *CSP_EXTRA_IMG_SRC, *_media_origins],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", *CSP_EXTRA_IMG_SRC, *_media_origins],
        "object-src": ["'none'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    },
}
# The Wagtail admin uses inline scripts and frames its own previews: a relaxed
# policy applies under /admin/ only (editors are authenticated staff).
ADMIN_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self'; "
    "frame-src 'self' https:; frame-ancestors 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'"
)
# Views any site may frame (the embeddable statistic cards).
CSP_FRAMEABLE_PATHS = [r"^/[a-z]{2,3}/embed/"]
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin must not call out to wagtail.io
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no editor's e-mail hash goes to Gravatar

# Rate limits: name -> (path regex, requests, per seconds), per hashed client.
RATELIMIT_ENABLED = os.environ.get("RATELIMIT_ENABLED", "1") != "0"
RATELIMITS = {
    "search": (r"^/(?:[a-z]{2,3}/)?search/|^/api/search/", 30, 60),
    "api": (r"^/api/", 120, 60),
}
# "Report an error" (feedback): reports a client may send per window of seconds.
ERROR_REPORT_RATE_LIMIT = (5, 3600)
# Days after which a report's name and e-mail are deleted (purge_error_reports).
ERROR_REPORT_RETENTION_DAYS = int(os.environ.get("ERROR_REPORT_RETENTION_DAYS", "30"))
# Behind a reverse proxy, the header it sets with the client address (e.g.
# HTTP_X_REAL_IP); never a header clients can forge.
RATELIMIT_CLIENT_IP_HEADER = os.environ.get("RATELIMIT_CLIENT_IP_HEADER", "")

# Login lockout (django-axes) on the Wagtail admin sign-in.
AUTHENTICATION_BACKENDS = [
    # AxesBackend (not the standalone one) also answers get_user, which
    # Wagtail's test utilities and session logins ask of the first backend.
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# 5 failures per user name and address, 10 per user name from all addresses
# together (hardening.lockout); names compared normalised; 429 + Retry-After.
AXES_FAILURE_LIMIT = 5
HARDENING_ACCOUNT_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_HANDLER = "hardening.lockout.AccountLimitHandler"
AXES_USERNAME_CALLABLE = "hardening.lockout.normalised_username"
AXES_LOCKOUT_CALLABLE = "hardening.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # keep no record of successful sign-ins
AXES_IPWARE_META_PRECEDENCE_ORDER = [RATELIMIT_CLIENT_IP_HEADER or "REMOTE_ADDR"]

# Page cache (caching.pagecache)
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "1") != "0"
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
PAGE_CACHE_EXCLUDED_PREFIXES = ["/admin/", "/api/", "/documents/", "/media/", "/static/"]
PAGE_CACHE_CITED_MODELS = ["factsheets.statistic"]

# Uploads: real raster images only (no SVG), bounded size and pixel count
# (decompression bombs are refused while the header is read); documents of
# listed types whose content matches the extension (hardening.uploads).
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "csv", "txt", "docx", "xlsx", "odt", "ods"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

"""A small public-page cache keyed by page, language and path.

How it works
- ``PageCacheMiddleware`` looks a GET/HEAD request up by host + path (+ the
  allowed query parameters); the language is part of the path (``/es/…``).
  A stored entry records the page id and that page's *version token* when it
  was rendered; it is served only while the page's current token (and the
  site-wide token) still match, so invalidating a page is one cache write.
- A response is stored only when Wagtail served a page (the
  ``before_serve_page`` hook marks the request), for an anonymous visitor
  without a session, with status 200 and no cookies set.
- Editors and previews never see a cached page: any request carrying a session
  cookie bypasses the cache both ways, and ``/admin/`` is never cached.
- ``caching.signals`` bumps the tokens on publish / unpublish / move / delete of
  a page, and when a snippet, image, document or statistic the page cites (per
  Wagtail's ``ReferenceIndex``) is published, changed or deleted.
- Every cache call is wrapped: a cache that is down means a miss.
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse

logger = logging.getLogger(__name__)

GLOBAL_KEY = "pagecache:gen"
HEADER = "X-Page-Cache"
SKIPPED_HEADERS = {"set-cookie", "date", HEADER.lower()}


def enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _safe(fn, default):
    try:
        return fn()
    except Exception:  # noqa: BLE001 - a broken cache is a miss, never an error
        logger.warning("Page cache unavailable; serving uncached.", exc_info=False)
        return default


def version_key(page_id):
    return f"pagecache:ver:{page_id}"


def entry_key(request):
    raw = f"{request.get_host()}|{request.is_secure()}|{request.path}|{_cacheable_query(request)}"
    return "pagecache:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _cacheable_query(request):
    allowed = set(getattr(settings, "PAGE_CACHE_QUERY_PARAMETERS", ["page"]))
    return "&".join(f"{k}={v}" for k, v in sorted(request.GET.items()) if k in allowed)


def request_is_cacheable(request):
    if not enabled() or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False  # editors (and anyone with a session) always get a fresh page
    if request.path_info.startswith(tuple(getattr(settings, "PAGE_CACHE_EXCLUDED_PREFIXES", ()))):
        return False
    allowed = set(getattr(settings, "PAGE_CACHE_QUERY_PARAMETERS", ["page"]))
    return all(key in allowed for key in request.GET)


def _tokens(page_id):
    c = cache()
    keys = [version_key(page_id), GLOBAL_KEY]
    found = _safe(lambda: c.get_many(keys), {})
    return found.get(keys[0]), found.get(keys[1])


def lookup(request):
    if not request_is_cacheable(request):
        return None
    entry = _safe(lambda: cache().get(entry_key(request)), None)
    if not entry:
        return None
    page_token, global_token = _tokens(entry["page_id"])
    if (
        page_token is None
        or page_token != entry["page_token"]
        or global_token != entry["global_token"]
    ):
        return None
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response.headers[name] = value
    response[HEADER] = "hit"
    return response


def store(request, response):
    page_id = getattr(request, "_page_cache_page_id", None)
    if page_id is None or not request_is_cacheable(request):
        return
    if response.status_code != 200 or response.streaming or response.cookies:
        response[HEADER] = "skip"
        return
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return
    c = cache()
    page_token, global_token = _tokens(page_id)
    if page_token is None:
        page_token = uuid.uuid4().hex
        if not _safe(lambda: c.add(version_key(page_id), page_token, timeout=None), False):
            return  # lost a race or cache down: do not store
    if global_token is None:
        global_token = uuid.uuid4().hex
        if not _safe(lambda: c.add(GLOBAL_KEY, global_token, timeout=None), False):
            return
    entry = {
        "page_id": page_id,
        "page_token": page_token,
        "global_token": global_token,
        "status": response.status_code,
        "content": response.content,
        "headers": [(k, v) for k, v in response.items() if k.lower() not in SKIPPED_HEADERS],
    }
    timeout = getattr(settings, "PAGE_CACHE_TIMEOUT", 600)
    _safe(lambda: c.set(entry_key(request), entry, timeout=timeout), None)
    response[HEADER] = "miss"


def invalidate_pages(page_ids):
    """Make every cached copy of these pages (all languages, all paths) stale."""
    page_ids = {int(pk) for pk in page_ids if pk is not None}
    if not page_ids:
        return
    c = cache()
    _safe(lambda: c.delete_many([version_key(pk) for pk in page_ids]), None)


def invalidate_all():
    """Make every cached page stale (e.g. the site menu changed)."""
    _safe(lambda: cache().delete(GLOBAL_KEY), None)


class PageCacheMiddleware:
    """Serve and store public Wagtail pages; see the module docstring.

    Place it after the authentication, locale and rate-limit middleware and
    before the CSP middleware (so the stored response carries its own
    Content-Security-Policy, e.g. the embed views' framing rule)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cached = lookup(request)
        if cached is not None:
            return cached
        response = self.get_response(request)
        store(request, response)
        return response

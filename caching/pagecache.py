"""A small public-page cache keyed by page, language and path.

How it works
- ``PageCacheMiddleware`` looks a GET/HEAD request up by host + path (the
  language is part of the path, ``/es/…``) + the query parameters *that page
  uses*; any other parameter is ignored (``/about/?x=1`` is served from the
  ``/about/`` entry, not a bypass). A page declares a parameter it reads with
  ``vary_on_query(request, name)`` (``caching.pagination.paginate`` does it for
  ``?page=``) and answers 404 to values it does not accept (or calls
  ``do_not_store``), so the number of entries stays bounded. A small *route record* per path remembers the page id
  and its parameters for the next lookup.
- A stored entry records the page id and that page's *version token* (and the
  site-wide token) read *before* the page was rendered; it is served only
  while the current tokens still match, so invalidating a page is one cache
  write, and a render that raced with an invalidation is never served.
- A response is stored only when Wagtail served a page (the
  ``before_serve_page`` hook calls ``begin``) or a view showing one object
  calls ``begin`` with it (a statistic's page), for an anonymous visitor
  without a session, with status 200 and no cookies set.
- Editors and previews never see a cached page: any request carrying a session
  cookie bypasses the cache both ways, and ``/admin/`` is never cached.
- ``caching.signals`` bumps the tokens on publish / unpublish / move / delete of
  a page, and when a snippet, image, document or statistic the page cites (per
  Wagtail's ``ReferenceIndex``) is published, changed or deleted.
- The cache is shared by every process (Redis, or the file cache of the
  embedded default): a publish from any worker, command or job is seen by all.
- Every cache call is wrapped: a cache that is down means a miss.
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from wagtail.models import Page

logger = logging.getLogger(__name__)

GLOBAL_KEY = "pagecache:gen"
HEADER = "X-Page-Cache"
SKIPPED_HEADERS = {"set-cookie", "date", HEADER.lower()}


class CacheUnavailable(Exception):
    """The cache could not be written (e.g. Redis is down)."""


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


def cache_id(obj):
    """What the tokens of ``obj``'s cached copies are keyed by: a page's id;
    ``app_label.model:pk`` for any other object with a page of its own."""
    if isinstance(obj, Page):
        return obj.pk
    return f"{obj._meta.label_lower}:{obj.pk}"


def _location(request):
    return f"{request.get_host()}|{request.is_secure()}|{request.path}"


def route_key(request):
    return "pagecache:route:" + hashlib.sha256(_location(request).encode()).hexdigest()


def entry_key(request, parameters=()):
    """The entry of this URL: only the query parameters the page uses count
    (their last value, as ``request.GET.get`` reads it)."""
    query = "&".join(f"{name}={request.GET[name]}" for name in parameters if name in request.GET)
    raw = f"{_location(request)}|{query}"
    return "pagecache:page:" + hashlib.sha256(raw.encode()).hexdigest()


def vary_on_query(request, *names):
    """Tell the page cache that the page being rendered reads these query
    parameters. For a value it does not accept, the page answers 404 or calls
    ``do_not_store`` (or the entries would be unbounded); any parameter not
    declared is ignored."""
    used = getattr(request, "_page_cache_parameters", None)
    if used is not None:
        used.update(names)


def do_not_store(request):
    """Serve this response but keep no copy: for a parameter value the page
    ignores (an unknown filter), so such values cannot fill the cache."""
    request._page_cache_stamp = None


def request_is_cacheable(request):
    if not enabled() or request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False  # editors (and anyone with a session) always get a fresh page
    return not request.path_info.startswith(
        tuple(getattr(settings, "PAGE_CACHE_EXCLUDED_PREFIXES", ()))
    )


def _read_tokens(page_id):
    keys = [version_key(page_id), GLOBAL_KEY]
    found = _safe(lambda: cache().get_many(keys), None)
    if found is None:
        return None
    return found.get(keys[0]), found.get(keys[1])


def _ensure_token(key, token):
    """The current token under ``key``, created if there is none."""
    if token is not None:
        return token
    c = cache()
    token = uuid.uuid4().hex
    if _safe(lambda: c.add(key, token, timeout=None), False):
        return token
    return _safe(lambda: c.get(key), None)  # another process created it first


def lookup(request):
    if not request_is_cacheable(request):
        return None
    route = _safe(lambda: cache().get(route_key(request)), None)
    if not route:
        return None
    page_id, parameters = route["page_id"], route["parameters"]
    keys = [entry_key(request, parameters), version_key(page_id), GLOBAL_KEY]
    found = _safe(lambda: cache().get_many(keys), {})
    entry, page_token, global_token = (found.get(key) for key in keys)
    request._page_cache_route = route
    request._page_cache_tokens = (page_id, page_token, global_token)
    if (
        not entry
        or page_token is None
        or page_token != entry["page_token"]
        or global_token != entry["global_token"]
    ):
        return None
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response.headers[name] = value
    response[HEADER] = "hit"
    return response


def begin(request, page):
    """Called before ``page`` renders (``before_serve_page`` hook, or a view
    showing one object): note the page and read its tokens now, so a change
    published while it renders makes this copy stale instead of serving old
    content."""
    if not request_is_cacheable(request):
        return
    page_id = cache_id(page)
    request._page_cache_page_id = page_id
    request._page_cache_parameters = set()
    known = getattr(request, "_page_cache_tokens", None)
    if known is None or known[0] != page_id:
        known = _read_tokens(page_id)
        if known is None:
            return  # cache down: nothing will be stored
        known = (page_id, *known)
    page_token = _ensure_token(version_key(page_id), known[1])
    global_token = _ensure_token(GLOBAL_KEY, known[2])
    if page_token and global_token:
        request._page_cache_stamp = (page_token, global_token)


def store(request, response):
    page_id = getattr(request, "_page_cache_page_id", None)
    stamp = getattr(request, "_page_cache_stamp", None)
    if page_id is None or stamp is None or not request_is_cacheable(request):
        return
    if response.status_code != 200 or response.streaming or response.cookies:
        response[HEADER] = "skip"
        return
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return
    c = cache()
    parameters = sorted(request._page_cache_parameters)
    route = {"page_id": page_id, "parameters": parameters}
    timeout = getattr(settings, "PAGE_CACHE_TIMEOUT", 600)
    entries = {
        entry_key(request, parameters): {
            "page_id": page_id,
            "page_token": stamp[0],
            "global_token": stamp[1],
            "status": response.status_code,
            "content": response.content,
            "headers": [(k, v) for k, v in response.items() if k.lower() not in SKIPPED_HEADERS],
        }
    }
    if getattr(request, "_page_cache_route", None) != route:
        entries[route_key(request)] = route
    _safe(lambda: c.set_many(entries, timeout=timeout), None)
    response[HEADER] = "miss"


def _delete(keys):
    """Delete ``keys``; ``False`` if the cache could not be reached."""
    c = cache()
    try:
        c.delete_many(keys)
    except Exception:  # noqa: BLE001 - reported to the caller, who retries later
        c = None
    if c is None or not getattr(c, "available", lambda: True)():
        logger.warning("Page cache unavailable; invalidation will be retried.")
        return False
    return True


def invalidate_pages(page_ids):
    """Make every cached copy of these pages (all languages, all paths) stale.
    Ids are page ids or ``cache_id`` values. Returns ``False`` when the cache
    could not be reached."""
    page_ids = {str(pk) for pk in page_ids if pk is not None}
    return _delete([version_key(pk) for pk in page_ids]) if page_ids else True


def invalidate_all():
    """Make every cached page stale (e.g. the site menu changed)."""
    return _delete([GLOBAL_KEY])


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

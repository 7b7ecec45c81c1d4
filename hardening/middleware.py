"""Request-level protections: a relaxed CSP for the Wagtail admin and rate
limits on search and the JSON APIs."""

import hashlib
import logging
import re
import time

from django.conf import settings
from django.core.cache import caches
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from languages.codes import language_codes

logger = logging.getLogger(__name__)
FRAME_ANCESTORS = re.compile(r"frame-ancestors[^;]*")


class AdminCSPMiddleware:
    """The Wagtail admin relies on inline scripts and frames its own page
    previews: it gets ``ADMIN_CONTENT_SECURITY_POLICY`` instead of the strict
    public policy (which excludes ``/admin/``). List it after
    ``csp.middleware.CSPMiddleware`` so it runs first on the response."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.frameable = [re.compile(p) for p in getattr(settings, "CSP_FRAMEABLE_PATHS", [])]

    def __call__(self, request):
        response = self.get_response(request)
        # Embeddable views (CSP_FRAMEABLE_PATHS, e.g. /<lang>/embed/…) may be
        # framed by any site, like views decorated with hardening.csp.allow_framing.
        if any(p.match(request.path_info) for p in self.frameable):
            # A view's bare "frame-ancestors *" header would drop the rest of
            # the policy: let the CSP middleware write the full one instead.
            if "default-src" not in response.get("Content-Security-Policy", "default-src"):
                del response["Content-Security-Policy"]
            replace = getattr(response, "_csp_replace", None) or {}
            response._csp_replace = {"frame-ancestors": ["*"], **replace}
            if "X-Frame-Options" in response:
                del response["X-Frame-Options"]
            response.xframe_options_exempt = True
        policy = getattr(settings, "ADMIN_CONTENT_SECURITY_POLICY", "")
        if policy and request.path_info.startswith("/admin/"):
            public = response.get("Content-Security-Policy")
            if public:
                # A preview: Wagtail renders the public page through the whole
                # middleware stack, public policy included. Keep that policy
                # (the preview behaves as the page will), framed by the admin.
                framed, found = FRAME_ANCESTORS.subn("frame-ancestors 'self'", public)
                response["Content-Security-Policy"] = (
                    framed if found else f"{public}; frame-ancestors 'self'"
                )
            else:
                response["Content-Security-Policy"] = policy
        permissions = getattr(settings, "PERMISSIONS_POLICY", "")
        if permissions:
            response.headers.setdefault("Permissions-Policy", permissions)
        return response


def client_key(request):
    """A hashed client key: the address is never stored, only a salted hash.

    Behind a proxy, set ``RATELIMIT_CLIENT_IP_HEADER`` (e.g. ``HTTP_X_REAL_IP``)
    to the header the proxy sets (never trust a client-supplied one)."""
    header = getattr(settings, "RATELIMIT_CLIENT_IP_HEADER", "")
    address = (request.META.get(header, "") if header else "") or request.META.get(
        "REMOTE_ADDR", ""
    )
    address = address.split(",")[0].strip()
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:ratelimit:{address}".encode()).hexdigest()
    return digest[:32]


def over_limit(request, name, limit, window):
    """Count one request of this client under ``name``; seconds to wait when
    it is over ``limit`` per ``window`` seconds, else 0. For views that limit
    one action (a form's POST) rather than a path."""
    if not getattr(settings, "RATELIMIT_ENABLED", True):
        return 0
    return RateLimitMiddleware._over_limit(request, name, limit, window)


class RateLimitMiddleware:
    """Fixed-window rate limits per hashed client, stored in the cache.

    ``RATELIMITS`` maps a name to ``(path regex, requests, seconds)``. Over
    the limit, the answer is 429 with a translated message (JSON for API paths,
    an HTML page otherwise) and ``Retry-After``. If the cache is down, requests
    pass (a broken cache must not take the site down)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.rules = [
            (name, re.compile(pattern), limit, window)
            for name, (pattern, limit, window) in getattr(settings, "RATELIMITS", {}).items()
        ]

    def __call__(self, request):
        rules = self.rules
        configured = getattr(settings, "RATELIMITS", {})
        if len(configured) != len(rules) or any(
            configured.get(name, (None, limit, window))[1:] != (limit, window)
            for name, _p, limit, window in rules
        ):  # settings changed at run time (tests)
            self.__init__(self.get_response)
            rules = self.rules
        if getattr(settings, "RATELIMIT_ENABLED", True):
            for name, pattern, limit, window in rules:
                if pattern.match(request.path_info):
                    retry_after = self._over_limit(request, name, limit, window)
                    if retry_after:
                        return self._limited(request, retry_after)
                    break
        return self.get_response(request)

    @staticmethod
    def _over_limit(request, name, limit, window):
        now = int(time.time())
        bucket = now // window
        key = f"ratelimit:{name}:{client_key(request)}:{bucket}"
        cache = caches[getattr(settings, "RATELIMIT_CACHE", "default")]
        try:
            count = 1 if cache.add(key, 1, timeout=window + 1) else cache.incr(key)
        except Exception:  # noqa: BLE001 - cache down: fail open, log once per request
            logger.warning("Rate limit cache unavailable; request allowed.")
            return 0
        if count is None:  # cache down: allow
            return 0
        if count > limit:
            return (bucket + 1) * window - now or 1
        return 0

    @staticmethod
    def _limited(request, retry_after):
        def message():
            return _("Too many requests. Please wait %(seconds)s seconds and try again.") % {
                "seconds": retry_after
            }

        if request.path_info.startswith("/api/"):
            # API clients name their language in the query (?lang=es), often
            # without Accept-Language: answer in it.
            asked = request.GET.get("lang") or request.GET.get("language")
            known = asked in language_codes()
            with translation.override(asked if known else translation.get_language()):
                text = message()
            response = JsonResponse({"error": text, "retry_after": retry_after}, status=429)
        else:
            response = TemplateResponse(
                request, "hardening/too_many_requests.html", {"message": message()}, status=429
            )
            response.render()
        response["Retry-After"] = str(retry_after)
        response["Cache-Control"] = "no-store"
        return response

"""Conditional requests: ``Last-Modified`` for views that know when their
data last changed, and the headers every public data download carries.

ETags come from ``django.middleware.http.ConditionalGetMiddleware`` (a hash
of the body, for every response that may be stored): always right, whatever
the page shows. ``Last-Modified`` is only given where a date covers every
change of the response (see ``factsheets.views``): a page whose cited
figures can change without the page changing gets an ETag only.
"""

from functools import wraps

from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from api.licence import link_license

#: Public read-only data may be read from any site and kept a minute.
DATA_CACHE_CONTROL = "public, max-age=60"


def public_data(response):
    """Headers of public, read-only data (API answers, figure downloads):
    any site may fetch it (CORS), caches may keep it a minute, and its
    licence is linked."""
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = DATA_CACHE_CONTROL
    return link_license(response)


def last_modified(func):
    """Like Django's ``condition(last_modified_func=…)``, but the 304 keeps
    the data headers. ``func(request, *args, **kwargs)`` returns an aware
    datetime or ``None``."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            when = func(request, *args, **kwargs) if request.method in ("GET", "HEAD") else None
            stamp = int(when.timestamp()) if when else None
            if stamp is not None and "HTTP_IF_NONE_MATCH" not in request.META:
                early = get_conditional_response(request, last_modified=stamp)
                if early is not None:
                    early["Last-Modified"] = http_date(stamp)
                    return public_data(early)
            response = view(request, *args, **kwargs)
            if stamp is not None and response.status_code == 200:
                response["Last-Modified"] = http_date(stamp)
            return response

        return wrapped

    return decorator

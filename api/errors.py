"""JSON errors for the public API, in the language the client asked for.

Every API error has one shape: ``{"status": 400, "language": "es",
"errors": ["…"]}``. The language is the ``lang`` parameter when it is a
site language, else the one LocaleMiddleware chose from the request
(``Accept-Language``), so even "unknown language" is said in a language
the client reads.
"""

from django.http import JsonResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from languages.codes import language_codes

API_PREFIX = "/api/"


def is_api_path(path):
    return path.startswith(API_PREFIX)


def message_language(request):
    """The language of messages for this request (``lang`` if valid)."""
    lang = request.GET.get("lang")
    if lang in language_codes():
        return lang
    return translation.get_language() or "en"


def json_error(request, status, *messages, language=None):
    """A JSON error response; ``messages`` are callables or lazy strings,
    rendered in ``language`` (default: the client's, ``message_language``)."""
    language = language or message_language(request)
    with translation.override(language):
        texts = [str(m() if callable(m) else m) for m in messages]
    response = JsonResponse(
        {"status": status, "language": language, "errors": texts},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Content-Language"] = language
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "no-store"
    patch_vary_headers(response, ("Accept-Language",))
    return response


def unknown_language(request):
    """400 for a ``lang`` that is not a site language (``None`` when valid)."""
    lang = request.GET.get("lang")
    if lang is None or lang in language_codes():
        return None
    return json_error(
        request,
        400,
        lambda: (
            _("Unknown language “%(lang)s”: use one of %(codes)s.")
            % {"lang": lang[:20], "codes": ", ".join(language_codes())}
        ),
    )


def not_found(request, message=None):
    return json_error(request, 404, message or (lambda: _("Nothing is published at this address.")))

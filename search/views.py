"""The search page and its JSON twin: thin views over ``search.query``.

Responses to queries are private: ``noindex`` and never cached, and the query
is not logged or stored anywhere. The bare search page (no parameters) is an
ordinary page that search engines may list.
"""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from api.errors import json_error, unknown_language
from search import params as search_params
from search.facets import FACETS
from search.query import search


def _private(response):
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


def search_page(request):
    params = search_params.parse(request.GET, get_language())
    results = search(params) if params.q or params.filters else None
    private = bool(request.GET)
    context = {
        "params": params,
        "results": results,
        "facets": FACETS,
        "sorts": search_params.SORTS,
        "private": private,
    }
    status = 400 if params.errors else 200
    response = render(request, "search/search.html", context, status=status)
    return _private(response) if private else response


@csrf_exempt  # read-only: any other method answers 405
@require_safe
def search_api(request):
    """JSON results; an unknown ``lang`` or a bad parameter answers 400 with
    the messages in the requested language."""
    refused = unknown_language(request)
    if refused is not None:
        return _private(refused)
    lang = request.GET.get("lang") or "en"
    with translation.override(lang):
        params = search_params.parse(request.GET, lang)
    if params.errors:
        return _private(json_error(request, 400, *params.errors, language=params.lang))
    response = JsonResponse(search(params).as_json(), json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return _private(response)

"""The API's own endpoints: its OpenAPI description and oEmbed."""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from api import oembed, openapi
from api.conditional import public_data
from api.errors import json_error, not_found


@csrf_exempt
@require_safe
def openapi_json(request):
    return public_data(
        JsonResponse(openapi.description(), json_dumps_params={"ensure_ascii": False})
    )


def _positive_int(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


@csrf_exempt
@require_safe
def oembed_json(request):
    """``/api/oembed/?url=…&format=json[&maxwidth=…&maxheight=…]``."""
    url = request.GET.get("url")
    if not url:
        return json_error(request, 400, lambda: _("The url parameter is required."))
    fmt = request.GET.get("format", "json")
    if fmt != "json":
        # oEmbed's answer to its other format (xml) is 501; anything else is a bad request.
        status = 501 if fmt == "xml" else 400
        return json_error(request, status, lambda: _("Only the json format is available."))
    limits = {}
    for name in ("maxwidth", "maxheight"):
        if name in request.GET:
            limits[name] = _positive_int(request.GET[name])
            if limits[name] is None:
                return json_error(
                    request,
                    400,
                    lambda name=name: (
                        _("“%(parameter)s” must be a whole number above zero.")
                        % {"parameter": name}
                    ),
                )
    embed = oembed.resolve(url, request)
    if embed is None:
        return not_found(request, lambda: _("There is no embeddable card at this address."))
    return public_data(
        JsonResponse(
            oembed.response_data(embed, request, **limits),
            json_dumps_params={"ensure_ascii": False},
        )
    )

"""The API's own endpoints: its OpenAPI description."""

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from api import openapi
from api.conditional import public_data


@csrf_exempt
@require_safe
def openapi_json(request):
    return public_data(
        JsonResponse(openapi.description(), json_dumps_params={"ensure_ascii": False})
    )

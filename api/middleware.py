"""Django's LocaleMiddleware and ConditionalGetMiddleware, adapted to the API.

Django's LocaleMiddleware answers a 404 on a path without a language prefix
with a redirect to ``/<lang>/…`` (where Wagtail's catch-all route answers an
HTML 404). Under ``/api/`` a client must get the 404 itself, as JSON.
"""

from django.http import JsonResponse
from django.middleware.http import ConditionalGetMiddleware as DjangoConditionalGetMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

from api.errors import is_api_path, not_found


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and is_api_path(request.path_info):
            if not isinstance(response, JsonResponse):
                response = not_found(request)
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class ConditionalGetMiddleware(DjangoConditionalGetMiddleware):
    """Django's ETag and 304 handling; a 304 keeps the CORS header of the
    response it replaces, so a cross-site reader can revalidate too."""

    def process_response(self, request, response):
        result = super().process_response(request, response)
        if result is not response and "Access-Control-Allow-Origin" in response:
            result["Access-Control-Allow-Origin"] = response["Access-Control-Allow-Origin"]
        return result

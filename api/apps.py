from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The public API's contract: JSON errors, conditional requests, the
    content licence, the OpenAPI description and oEmbed."""

    name = "api"
    label = "api"
    verbose_name = _("Public API")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GeographyConfig(AppConfig):
    """The places the site speaks of: the region, its sub-regions and its 25
    countries, their names in every language, and the region's map."""

    name = "geography"
    verbose_name = _("Geography")

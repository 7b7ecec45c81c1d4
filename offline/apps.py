from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfflineConfig(AppConfig):
    """Reading rights guides offline (a service worker), installing the site
    (a web app manifest per language) and the offline page."""

    name = "offline"
    label = "offline"
    verbose_name = _("Offline reading")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LanguagesConfig(AppConfig):
    """Site-wide language behaviour: fallback chains, the language switcher,
    hreflang alternates, the fallback notice and the multilingual sitemap."""

    name = "languages"
    verbose_name = _("Languages")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RightsConfig(AppConfig):
    """Migrant-rights guides in plain language, help contacts and rights cards."""

    name = "rights"
    verbose_name = _("Rights guides")

    def ready(self):
        from rights import signals
        from rights.search_sources import RightsGuideSource
        from search import registry

        signals.connect()
        registry.register(RightsGuideSource())

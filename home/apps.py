from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The site root: home page, plain content pages, site navigation and the
    demo-content command that every app feeds through a hook."""

    name = "home"
    verbose_name = _("Home and content pages")

    def ready(self):
        from home.search_sources import StandardPageSource
        from search import registry

        registry.register(StandardPageSource())

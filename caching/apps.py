from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CachingConfig(AppConfig):
    """Public page cache, per page and language, invalidated on publishing."""

    name = "caching"
    verbose_name = _("Page cache")

    def ready(self):
        from caching import signals  # noqa: F401

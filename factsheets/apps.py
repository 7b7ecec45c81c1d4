from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FactsheetsConfig(AppConfig):
    """The statistics library and the myth-busting fact sheets that cite it."""

    name = "factsheets"
    verbose_name = _("Statistics and fact sheets")

    def ready(self):
        from factsheets.search_sources import FactSheetSource, StatisticSource
        from factsheets.sitemaps import StatisticSitemap
        from languages.views import register_sitemap
        from search import registry

        registry.register(FactSheetSource(), StatisticSource())
        register_sitemap("statistics", StatisticSitemap)

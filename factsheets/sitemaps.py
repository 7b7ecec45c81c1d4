"""The statistic pages in sitemap.xml, in every language (registered with
``languages.views.register_sitemap`` in ``FactsheetsConfig.ready``)."""

from languages.sitemaps import PageSitemap


class StatisticSitemap(PageSitemap):
    """Same languages, alternates and addresses as the pages' sitemap."""

    def items(self):
        from factsheets.models import Statistic

        return Statistic.objects.live().order_by("key")

    def location(self, statistic):
        # Called under translation.override(language) by the i18n sitemap.
        return statistic.page_url()

    def lastmod(self, statistic):
        return statistic.last_published_at

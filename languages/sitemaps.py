"""sitemap.xml: every live page in every language, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def __init__(self, request):
        self.request = request

    def items(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        return site.root_page.get_descendants(inclusive=True).live().public().order_by("path")

    def location(self, page):
        # Called under translation.override(language) by the i18n sitemap.
        return page.get_url(request=self.request, current_site=Site.find_for_request(self.request))

    def lastmod(self, page):
        return page.last_published_at

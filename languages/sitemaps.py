"""sitemap.xml: every live page in every language, with hreflang alternates,
at the site's public address (``languages.addresses``)."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from languages.addresses import split_base_url


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    # Django's x-default strips the language prefix (``/about/``, a redirect);
    # ours is the default language's own URL, as in every page's head.
    x_default = False

    def __init__(self, request):
        self.request = request

    def get_urls(self, page=1, site=None, protocol=None):
        scheme, netloc = split_base_url()
        urls = self._urls(page, scheme, netloc)
        for url in urls:
            default = next(
                (a for a in url["alternates"] if a["lang_code"] == settings.LANGUAGE_CODE), None
            )
            if default is not None:
                url["alternates"].append(
                    {"location": default["location"], "lang_code": "x-default"}
                )
        return urls

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

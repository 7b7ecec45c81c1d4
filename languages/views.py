from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from languages.sitemaps import PageSitemap

#: The sections of sitemap.xml: ``{name: sitemap class taking the request}``.
SITEMAPS = {"pages": PageSitemap}


def register_sitemap(name, sitemap_class):
    """Add a section (from an app's ``ready()``): objects with pages of their
    own that are not Wagtail pages, e.g. statistics."""
    SITEMAPS[name] = sitemap_class


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap(request):
    return django_sitemap(request, sitemaps={name: cls(request) for name, cls in SITEMAPS.items()})

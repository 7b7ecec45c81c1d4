from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from languages.sitemaps import PageSitemap


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": PageSitemap(request)})

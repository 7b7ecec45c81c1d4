from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api.urls import urlpatterns as api_urls
from factsheets.urls import api_urlpatterns as factsheets_api_urls
from factsheets.urls import embed_urlpatterns as factsheets_embed_urls
from feedback.urls import page_urlpatterns as feedback_page_urls
from languages.views import sitemap
from offline.urls import page_urlpatterns as offline_page_urls
from offline.urls import root_urlpatterns as offline_root_urls
from rights.urls import page_urlpatterns as rights_page_urls
from search.urls import api_urlpatterns as search_api_urls
from search.urls import page_urlpatterns as search_page_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("", include((search_api_urls, "search_api"))),
    path("", include(factsheets_api_urls)),
    path("", include(api_urls)),
    path("", include(offline_root_urls)),
]


def serve_media(request, path):
    """Media files in development and tests (MEDIA_ROOT read per request: the
    test suite moves it to a folder of its own)."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)


if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]

urlpatterns += i18n_patterns(
    path("", include((search_page_urls, "search"))),
    path("", include(factsheets_embed_urls)),
    path("", include((feedback_page_urls, "feedback"))),
    path("", include(offline_page_urls)),
    path("", include(rights_page_urls)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

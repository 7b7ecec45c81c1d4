from django.urls import path

from search import views

#: Inside i18n_patterns: /<lang>/search/
page_urlpatterns = [path("search/", views.search_page, name="page")]
#: Language-neutral: /api/search/?lang=…
api_urlpatterns = [path("api/search/", views.search_api, name="api")]

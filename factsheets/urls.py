"""URLs of the statistics API (language-neutral), the statistic pages, the
embeddable card, the Corrections page and the Atom feeds (language-prefixed).
Included from config/urls.py."""

from django.urls import path

from factsheets import views
from factsheets.feeds import CorrectionFeed, FactSheetFeed

api_urlpatterns = [
    path("api/statistics/", views.statistics_list, name="statistics-api-list"),
    path(
        "api/statistics.csv", views.statistics_list, {"fmt": "csv"}, name="statistics-api-list-csv"
    ),
    path("api/statistics/<slug:key>/", views.statistic_detail, name="statistics-api-detail"),
    path(
        "api/statistics/<slug:key>.csv",
        views.statistic_detail,
        {"fmt": "csv"},
        name="statistics-api-detail-csv",
    ),
    path("api/statistics/<slug:key>.ris", views.statistic_citation, {"fmt": "ris"}),
    path("api/statistics/<slug:key>.bib", views.statistic_citation, {"fmt": "bibtex"}),
    path(
        "api/statistics/<slug:key>.csl.json",
        views.statistic_citation,
        {"fmt": "csl-json"},
        name="statistics-api-citation",
    ),
]

embed_urlpatterns = [
    path("embed/statistic/<slug:key>/", views.embed_statistic, name="statistic-embed"),
    path("statistics/<slug:key>/", views.statistic_page, name="statistic-page"),
    path("corrections/", views.corrections_page, name="corrections"),
    path("feeds/fact-sheets/", FactSheetFeed(), name="feed-fact-sheets"),
    path("feeds/corrections/", CorrectionFeed(), name="feed-corrections"),
    path("embed/fact-sheet/<int:page_id>/", views.embed_fact_sheet, name="fact-sheet-embed"),
]

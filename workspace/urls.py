"""Admin URLs of the workspace (under /admin/workspace/)."""

from django.urls import path

from workspace.views import exchange, reports, translate

app_name = "workspace"
urlpatterns = [
    path("translation-status/", reports.TranslationStatusView.as_view(), name="translation_status"),
    path(
        "translation-status/results/",
        reports.TranslationStatusView.as_view(results_only=True),
        name="translation_status_results",
    ),
    path("statistics-due/", reports.StatisticsDueView.as_view(), name="statistics_due"),
    path(
        "statistics-due/results/",
        reports.StatisticsDueView.as_view(results_only=True),
        name="statistics_due_results",
    ),
    path(
        "translate/<int:content_type_id>/<str:object_id>/<str:language>/start/",
        translate.start_translation,
        name="start_translation",
    ),
    path(
        "translate/<int:content_type_id>/<str:object_id>/<str:language>/keep/",
        translate.keep_identical,
        name="keep_identical",
    ),
    path("figure-reviews/", translate.figure_reviews, name="figure_reviews"),
    path(
        "figure-reviews/<int:pk>/confirm/",
        translate.confirm_figure_review,
        name="confirm_figure_review",
    ),
    path("exchange/export/", exchange.export_view, name="export"),
    path("exchange/import/", exchange.import_view, name="import"),
]

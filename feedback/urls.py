"""Inside i18n_patterns: /<lang>/report-an-error/."""

from django.urls import path

from feedback import views

page_urlpatterns = [
    path("report-an-error/", views.report_error, name="report"),
    path("report-an-error/thanks/", views.thanks, name="thanks"),
]

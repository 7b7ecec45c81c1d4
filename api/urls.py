"""Language-neutral URLs of the API app, included from config/urls.py."""

from django.urls import path

from api import views

urlpatterns = [
    path("api/openapi.json", views.openapi_json, name="openapi"),
    path("api/oembed/", views.oembed_json, name="oembed"),
]

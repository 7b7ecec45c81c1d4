from django.urls import path

from offline import views

root_urlpatterns = [
    path("sw.js", views.service_worker, name="service_worker"),
    path("icons/<int:size>.png", views.icon, name="app_icon"),
]
page_urlpatterns = [
    path("offline/", views.offline_page, name="offline_page"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
]

from django.urls import path

from jobs import views

app_name = "jobs"
urlpatterns = [
    path("", views.report, name="report"),
    path("<int:pk>/retry/", views.retry, name="retry"),
]

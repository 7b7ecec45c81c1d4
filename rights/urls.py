from django.urls import path

from rights import views

page_urlpatterns = [path("g/<int:pk>/", views.short_link, name="rights_short_link")]

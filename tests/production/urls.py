"""A URLconf for testing the per-view CSP decorators on their own."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns
from hardening.csp import allow_framing


def plain(request):
    return HttpResponse("<p>plain</p>")


@allow_framing
def framed(request):
    return HttpResponse("<p>embed</p>")


urlpatterns = [
    path("plain/", plain),
    path("embed-test/", framed),
    *site_urlpatterns,
]

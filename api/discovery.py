"""oEmbed discovery: the ``<link rel="alternate" type="application/json+oembed">``
address of a page or card (see ``api.oembed``)."""

from urllib.parse import urlencode

from django.urls import reverse


def oembed_url(request, url):
    """The oEmbed endpoint's absolute address for the absolute ``url``."""
    query = urlencode({"url": url, "format": "json"})
    return request.build_absolute_uri(f"{reverse('oembed')}?{query}")

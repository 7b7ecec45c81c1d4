"""oEmbed discovery: the ``<link rel="alternate" type="application/json+oembed">``
address of a page or card (see ``api.oembed``)."""

from urllib.parse import urlencode

from django.urls import reverse

from languages.addresses import public_url


def oembed_url(url):
    """The oEmbed endpoint's public address for the absolute ``url``."""
    query = urlencode({"url": url, "format": "json"})
    return public_url(f"{reverse('oembed')}?{query}")

"""The site's one public address.

Every absolute URL a reader, a crawler or a newsroom sees (canonical and
hreflang links, the sitemap, citations, ClaimReview, Open Graph, feeds,
downloads, QR codes) is built here from ``settings.SITE_BASE_URL``, never
from the host a request came in on or from the Wagtail Site record: one
address, whatever proxy or test client asked.
"""

from urllib.parse import urlsplit

from django.conf import settings


def base_url():
    """``scheme://host[:port]``, without a trailing slash."""
    return settings.SITE_BASE_URL.rstrip("/")


def public_url(path):
    """The absolute public URL of a site path (``/en/facts/``). A URL that is
    already absolute (media on a CDN or object storage) is returned as it is."""
    path = str(path or "/")
    if urlsplit(path).scheme:
        return path
    return f"{base_url()}/{path.lstrip('/')}"


def page_public_url(page, request=None):
    """The absolute public URL of a page in the active language (whatever
    root URL its Wagtail Site has)."""
    parts = page.get_url_parts(request)
    if parts is None:
        return None
    return public_url(parts[2])


def split_base_url():
    """``(scheme, netloc)`` of the public address (for the sitemap)."""
    parts = urlsplit(base_url())
    return parts.scheme, parts.netloc

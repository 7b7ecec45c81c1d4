"""The licence of the site's content and data (``CONTENT_LICENSE_*``
settings), in one place for citations, downloads and API answers."""

from django.conf import settings


def content_license():
    """``{"name": "CC BY 4.0", "url": "https://…"}``."""
    return {"name": settings.CONTENT_LICENSE_NAME, "url": settings.CONTENT_LICENSE_URL}


def link_license(response):
    """A ``Link: <…>; rel="license"`` header (RFC 8288; the only way a CSV
    file can state it)."""
    response["Link"] = f'<{settings.CONTENT_LICENSE_URL}>; rel="license"'
    return response

"""Content-Security-Policy helpers.

The site-wide policy lives in ``CONTENT_SECURITY_POLICY`` (settings/base.py):
scripts from our own origin only, no inline scripts, no framing. Views that
must differ say so with a decorator, so the exception sits next to the view.

- ``allow_framing``: for the embed views (``/<lang>/embed/…``): any site may
  frame the page (``frame-ancestors *``) and ``X-Frame-Options`` is dropped.

The Wagtail admin (``/admin/``) uses inline scripts and frames its own preview,
so it gets a separate, relaxed policy (``ADMIN_CONTENT_SECURITY_POLICY``),
applied by ``hardening.middleware.AdminCSPMiddleware``.
"""

from functools import wraps

from csp.decorators import csp_update
from django.views.decorators.clickjacking import xframe_options_exempt


def allow_framing(view):
    """Let any site embed this view in an iframe."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response._csp_replace = {
            **(getattr(response, "_csp_replace", None) or {}),
            "frame-ancestors": ["*"],
        }
        return response

    return xframe_options_exempt(wrapped)


__all__ = ["allow_framing", "csp_update"]

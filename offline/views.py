"""The service worker, the offline page, the web app manifest and its icons."""

import functools
import io
import json
from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from PIL import Image

from media.share_cards import BACKGROUND, draw_logo

SERVICE_WORKER = Path(__file__).resolve().parent / "static" / "offline" / "sw.js"
ICON_SIZES = (192, 512)


@cache_control(public=True, max_age=0, must_revalidate=True)
def service_worker(request):
    """``/sw.js``: from the site root, so its scope is the whole site. Always
    checked again, so a new version reaches readers at their next visit."""
    response = HttpResponse(SERVICE_WORKER.read_bytes(), content_type="text/javascript")
    response["Service-Worker-Allowed"] = "/"
    return response


def offline_page(request):
    """``/<lang>/offline/``: the saved guides of this language (listed by the
    browser from its own cache: the server never knows what was saved)."""
    return render(request, "offline/offline_page.html", {"page_title": _("Saved for offline")})


def manifest(request):
    """``/<lang>/manifest.webmanifest``: installable, named and started in the
    reader's language, in the design system's colours."""
    language = get_language()
    data = {
        "name": _("Migration Facts"),
        "short_name": _("Migration Facts"),
        "description": _("Facts on migration and your rights, in your language, even offline."),
        "lang": language,
        "dir": "rtl" if get_language_bidi() else "ltr",
        "id": f"/{language}/",
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "standalone",
        "background_color": settings.OFFLINE_BACKGROUND_COLOR,
        "theme_color": settings.OFFLINE_THEME_COLOR,
        "icons": [
            {
                "src": f"/icons/{size}.png",
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any maskable",
            }
            for size in ICON_SIZES
        ],
    }
    return HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=1),
        content_type="application/manifest+json; charset=utf-8",
    )


@functools.cache
def draw_icon(size):
    """The logo on the brand colour, drawn with Pillow when first asked for;
    the mark keeps inside the maskable safe zone (80 %)."""
    image = Image.new("RGB", (size, size), BACKGROUND)
    mark = round(size * 0.6)
    draw_logo(image, (size - mark) // 2, (size - mark) // 2, mark)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


@cache_control(public=True, max_age=86400)
def icon(request, size):
    if size not in ICON_SIZES:
        raise Http404
    return HttpResponse(draw_icon(size), content_type="image/png")

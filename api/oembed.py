"""oEmbed (https://oembed.com/): a publishing system given the address of a
statistic or a fact sheet gets an iframe of its embeddable card.

Known addresses, in any site language:
- a statistic's page ``/<lang>/statistics/<key>/``, its card
  ``/<lang>/embed/statistic/<key>/`` or its API address
  ``/api/statistics/<key>/`` (English then);
- a fact sheet ``/<lang>/facts/<slug>/`` (any live, public fact sheet),
  or its card ``/<lang>/embed/fact-sheet/<id>/``.
Anything else, or another host, is unknown (404).
"""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail.models import Site

from api.licence import content_license
from factsheets.models import FactSheetPage, Statistic
from languages.addresses import public_url, split_base_url
from languages.codes import language_codes

STATISTIC_CARD = re.compile(r"^/(?P<lang>[a-z]{2,3})/embed/statistic/(?P<key>[-\w]+)/$")
STATISTIC_PAGE = re.compile(r"^/(?P<lang>[a-z]{2,3})/statistics/(?P<key>[-\w]+)/$")
STATISTIC_API = re.compile(r"^/api/statistics/(?P<key>[-\w]+)/$")
FACT_SHEET_CARD = re.compile(r"^/(?P<lang>[a-z]{2,3})/embed/fact-sheet/(?P<id>\d+)/$")
LANGUAGE_PATH = re.compile(r"^/(?P<lang>[a-z]{2,3})(?P<rest>/.*)$")

#: The cards' size when the consumer sets no limit (CSS pixels).
SIZES = {"statistic": (400, 260), "fact-sheet": (480, 320)}


@dataclass
class Embed:
    kind: str
    language: str
    title: str
    card_path: str


def resolve(url, request):
    """The ``Embed`` for ``url``, or ``None`` when this site has no such card."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.hostname not in _own_hosts(request):
        return None
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    match = STATISTIC_API.match(path) or STATISTIC_CARD.match(path) or STATISTIC_PAGE.match(path)
    if match:
        language = match.groupdict().get("lang") or settings.LANGUAGE_CODE
        return _statistic(match["key"], language)
    match = FACT_SHEET_CARD.match(path)
    if match:
        return _fact_sheet(FactSheetPage.objects.filter(pk=match["id"]), match["lang"])
    match = LANGUAGE_PATH.match(path)
    if match and match["lang"] in language_codes():
        site = Site.find_for_request(request)
        if site is None:
            return None
        # Slugs may differ per language: the page's path in the URL's language.
        with translation.override(match["lang"]):
            root = site.root_page.specific_deferred
            url_path = root.url_path + match["rest"].lstrip("/")
            return _fact_sheet(FactSheetPage.objects.filter(url_path=url_path), match["lang"])
    return None


def _own_hosts(request):
    hosts = {request.get_host().split(":")[0], split_base_url()[1].split(":")[0]}
    hosts.update(h for h in settings.ALLOWED_HOSTS if h and not h.startswith(".") and h != "*")
    return hosts


def _statistic(key, language):
    if language not in language_codes():
        return None
    statistic = Statistic.objects.live().filter(key=key).first()
    if statistic is None:
        return None
    with translation.override(language):
        return Embed(
            "statistic",
            language,
            str(statistic.label),
            reverse("statistic-embed", kwargs={"key": statistic.key}),
        )


def _fact_sheet(pages, language):
    if language not in language_codes():
        return None
    page = pages.live().public().first()
    if page is None:
        return None
    with translation.override(language):  # translated fields are read in ``language``
        return Embed(
            "fact-sheet",
            language,
            page.myth,
            reverse("fact-sheet-embed", kwargs={"page_id": page.pk}),
        )


def response_data(embed, request, maxwidth=None, maxheight=None):
    """The oEmbed ``rich`` response for ``embed``, within the consumer's limits."""
    width, height = SIZES[embed.kind]
    if maxwidth:
        width = min(width, maxwidth)
    if maxheight:
        height = min(height, maxheight)
    src = public_url(embed.card_path)
    with translation.override(embed.language):
        site = gettext("Migration Facts")
        frame_title = f"{embed.title} · {site}"
    html = format_html(
        '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" '
        'style="border:0;max-width:100%"></iframe>',
        src,
        width,
        height,
        frame_title,
    )
    licence = content_license()
    return {
        "version": "1.0",
        "type": "rich",
        "title": embed.title,
        "provider_name": site,
        "provider_url": public_url("/"),
        "html": str(html),
        "width": width,
        "height": height,
        "cache_age": 3600,
        "license": licence["name"],
        "license_url": licence["url"],
    }

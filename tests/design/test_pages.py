"""What every page type gives readers and the platforms that share it, in
every language: a description and Open Graph/Twitter cards, the site's icons,
the figure styles wherever figures appear, and a 404 that still helps."""

import re

import pytest
from django.conf import settings

from tests.page_types import LANGUAGES, PAGE_TYPES

pytestmark = pytest.mark.django_db

CASES = [(name, lang) for name in PAGE_TYPES for lang in LANGUAGES]
IDS = [f"{name}-{lang}" for name, lang in CASES]
HOST = {"HTTP_HOST": "localhost"}


def meta(html, attribute, name):
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    assert len(found) <= 1, f"{name} appears {len(found)} times"
    return found[0] if found else None


@pytest.mark.parametrize(("name", "lang"), CASES, ids=IDS)
def test_every_page_type_has_a_description_and_share_cards(client, name, lang):
    response = client.get(f"/{lang}{PAGE_TYPES[name]}", **HOST)
    assert response.status_code == (404 if name == "not-found" else 200)
    html = response.content.decode()
    assert len(meta(html, "name", "description") or "") > 20
    title = meta(html, "property", "og:title")
    assert title and title == meta(html, "name", "twitter:title")
    assert meta(html, "property", "og:description") == meta(html, "name", "description")
    assert meta(html, "property", "og:url").startswith(f"{settings.SITE_BASE_URL}/")
    # Every page has a picture to share: its own card, else the site's.
    image = meta(html, "property", "og:image")
    assert image and re.search(r"/media/.+\.png$", image), image
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    assert client.get(image.removeprefix(settings.SITE_BASE_URL), **HOST).status_code == 200


def test_pages_without_a_card_of_their_own_share_the_home_pages_card(client):
    about = client.get("/es/about/", **HOST).content.decode()
    home = client.get("/es/", **HOST).content.decode()
    assert meta(about, "property", "og:image") == meta(home, "property", "og:image")
    assert meta(about, "property", "og:title") == "Quiénes somos"
    factsheet = client.get("/es/facts/migrants-are-a-burden-on-the-economy/", **HOST)
    assert meta(factsheet.content.decode(), "property", "og:image") != meta(
        home, "property", "og:image"
    )


@pytest.mark.parametrize("path", ["/favicon.ico", "/apple-touch-icon.png"])
def test_site_icons_are_served_at_the_root(client, path):
    response = client.get(path, **HOST)
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body[:4] in (b"\x00\x00\x01\x00", b"\x89PNG")


def test_every_page_links_its_icons(client):
    html = client.get("/fr/", **HOST).content.decode()
    assert '<link rel="icon" href="/favicon.ico"' in html
    assert '<link rel="apple-touch-icon" href="/apple-touch-icon.png">' in html
    assert re.search(r'<link rel="icon" href="/static/img/logo\.svg" type="image/svg\+xml">', html)


@pytest.mark.parametrize(("name", "lang"), CASES, ids=IDS)
def test_figures_are_styled_wherever_they_appear(client, name, lang):
    html = client.get(f"/{lang}{PAGE_TYPES[name]}", **HOST).content.decode()
    shows_figures = re.search(r'class="(callout|chart|key-figure|verdict)\b', html)
    if shows_figures:
        assert 'href="/static/factsheets/figures.css"' in html, shows_figures.group(1)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_not_found_page_offers_the_menu_search_and_the_rights_entry(client, lang):
    response = client.get(f"/{lang}/no-such-page/", **HOST)
    assert response.status_code == 404
    html = response.content.decode()
    assert '<nav class="menu-bar"' in html and 'class="disclosure menu-disclosure"' in html
    assert re.search(
        rf'<form class="error-search" role="search" method="get" action="/{lang}/search/">', html
    )
    assert re.search(rf'class="rights-entry".*?href="/{lang}/rights/"', html, re.S)
    assert '<meta name="robots" content="noindex">' in html


def test_header_works_without_javascript(client):
    """Language and menu are <details> disclosures; search is one link away."""
    html = client.get("/ht/about/", **HOST).content.decode()
    header = re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)
    assert "<script" not in header
    switcher = re.search(
        r'<details class="disclosure language-switcher">.*?</details>', header, re.S
    )
    for code, name in [
        ("en", "English"),
        ("es", "Español"),
        ("fr", "Français"),
        ("ht", "Kreyòl ayisyen"),
    ]:
        assert f'hreflang="{code}" lang="{code}"' in switcher.group(
            0
        ) and f">{name}<" in switcher.group(0)
    assert re.search(
        r'<details class="disclosure menu-disclosure">.*?href="/ht/about/"', header, re.S
    )
    assert '<a class="header-button header-search-link" href="/ht/search/">' in header

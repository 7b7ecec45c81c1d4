"""oEmbed: a publishing system pastes the address of a fact sheet or a
statistic card, discovers the endpoint from the page and gets an iframe of
the card, which links back to the figure in context."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings

from factsheets.models import FactSheetPage

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}


def discovery_href(html):
    match = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', html)
    assert match, "no oEmbed discovery link"
    return unescape(match.group(1))


@pytest.fixture
def sheet():
    return FactSheetPage.objects.live().order_by("path").first()


def test_fact_sheet_is_embedded_by_pasting_its_address(client, sheet):
    html = client.get(f"/es{sheet.url[3:]}", **HOST).content.decode()
    href = discovery_href(html)
    parts = urlsplit(href)
    assert parts.path == "/api/oembed/"
    assert parse_qs(parts.query)["url"] == [f"{settings.SITE_BASE_URL}/es{sheet.url[3:]}"]
    data = client.get(parts.path + "?" + parts.query, **HOST).json()
    assert data["version"] == "1.0" and data["type"] == "rich"
    assert data["provider_name"] == "Datos sobre migración"  # the site's name in Spanish
    assert data["license"] == "CC BY 4.0"
    src = re.search(r'<iframe src="([^"]+)"', data["html"]).group(1)
    assert src == f"{settings.SITE_BASE_URL}/es/embed/fact-sheet/{sheet.pk}/"
    assert f'width="{data["width"]}" height="{data["height"]}"' in data["html"]
    # The iframe's page exists, may be framed by any site and speaks Spanish.
    card = client.get(src, **HOST)
    assert card.status_code == 200
    assert "frame-ancestors *" in card["Content-Security-Policy"]
    assert "X-Frame-Options" not in card
    body = card.content.decode()
    assert '<html lang="es"' in body
    assert "Leer la verificación" in body
    assert f'href="/es{sheet.url[3:]}"' in body


def test_statistic_card_is_embedded_and_links_to_the_figure_in_context(client):
    url = "http://localhost/fr/embed/statistic/north-america-migrants/"
    data = client.get("/api/oembed/", {"url": url, "maxwidth": 300}, **HOST).json()
    assert data["width"] == 300
    assert (
        f'src="{settings.SITE_BASE_URL}/fr/embed/statistic/north-america-migrants/"' in data["html"]
    )
    assert (
        data["title"]
        == client.get("/api/statistics/north-america-migrants/", {"lang": "fr"}).json()["label"]
    )
    card = client.get("/es/embed/statistic/north-america-migrants/", **HOST).content.decode()
    assert discovery_href(card).startswith(f"{settings.SITE_BASE_URL}/api/oembed/?url=")
    # The card links to the statistic's public page, which announces oEmbed too.
    assert 'href="/es/statistics/north-america-migrants/"' in card
    page = client.get("/es/statistics/north-america-migrants/", **HOST).content.decode()
    href = urlsplit(discovery_href(page))
    assert parse_qs(href.query)["url"] == [
        f"{settings.SITE_BASE_URL}/es/statistics/north-america-migrants/"
    ]
    from_page = client.get(href.path + "?" + href.query, **HOST).json()
    assert (
        f'src="{settings.SITE_BASE_URL}/es/embed/statistic/north-america-migrants/"'
        in from_page["html"]
    )
    # The API address of a statistic embeds its card too.
    api = client.get(
        "/api/oembed/", {"url": "http://localhost/api/statistics/north-america-migrants/"}, **HOST
    )
    assert "/en/embed/statistic/north-america-migrants/" in api.json()["html"]


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost/en/facts/no-such-sheet/",
        "http://localhost/en/embed/statistic/no-such-key/",
        "http://evil.example/en/embed/statistic/north-america-migrants/",
        "http://localhost/en/about/",
        "javascript:alert(1)",
        "not a url",
    ],
)
def test_unknown_addresses_are_a_json_404_in_the_clients_language(client, url):
    response = client.get("/api/oembed/", {"url": url}, HTTP_ACCEPT_LANGUAGE="es", **HOST)
    assert response.status_code == 404
    assert response.json()["errors"] == ["No hay ninguna tarjeta para insertar en esta dirección."]


def test_bad_oembed_parameters(client):
    assert client.get("/api/oembed/", **HOST).status_code == 400
    url = "http://localhost/en/embed/statistic/north-america-migrants/"
    assert client.get("/api/oembed/", {"url": url, "format": "xml"}, **HOST).status_code == 501
    assert client.get("/api/oembed/", {"url": url, "maxwidth": "0"}, **HOST).status_code == 400
    assert client.get("/api/oembed/", {"url": url, "maxheight": "big"}, **HOST).status_code == 400

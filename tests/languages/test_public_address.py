"""One public address: every absolute URL on every page type and payload is
built from ``SITE_BASE_URL``, whatever host the request came in on (here
``localhost``, as behind a proxy that does not pass the public host)."""

import json
import re
from urllib.parse import urlsplit

import pytest
from django.test import override_settings

from languages.addresses import page_public_url, public_url
from tests.page_types import LANGUAGES, PAGE_TYPES

pytestmark = pytest.mark.django_db

BASE = "https://facts.example.org"
HOST = {"HTTP_HOST": "localhost"}
# Hosts a request or a test client may come in on: never in a public URL.
PRIVATE_HOSTS = {"localhost", "testserver", "127.0.0.1"}
ABSOLUTE = re.compile(r"https?://[^\s\"'<>\\)]+")
PAYLOADS = [
    "/sitemap.xml",
    "/robots.txt",
    "/api/statistics/",
    "/en/facts/our-region-is-a-main-migration-region/figures/json/",
    "/es/facts/our-region-is-a-main-migration-region/figures/json/",
]


# No link to the site in it (yet): checked for private hosts only.
UNLINKED_PAYLOADS = ["/api/statistics/north-america-migrants/"]


def absolute_urls(text):
    return [url.rstrip(".,;") for url in ABSOLUTE.findall(text.replace("\\/", "/"))]


def assert_public(text, where):
    urls = absolute_urls(text)
    private = [url for url in urls if urlsplit(url).hostname in PRIVATE_HOSTS]
    assert private == [], f"{where}: {private}"
    return urls


def ours(urls):
    return [url for url in urls if urlsplit(url).hostname == "facts.example.org"]


@override_settings(SITE_BASE_URL=BASE)
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_every_absolute_url_of_every_page_type_is_at_the_public_address(client, name, lang):
    response = client.get(f"/{lang}{PAGE_TYPES[name]}", **HOST)
    html = response.content.decode()
    urls = assert_public(html, name)
    if name in ("statistic-embed", "not-found", "search"):
        return  # a framed card, an error page, a search (noindex): no canonical
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)
    assert canonical == f"{BASE}/{lang}{PAGE_TYPES[name].split('?')[0]}"
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert alternates["x-default"] == alternates["en"] == canonical.replace(f"/{lang}/", "/en/", 1)
    og_url = re.search(r'<meta property="og:url" content="([^"]+)">', html).group(1)
    og_image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert og_url.startswith(f"{BASE}/") and og_image.startswith(f"{BASE}/media/")
    assert ours(urls), "no URL at the public address at all"


@override_settings(SITE_BASE_URL=BASE)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_citation_claim_review_and_qr_codes_use_the_public_address(client, lang):
    path = f"/{lang}{PAGE_TYPES['factsheet']}"
    html = client.get(path, **HOST).content.decode()
    review = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert review["url"] == f"{BASE}{path}"
    citation = re.search(r'<p class="citation" id="citation-page">(.*?)</p>', html, re.S).group(1)
    assert f"{BASE}{path}" in citation
    card = client.get(f"/{lang}{PAGE_TYPES['rights-card']}", **HOST).content.decode()
    assert f"{BASE}/{lang}/rights/mexico-in-transit/" in card
    assert f"{BASE}/ht/rights/mexico-in-transit/" in card


@override_settings(SITE_BASE_URL=BASE)
@pytest.mark.parametrize("path", PAYLOADS)
def test_every_payload_names_the_public_address(client, path):
    response = client.get(path, **HOST)
    assert response.status_code == 200
    urls = assert_public(response.content.decode(), path)
    assert ours(urls), path


@override_settings(SITE_BASE_URL=BASE)
def test_sitemap_x_default_is_the_page_heads_x_default_not_a_redirect(client):
    xml = client.get("/sitemap.xml", **HOST).content.decode()
    assert f'hreflang="x-default" href="{BASE}/en/about/"' in xml
    assert f'href="{BASE}/about/"' not in xml
    head = client.get("/fr/about/", **HOST).content.decode()
    assert f'<link rel="alternate" hreflang="x-default" href="{BASE}/en/about/">' in head
    assert client.get("/en/about/", **HOST).status_code == 200


@override_settings(SITE_BASE_URL="http://127.0.0.1:8000")
def test_public_url_keeps_urls_that_are_already_absolute(home_page):
    assert public_url("/en/facts/") == "http://127.0.0.1:8000/en/facts/"
    assert (
        public_url("https://cdn.example.org/media/a.png") == "https://cdn.example.org/media/a.png"
    )
    assert page_public_url(home_page).startswith("http://127.0.0.1:8000/en/")


def test_the_demo_site_answers_at_the_public_address():
    from django.conf import settings
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    assert f"http://{site.hostname}" == settings.SITE_BASE_URL and site.port == 80


@override_settings(SITE_BASE_URL=BASE)
@pytest.mark.parametrize("path", UNLINKED_PAYLOADS)
def test_no_payload_names_a_private_host(client, path):
    response = client.get(path, **HOST)
    assert response.status_code == 200
    assert_public(response.content.decode(), path)

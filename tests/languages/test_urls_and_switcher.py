"""Language prefixes, the switcher, hreflang, canonical URLs and fallbacks."""

import re

import pytest
from django.test import override_settings
from django.utils import translation

from home.factories import StandardPageFactory
from languages.translated import translated_fields

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("es-MX,es;q=0.9", "/es/"),
        ("fr-CA", "/fr/"),
        ("ht", "/ht/"),
        ("de-DE", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_switcher_links_to_the_same_page_in_each_language_named_in_itself(client):
    html = client.get("/es/about/").content.decode()
    switcher = re.search(
        r'<details class="disclosure language-switcher".*?</nav>', html, re.S
    ).group(0)
    assert 'href="/en/about/"' in switcher and ">English<" in switcher
    assert 'href="/fr/about/"' in switcher and ">Français<" in switcher
    assert 'href="/ht/about/"' in switcher and ">Kreyòl ayisyen<" in switcher
    current = re.search(r'<a [^>]*aria-current="true"[^>]*>([^<]+)</a>', switcher)
    assert current.group(1) == "Español"


def test_every_page_has_lang_canonical_and_hreflang_alternates(client):
    html = client.get("/fr/about/").content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert '<link rel="canonical" href="http://testserver/fr/about/">' in html
    for lang in ("en", "es", "fr", "ht"):
        assert (
            f'<link rel="alternate" hreflang="{lang}" href="http://testserver/{lang}/about/">'
            in html
        )
    assert 'hreflang="x-default"' in html


def test_untranslated_page_falls_back_along_the_chain_with_a_visible_notice(client, home_page):
    StandardPageFactory(
        parent=home_page,
        slug="method",
        **translated_fields(
            title={"en": "Our method", "fr": "Notre méthode"},
            body={
                "en": [{"type": "paragraph", "value": "<p>How we check.</p>"}],
                "fr": [{"type": "paragraph", "value": "<p>Comment nous vérifions.</p>"}],
            },
        ),
    )
    # ht → fr: read in French, told so in Kreyòl; <main> stays Kreyòl (its
    # labels are), each content field is marked lang="fr".
    html = client.get("/ht/method/").content.decode()
    assert "Paj sa a poko disponib an kreyòl ayisyen. W ap li l an franse." in html
    assert '<main id="main" tabindex="-1" class="wrap">' in html
    assert '<h1 lang="fr">Notre méthode</h1>' in html
    assert re.search(
        r'<div class="content__body" lang="fr">\s*<div class="rich-text"><p>Comment nous vérifions.',
        html,
    )
    # es → en
    html = client.get("/es/method/").content.decode()
    assert "Esta página aún no está disponible en español. La está leyendo en inglés." in html
    assert '<h1 lang="en">Our method</h1>' in html
    assert re.search(
        r'<div class="content__body" lang="en">\s*<div class="rich-text"><p>How we check.', html
    )
    # A translated page has no notice.
    html = client.get("/fr/method/").content.decode()
    assert "fallback-notice" not in html
    assert '<main id="main" tabindex="-1" class="wrap">' in html


@override_settings(
    LANGUAGES=[
        ("en", "English"),
        ("es", "Spanish"),
        ("fr", "French"),
        ("ht", "Haitian Creole"),
        ("ar", "Arabic"),
    ]
)
def test_right_to_left_language_renders_with_rtl_direction(client):
    response = client.get("/ar/about/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html
    assert 'hreflang="ar"' in html
    # Arabic has no content yet: English is shown, marked as such (and as
    # left-to-right inside the right-to-left page), with a notice; the
    # Arabic labels around it stay right to left.
    assert '<main id="main" tabindex="-1" class="wrap">' in html
    assert re.search(r'<h1 lang="en" dir="ltr">[^<]+</h1>', html)
    assert '<div class="content__body" lang="en" dir="ltr">' in html
    assert "fallback-notice" in html


def test_site_css_uses_only_logical_properties_so_rtl_mirrors():
    from pathlib import Path

    from django.conf import settings

    physical = re.compile(
        r"(margin|padding|border)-(left|right)\b|(?<![-\w])(left|right)\s*:|float\s*:\s*(left|right)"
        r"|text-align\s*:\s*(left|right)"
    )
    css_files = list(Path(settings.BASE_DIR).glob("*/static/**/*.css"))
    assert css_files
    offenders = [
        f"{path}:{number}: {line.strip()}"
        for path in css_files
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if physical.search(line)
    ]
    assert offenders == []


def test_sitemap_lists_every_live_page_in_every_language_with_alternates(client, home_page):
    xml = client.get("/sitemap.xml").content.decode()
    for lang in ("en", "es", "fr", "ht"):
        assert f"<loc>http://testserver/{lang}/about/</loc>" in xml
        assert f"<loc>http://testserver/{lang}/</loc>" in xml
    assert 'xhtml:link rel="alternate" hreflang="ht" href="http://testserver/ht/about/"' in xml
    # A draft page is not listed.
    draft = StandardPageFactory(parent=home_page, slug="draft-page", title="Draft", live=False)
    assert draft.slug not in client.get("/sitemap.xml").content.decode()


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    # No crawler reads a search with its query; the bare search page is allowed.
    assert "Disallow: /*/search/?" in text.splitlines()
    assert "Disallow: /*/search/\n" not in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Something went wrong"),
        ("es", "Algo salió mal"),
        ("fr", "Une erreur s'est produite"),
        ("ht", "Gen yon bagay ki mal pase"),
    ],
)
def test_server_error_page_is_translated(lang, title):
    from django.template.loader import render_to_string

    with translation.override(lang):
        html = render_to_string("500.html")
    assert f'<html lang="{lang}"' in html
    assert title in html.replace("&#x27;", "'")

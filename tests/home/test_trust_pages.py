"""Who publishes the site, how facts are checked and the corrections policy:
demo pages linked from every footer; each verdict badge leads to its definition."""

import re

import pytest

from factsheets.choices import Verdict

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}
FOOTER = {
    "en": [
        "Who publishes this site",
        "How we check facts",
        "Corrections policy",
        "Report an error",
    ],
    "es": [
        "Quién publica este sitio",
        "Cómo verificamos los datos",
        "Política de correcciones",
        "Informar de un error",
    ],
    "fr": [
        "Qui publie ce site",
        "Comment nous vérifions les faits",
        "Politique de corrections",
        "Signaler une erreur",
    ],
    "ht": [
        "Kiyès ki pibliye sit sa a",
        "Kijan nou verifye fè yo",
        "Politik koreksyon",
        "Rapòte yon erè",
    ],
}


def get(client, url):
    response = client.get(url, **HOST)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("lang", FOOTER)
def test_every_page_footer_links_the_trust_pages_in_the_readers_language(client, lang):
    for url in (f"/{lang}/", f"/{lang}/facts/", f"/{lang}/statistics/north-america-migrants/"):
        footer = re.search(r'<footer class="site-footer">.*?</footer>', get(client, url), re.S)
        links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', footer.group(0))
        names = [name for _url, name in links]
        assert all(name in names for name in FOOTER[lang]), (url, names)
        for href, name in links:
            if name in FOOTER[lang]:
                assert href.startswith(f"/{lang}/")
                get(client, href)


def test_the_publisher_page_says_it_is_a_demo_and_names_no_address_or_phone(client):
    html = get(client, "/en/who-publishes-this-site/")
    main = re.search(r"<main\b.*?</main>", html, re.S).group(0)
    assert "demonstration" in main and "IOM did not write or review this site" in main
    assert "tel:" not in main and not re.search(r"\+?\d[\d ]{7,}", main)


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ht"])
def test_each_verdict_is_defined_with_its_own_anchor(client, lang):
    html = get(client, f"/{lang}/how-we-check-facts/")
    for verdict in Verdict:
        section = re.search(
            rf'<div class="verdict-definition" id="verdict-{verdict.value}">(.*?)</div>', html, re.S
        )
        assert section, verdict
        assert f"verdict--{verdict.value}" in section.group(1)
        assert re.search(r"<dd>[^<]{20,}</dd>", section.group(1))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_verdict_badge_links_to_its_definition(client, lang):
    html = get(client, f"/{lang}/facts/irregular-migrants-are-criminals/")
    link = re.search(
        r'<a class="verdict-link" href="([^"]+)">\s*<span class="verdict verdict--([a-z-]+)', html
    )
    assert link, "no verdict link"
    url, verdict = link.groups()
    assert url == f"/{lang}/how-we-check-facts/#verdict-{verdict}"
    assert f'id="verdict-{verdict}"' in get(client, url.split("#")[0])


def test_a_fact_sheet_links_its_report_form_with_its_address(client):
    html = get(client, "/es/facts/irregular-migrants-are-criminals/")
    assert 'href="/es/report-an-error/?page=/es/facts/irregular-migrants-are-criminals/"' in html


def test_a_fact_sheet_shows_its_countries_on_the_map(client):
    html = get(client, "/en/facts/our-region-is-a-main-migration-region/")
    lit = re.findall(r'class="region-map__country is-highlighted[^"]*"[^>]*><title>([^<]+)', html)
    assert set(lit) == {"United States", "Canada", "Mexico"}

"""A public page per statistic, ``/<lang>/statistics/<key>/``: what a
journalist reads, downloads, embeds and cites, and every link that leads there."""

import re
from decimal import Decimal

import pytest
from django.conf import settings

from factsheets.factories import StatisticFactory
from factsheets.models import Statistic

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}


def get(client, url, status=200):
    response = client.get(url, **HOST)
    assert response.status_code == status, url
    return response.content.decode()


def main(html):
    return re.search(r"<main\b.*?</main>", html, re.S).group(0)


def test_page_url_is_language_prefixed():
    statistic = Statistic.objects.get(key="north-america-migrants")
    assert statistic.page_url("en") == "/en/statistics/north-america-migrants/"
    assert statistic.page_url("ht") == "/ht/statistics/north-america-migrants/"


@pytest.mark.parametrize(
    ("lang", "label", "value", "period_word", "source_title"),
    [
        (
            "en",
            "Migrants living in the United States and Canada",
            "53 million",
            "Period",
            "IOM Regional Strategy for Central and North America and the Caribbean",
        ),
        (
            "es",
            "Migrantes que viven en Estados Unidos y Canadá",
            "53 millones",
            "Periodo",
            "Estrategia Regional de la OIM",
        ),
    ],
)
def test_statistic_page_shows_value_period_geography_source_and_reuse(
    client, lang, label, value, period_word, source_title
):
    html = get(client, f"/{lang}/statistics/north-america-migrants/")
    assert f'<html lang="{lang}"' in html
    body = main(html)
    assert f"<h1>{label}</h1>" in body
    assert f'<data value="53000000">{value}</data>' in body
    assert f"<dt>{period_word}</dt><dd>2013</dd>" in body
    # The primary source, named (publisher and title).
    source = re.search(r'<div id="source">(.*?)</div>', body, re.S).group(1)
    assert source_title in source
    assert "(IOM)" in source or "(OIM)" in source
    # Downloads in the reader's language, the embed code with the card's full URL.
    assert f'href="/api/statistics/north-america-migrants.csv?lang={lang}"' in body
    assert f'href="/api/statistics/north-america-migrants/?lang={lang}"' in body
    card = f"{settings.SITE_BASE_URL}/{lang}/embed/statistic/north-america-migrants/"
    assert f'&lt;iframe src="{card}"' in body  # at the public address
    # The map highlights the statistic's geography, named for screen readers.
    assert re.search(r'<svg class="region-map__svg"[^>]*role="img"[^>]*aria-label="[^"]+"', body)
    assert "is-highlighted" in body
    # The history has the current value.
    history = re.search(r'<ol class="history">(.*?)</ol>', body, re.S).group(1)
    assert 'class="history__current"' in history and value in history


def test_statistic_page_lists_only_live_fact_sheets_citing_it(client, make_fact_sheet):
    _page, statistics = make_fact_sheet(n=1, title="A myth about figures")
    hidden, _ = make_fact_sheet(statistics=statistics, title="Unpublished myth")
    hidden.unpublish()
    body = main(get(client, statistics[0].page_url("en")))
    cited = re.search(r'<section class="statistic__cited".*?</section>', body, re.S).group(0)
    assert "A myth about figures" in cited
    assert "Unpublished myth" not in cited
    lonely = StatisticFactory(key="nobody-cites-me")
    body = main(get(client, lonely.page_url("fr")))
    assert "Aucune vérification publiée ne cite encore ce chiffre." in body


def test_unknown_or_unpublished_statistic_is_a_404_page_with_the_menu(client):
    html = get(client, "/es/statistics/no-such-figure/", status=404)
    assert '<html lang="es"' in html
    assert 'class="site-header"' in html and "/es/search/" in html
    StatisticFactory(key="draft-figure", live=False)
    get(client, "/en/statistics/draft-figure/", status=404)


def test_history_lists_each_published_value_newest_first(client):
    statistic = StatisticFactory(key="corrected-figure", value=Decimal("54000000"), unit="people")
    statistic.save_revision().publish()
    statistic.value = Decimal("53000000")
    statistic.save_revision().publish()
    statistic.label = "Same value, new wording"  # no visible change to the figure
    statistic.save_revision().publish()
    html = main(get(client, "/en/statistics/corrected-figure/"))
    history = re.search(r'<ol class="history">(.*?)</ol>', html, re.S).group(1)
    values = re.findall(r'<data value="(\d+)">', history)
    assert values == ["53000000", "54000000"]
    assert history.index("current") < history.index("54000000")


def test_page_cache_refreshes_when_the_statistic_or_a_citing_page_is_published(
    client, page_cache, make_fact_sheet, django_capture_on_commit_callbacks
):
    page, statistics = make_fact_sheet(n=1, title="First citing sheet")
    statistic = statistics[0]
    url = statistic.page_url("en")
    assert client.get(url, **HOST)["X-Page-Cache"] == "miss"
    assert client.get(url, **HOST)["X-Page-Cache"] == "hit"
    statistic.value = Decimal("77")
    with django_capture_on_commit_callbacks(execute=True):
        statistic.save_revision().publish()
    fresh = client.get(url, **HOST)
    assert fresh["X-Page-Cache"] == "miss"
    assert '<data value="77">' in fresh.content.decode()
    assert client.get(url, **HOST)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    fresh = client.get(url, **HOST)
    assert fresh["X-Page-Cache"] == "miss"
    assert "First citing sheet" not in main(fresh.content.decode())


def test_figures_link_to_their_statistic_page_or_their_place_on_the_fact_sheet(
    client, make_fact_sheet
):
    page, statistics = make_fact_sheet(n=2, inline=1)
    html = get(client, page.url)
    first = statistics[0]
    # An inline figure leads to its own entry in the sources (an anchor) …
    assert re.search(rf'<a class="figure-inline" href="#figure-{first.key}"', html)
    assert f'<li id="figure-{first.key}">' in html
    # … which links on to the statistic's page.
    entry = re.search(rf'<li id="figure-{first.key}">(.*?)</li>', html, re.S).group(1)
    assert f'href="/en/statistics/{first.key}/"' in entry
    # The embed card leads to the statistic's page in its language.
    card = get(client, f"/fr/embed/statistic/{first.key}/")
    assert f'href="/fr/statistics/{first.key}/"' in card


def test_home_key_figures_link_to_statistic_pages(client):
    html = get(client, "/es/")
    figures = re.search(r'<ul class="key-figures">(.*?)</ul>', html, re.S).group(1)
    links = re.findall(r'href="([^"]+)"', figures)
    assert links and all(re.fullmatch(r"/es/statistics/[a-z0-9-]+/", link) for link in links)
    for link in links:
        get(client, link)


def test_sitemap_lists_every_live_statistic_in_every_language(client):
    xml = get(client, "/sitemap.xml")
    for lang in ("en", "es", "fr", "ht"):
        assert f"/{lang}/statistics/north-america-migrants/</loc>" in xml
    StatisticFactory(key="draft-figure", live=False)
    assert "draft-figure" not in get(client, "/sitemap.xml")


def test_campaign_callouts_link_their_source_to_the_statistic_page(client):
    html = get(client, "/fr/campaigns/migrants-build-our-region/")
    links = re.findall(r'class="callout__meta">.*?<a href="([^"]+)"', html, re.S)
    assert links and all(re.fullmatch(r"/fr/statistics/[a-z0-9-]+/", link) for link in links)

"""Finding a guide: country, then topic; two taps from the index."""

import re

from home.models import HomePage
from tests.rights.conftest import main_html


def _links(html):
    return re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', html, re.S)


def test_reader_reaches_a_country_guide_in_two_taps_from_the_index(client, rights_index):
    index = main_html(client.get("/es/rights/"))
    # Tap 1: the country.
    [country_url] = [url for url, text in _links(index) if text == "México"]
    country = main_html(client.get(country_url))
    assert "<h1>México</h1>" in country
    # Tap 2: the topic.
    [guide_url] = [url for url, text in _links(country) if "Detención y deportación" in text]
    guide = client.get(guide_url)
    assert guide.status_code == 200
    assert "<h1>En México: sus derechos en el camino</h1>" in main_html(guide)


def test_index_lists_only_places_that_have_guides_region_first(client, rights_index):
    index = main_html(client.get("/fr/rights/"))
    names = re.findall(r'<li><a href="/fr/rights/country/[a-z]+/">([^<]+)</a></li>', index)
    assert names == ["Amérique centrale, Amérique du Nord et Caraïbes", "Costa Rica", "Mexique"]


def test_country_topics_prefer_the_country_guide_then_the_region(client, rights_index):
    country = main_html(client.get("/en/rights/country/mx/"))
    links = {
        re.sub(r"<[^>]+>", "", text.split("<small>")[0]): url
        for url, text in _links(country)
        if "<small>" in text
    }
    # Each topic opens its guide at the first question on it.
    assert links["Detention and deportation"] == "/en/rights/mexico-in-transit/#topic-detention"
    assert links["Unaccompanied children"] == "/en/rights/your-rights-in-the-region/#topic-children"
    assert "Work and labour rights" not in links  # no guide covers it for Mexico


def test_country_without_its_own_guide_still_offers_the_region_guide(client, rights_index):
    response = client.get("/ht/rights/country/ht/")
    assert response.status_code == 200
    html = main_html(response)
    assert "<h1>Ayiti</h1>" in html
    assert "/ht/rights/your-rights-in-the-region/" in html


def test_unknown_country_is_not_found(client, rights_index):
    assert client.get("/en/rights/country/zz/").status_code == 404


def test_language_switcher_is_on_every_rights_page(client, rights_index):
    for url in ["/es/rights/", "/es/rights/country/cr/", "/es/rights/costa-rica-work-and-health/"]:
        html = client.get(url).content.decode()
        assert 'class="disclosure language-switcher"' in html
        assert f'href="{url.replace("/es/", "/ht/", 1)}" hreflang="ht"' in html


def test_home_page_leads_to_the_rights_index(client, rights_index):
    home = HomePage.objects.get()
    assert home.rights_page_id == rights_index.pk
    html = client.get("/es/").content.decode()
    assert '<a class="button button--help button--strong" href="/es/rights/">' in html
    assert rights_index.show_in_menus


def test_index_queries_stay_constant_as_guides_are_added(
    client, rights_index, django_assert_max_num_queries
):
    from rights.factories import RightsGuidePageFactory

    client.get("/en/rights/country/mx/")
    # The page, its guides, the country's first contacts, menus, the share
    # card, the footer's "About this site" pages.
    with django_assert_max_num_queries(12):
        client.get("/en/rights/country/mx/")
    for n in range(5):
        RightsGuidePageFactory(
            parent=rights_index,
            country="MX",
            topics=["work"],
            title_en=f"Extra {n}",
            summary_en="x",
        )
    with django_assert_max_num_queries(12):
        client.get("/en/rights/country/mx/")

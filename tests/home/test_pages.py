"""Home and content pages: what readers see and how editors create them.
(Wagtail's page assertions for every page type: tests/test_page_models.py.)"""

import re

import pytest
from django.test import override_settings
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage, StandardPage
from tests.page_types import LANGUAGES


class HomePageTests(WagtailPageTestCase):
    def setUp(self):
        self.login()

    def test_home_page_shows_hero_and_rights_entry_in_the_readers_language(self):
        response = self.client.get("/es/")
        self.assertContains(response, "Hablemos de ella con datos")
        self.assertContains(response, "Conozca sus derechos")


class StandardPageTests(WagtailPageTestCase):
    """Where content pages go, and that they render and preview in every
    language, is checked with every page type in tests/test_page_models.py."""

    def setUp(self):
        self.home = HomePage.objects.get()
        self.login()

    def test_editor_creates_a_content_page_in_two_languages_through_the_admin(self):
        data = nested_form_data(
            {
                "title_en": "Our method",
                "title_es": "Nuestro método",
                "slug": "method",
                "intro_en": "How we check figures.",
                "intro_es": "Cómo verificamos las cifras.",
                "body_en": streamfield([]),
                "body_es": streamfield([]),
                "body_fr": streamfield([]),
                "body_ht": streamfield([]),
            }
        )
        self.assertCanCreate(self.home, StandardPage, data)
        page = StandardPage.objects.get(slug="method")
        self.assertEqual(page.title_es, "Nuestro método")

    def test_about_page_tells_who_publishes_the_platform_and_why(self):
        response = self.client.get("/en/about/")
        self.assertContains(response, "open-source platform")
        self.assertContains(response, "IOM Regional Strategy for Central and North America")


def test_home_page_renders_in_constant_queries_in_every_language(
    client, db, django_assert_max_num_queries
):
    # Hero, key figures (with their links), latest fact checks, current
    # campaigns with pictures, the rights entry, menus and the share card: a
    # fixed number of queries, whatever the size of the library.
    for lang in LANGUAGES:
        client.get(f"/{lang}/")  # draws the page's share card in this language once
        with django_assert_max_num_queries(25):  # + the corrections notice
            response = client.get(f"/{lang}/")
        assert response.status_code == 200


@override_settings(ALLOWED_HOSTS=["testserver"])
def test_unknown_language_prefix_is_a_translated_404_not_a_500(client, db):
    response = client.get("/xx/", follow=True, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_home_page_title_names_the_site_once_and_other_pages_add_their_own(client, db):
    site_names = {
        "en": "Migration Facts",
        "es": "Datos sobre migración",
        "fr": "Faits sur la migration",
        "ht": "Verite sou migrasyon",
    }
    for lang in LANGUAGES:
        home = client.get(f"/{lang}/").content.decode()
        assert f"<title>{site_names[lang]}</title>" in home, lang
        about = client.get(f"/{lang}/about/").content.decode()
        title = about.split("<title>")[1].split("</title>")[0]
        assert title.endswith(f" · {site_names[lang]}") and title.count(site_names[lang]) == 1


KEY_FIGURES = {
    "en": ["550 million", "25%", "53 million", "15%"],
    "es": ["550\xa0millones", "25\xa0%", "53\xa0millones", "15\xa0%"],
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_home_shows_the_regions_key_figures_from_the_library(client, db, lang):
    html = client.get(f"/{lang}/").content.decode()
    section = re.search(r'<section class="home-figures".*?</section>', html, re.S).group(0)
    values = re.findall(r'<data value="[^"]+">([^<]+)</data>', section)
    assert [v.replace("\xa0", " ") for v in values] == [
        v.replace("\xa0", " ") for v in KEY_FIGURES[lang]
    ]
    # Each figure says where and when, and links to its page with its source.
    assert section.count('class="key-figure__meta"') == 4
    assert f'href="/{lang}/statistics/region-population/"' in section


def test_a_corrected_key_figure_is_corrected_on_the_home_page(client, db):
    from factsheets.models import Statistic

    statistic = Statistic.objects.get(key="north-america-migrants")
    statistic.value = 54000000
    statistic.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert '<data value="54000000">54 million</data>' in html


def test_home_shows_latest_fact_checks_with_verdicts_campaigns_with_pictures_and_rights(client, db):
    html = client.get("/fr/").content.decode()
    checks = re.search(r'aria-labelledby="factsheets-heading".*?</section>', html, re.S).group(0)
    cards = re.findall(r'<li class="card factsheet-card".*?</li>', checks, re.S)
    assert len(cards) == 4
    for card in cards:
        # Verdict as colour, icon and word.
        assert re.search(r'class="verdict verdict--[a-z-]+ verdict--small"><svg', card)
        assert re.search(r'<span class="verdict__word">\w', card)
    campaigns = re.search(r'aria-labelledby="campaigns-heading".*?</section>', html, re.S).group(0)
    assert campaigns.count("<picture") >= 2
    assert "Campagne en cours" in campaigns and "Campagne passée" not in campaigns
    assert 'class="rights-entry"' in html and 'href="/fr/rights/"' in html

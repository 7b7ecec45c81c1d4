"""Home and content pages: what readers see and how editors create them.
(Wagtail's page assertions for every page type: tests/test_page_models.py.)"""

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
        with django_assert_max_num_queries(24):
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

"""A rights guide, as a migrant reads it on a phone."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rights.factories import HelpContactFactory
from tests.rights.conftest import main_html

FREE = {
    "en": "Help and this information are free.",
    "es": "La ayuda y esta información son gratuitas.",
    "fr": "L'aide et ces informations sont gratuites.",
    "ht": "Èd la ak enfòmasyon sa yo gratis.",
}
NOBODY_MAY_CHARGE = {
    "en": "No one may charge you for them.",
    "es": "Nadie puede cobrarle por ellas.",
    "fr": "Personne n'a le droit de vous les faire payer.",
    "ht": "Pèsonn pa gen dwa fè ou peye pou yo.",
}


def test_guide_shows_get_help_contacts_before_the_questions(client, mexico_guide):
    html = main_html(client.get("/en/rights/mexico-in-transit/"))
    # Source order is what a small screen shows first (the wide layout moves it aside with CSS).
    assert html.index('id="get-help"') < html.index("<details")
    assert html.index('id="get-help"') < html.index('class="lead"')


def test_contact_phone_is_a_link_that_calls(client, mexico_guide):
    html = main_html(client.get("/es/rights/mexico-in-transit/"))
    assert '<a class="contact__call" href="tel:+00000000101"><svg' in html
    assert '<span>Llamar al <span dir="ltr">+000 0000 0101</span></span></a>' in html
    assert 'href="sms:+00000000102"' in html
    assert 'href="https://wa.me/00000000001"' in html


def test_chosen_contacts_come_first_then_the_rest_of_the_country(client, mexico_guide):
    html = main_html(client.get("/en/rights/mexico-in-transit/"))
    names = re.findall(r'class="contact__name">([^<]+)<', html)
    assert names == [
        "Migrants&#x27; Legal Aid Centre (sample)",
        "Regional Migrant Help Line (sample)",
        "Migrant Shelter Network (sample)",
    ]


def test_guide_without_country_contacts_shows_only_chosen_ones(client, mexico_guide):
    mexico_guide.include_country_contacts = False
    mexico_guide.save()
    html = main_html(client.get("/en/rights/mexico-in-transit/"))
    assert "Migrant Shelter Network" not in html
    assert "Regional Migrant Help Line" in html


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ht"])
def test_every_guide_says_help_is_free_in_the_readers_language(client, db, lang):
    for slug in ["your-rights-in-the-region", "mexico-in-transit", "costa-rica-work-and-health"]:
        html = main_html(client.get(f"/{lang}/rights/{slug}/"))
        assert FREE[lang] in html
        assert NOBODY_MAY_CHARGE[lang] in html


def test_sample_contacts_are_visibly_marked_as_samples(client, mexico_guide):
    html = main_html(client.get("/fr/rights/mexico-in-transit/"))
    assert html.count('class="contact__sample"><strong>Contact d\'exemple</strong>') == 3


def test_real_contact_is_not_marked_as_sample(client, mexico_guide):
    HelpContactFactory(country="MX", organisation_en="Checked Line", is_sample=False)
    html = main_html(client.get("/en/rights/mexico-in-transit/"))
    blocks = {
        b.split('contact__name">')[1].split("<")[0]: b
        for b in html.split('<li class="contact">')[1:]
    }
    assert "contact__sample" not in blocks["Checked Line"]
    assert "contact__sample" in blocks["Migrant Shelter Network (sample)"]


def test_questions_open_and_close_without_javascript(client, mexico_guide):
    response = client.get("/ht/rights/mexico-in-transit/")
    html = response.content.decode()
    assert html.count('<details class="qa"') == len(mexico_guide.sections) == 4
    assert "<summary>Kisa pou m fè si yo arete m?</summary>" in html
    # No script is needed to read a guide (JSON-LD data would be fine): the
    # one script is the deferred offline enhancement (saving, offline notes).
    scripts = re.findall(r"<script(?![^>]*application/ld\+json)[^>]*>", html)
    assert [s.split('"')[1] for s in scripts] == ["/static/offline/offline.js"]
    assert " defer " in scripts[0]


def test_guide_says_it_is_general_information_not_legal_advice(client, region_guide):
    html = main_html(client.get("/es/rights/your-rights-in-the-region/"))
    assert "Esta guía es información general, no asesoría legal." in html
    assert "Última revisión:" in html and '<time datetime="2026-11-15">' in html


def test_guide_names_its_country_and_topics_in_the_readers_language(client, mexico_guide):
    html = main_html(client.get("/es/rights/mexico-in-transit/"))
    assert "México</span>" in html
    assert '<span class="tag">Víctimas de trata</span>' in html
    assert (
        '<a class="back-link" href="/es/rights/country/mx/">Todas las guías para México</a>' in html
    )


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_guide_queries_do_not_grow_with_its_contacts(client, mexico_guide):
    _queries(client, "/en/rights/mexico-in-transit/")  # draws the site's share card once
    before = _queries(client, "/en/rights/mexico-in-transit/")
    HelpContactFactory.create_batch(6, country="MX")
    assert _queries(client, "/en/rights/mexico-in-transit/") == before


def test_guide_page_renders_in_a_bounded_number_of_queries(
    client, mexico_guide, django_assert_max_num_queries
):
    client.get("/en/rights/mexico-in-transit/")  # warm caches (site root paths)
    with django_assert_max_num_queries(
        14
    ):  # 12 + the footer's "About this site" pages + the audio clips
        client.get("/en/rights/mexico-in-transit/")

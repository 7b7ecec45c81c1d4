"""Completeness means the whole page: a translation that lacks blocks of the
English (a heading, a quote, a cited figure) is reported incomplete, and its
readers get the missing blocks in the fallback language, marked with their
``lang``, under a notice. The demo's translations are whole."""

import re

import pytest

from factsheets.factories import StatisticFactory
from factsheets.models import FactSheetIndexPage, FactSheetPage
from languages.completeness import missing_blocks
from tests.html_languages import texts_by_language
from workspace import status

pytestmark = pytest.mark.django_db


@pytest.fixture
def abridged_sheet():
    figure = StatisticFactory(key="abridged-figure", value=53000000, unit="people")
    index = FactSheetIndexPage.objects.get()
    page = FactSheetPage(
        slug="abridged-sheet",
        verdict="misleading",
        title_en="Are migrants a burden?",
        title_fr="Les migrants sont-ils un fardeau ?",
        myth_en="Migrants are a burden.",
        myth_fr="Les migrants sont un fardeau.",
        short_answer_en="Misleading.",
        short_answer_fr="Trompeur.",
        body_en=[
            (
                "paragraph",
                f'<p>Some <a linktype="statistic" id="{figure.pk}">x</a> migrants live north.</p>',
            ),
            ("heading", {"text": "What migrants contribute"}),
            ("quote", {"quote": "Migration can reduce unemployment.", "attribution": "IOM"}),
        ],
        body_fr=[("paragraph", "<p>Des migrants vivent au nord.</p>")],
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_a_translation_lacking_blocks_is_incomplete(abridged_sheet):
    fields = status.object_status(abridged_sheet)["fr"].fields
    assert fields["body"] == status.INCOMPLETE
    assert status.object_status(abridged_sheet)["fr"].state == status.INCOMPLETE
    # The paragraph is there but lost its figure; heading and quote are gone.
    assert missing_blocks(abridged_sheet.body_en, abridged_sheet.body_fr) == [0, 1, 2]


def test_readers_see_the_missing_blocks_marked_in_english_under_a_notice(client, abridged_sheet):
    html = client.get("/fr/facts/abridged-sheet/").content.decode()
    body = html[html.index("<article") :]
    body = body[: body.index("</article>")]
    assert "Une partie de cette page n’est pas encore traduite" in body
    texts = texts_by_language(body, "fr")
    english = " ".join(texts.get("en", []))
    assert "What migrants contribute" in english
    assert "Migration can reduce unemployment." in english
    assert "migrants live north." in english  # the sentence that cites the figure
    assert "Des migrants vivent au nord." not in english  # replaced, not repeated
    assert "Des migrants vivent au nord." not in " ".join(texts.get("fr", []))
    # Creole readers fall back to the French (title, myth) and get the same.
    html = client.get("/ht/facts/abridged-sheet/").content.decode()
    assert 'class="fallback-part" lang="en"' in html


def test_a_whole_translation_shows_no_partial_notice(client):
    html = client.get("/es/facts/migrants-are-a-burden-on-the-economy/").content.decode()
    assert "fallback-part" not in html


def test_demo_translations_are_whole():
    incomplete = []
    for page in FactSheetPage.objects.live():
        for language, language_status in status.object_status(page).items():
            if language_status.fields.get("body") == status.INCOMPLETE:
                incomplete.append((page.slug, language))
    assert incomplete == []


# -- Fallback rendering: figures, labels and the verdict ----------------------

REGION = "/ht/facts/our-region-is-a-main-migration-region/"  # en, es, fr; no Kreyòl


def test_creole_readers_of_the_french_fallback_get_french_figures_and_creole_labels(client):
    html = client.get(REGION).content.decode()
    texts = texts_by_language(html, "ht")
    french = " ".join(texts.get("fr", []))
    creole = texts.get("ht", [])
    # The French sentence, with its figure formatted in French.
    assert "550 millions" in french and "milyon" not in french
    assert "La région compte plus de" in french
    # Interface labels are Kreyòl and marked so (main is not lang="fr").
    assert "Vèdik nou" in creole and "Sous yo" in creole
    assert "Notre verdict" not in french
    # The verdict word agrees with the short answer: both French.
    assert re.search(r'<p class="verdict-line" lang="fr">.*?Vrai</span>', html, re.S)
    assert re.search(r'<p class="lead factsheet__answer" lang="fr">', html)


def test_the_verdict_agrees_with_a_spanish_short_answer(client):
    texts = texts_by_language(
        client.get("/es/facts/migrants-are-a-burden-on-the-economy/").content.decode(), "es"
    )
    assert "Engañoso" in texts["es"] and "Misleading" not in " ".join(texts.get("en", []))

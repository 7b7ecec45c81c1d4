"""Evidence before a verdict: the editor cannot publish a verdict that cites
nothing, is told so in their language and loses nothing typed; the demo
sheets all rest on figures or quoted passages of the seed."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from factsheets.evidence import contradicting_openers, has_evidence, opening_verdict
from factsheets.factories import FactSheetPageFactory, StatisticFactory, body_citing
from factsheets.models import FactSheetPage
from languages.codes import language_codes
from tests.admin_forms import page_form_data

pytestmark = pytest.mark.django_db

SOURCE = {
    "publisher": "International Organization for Migration (IOM)",
    "title": "IOM Regional Strategy 2014–2016",
    "url": "",
    "date": None,
    "locator": "section “Health as a Migration Priority”",
    "quote": "Migration is a social determinant of the health of migrants.",
    "translated": False,
}


@pytest.fixture
def editor(admin_client):
    user = get_user_model().objects.get(username="factsheets-admin")

    def speak(lang):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = lang
        profile.save()
        return admin_client

    return speak


@pytest.fixture
def unsourced(facts_index):
    page = FactSheetPageFactory(
        parent=facts_index,
        slug="unsourced",
        body=[{"type": "paragraph", "value": "<p>Nothing cited here.</p>"}],
        live=False,
    )
    page.save_revision()
    return page


def post(client, page, **changes):
    data = page_form_data(client, page)
    for key, value in changes.items():
        data[key] = value
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "A verdict needs evidence"),
        ("es", "Un veredicto necesita pruebas"),
        ("fr", "Un verdict a besoin de preuves"),
    ],
)
def test_publishing_a_verdict_without_evidence_is_refused_and_keeps_what_was_typed(
    editor, unsourced, lang, message
):
    client = editor(lang)
    response = post(client, unsourced, myth_en="A claim typed just now", **{"action-publish": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "A claim typed just now" in html
    unsourced.refresh_from_db()
    assert not unsourced.live


def test_a_draft_without_evidence_may_be_saved(editor, unsourced):
    response = post(editor("en"), unsourced, myth_en="Still a draft")
    assert response.status_code == 302
    unsourced.refresh_from_db()
    assert unsourced.get_latest_revision_as_object().myth_en == "Still a draft"


def test_a_source_block_or_a_statistic_is_enough_evidence(editor, unsourced):
    client = editor("en")
    unsourced.body = [{"type": "source", "value": SOURCE}]
    unsourced.save_revision()
    assert post(client, unsourced, **{"action-publish": "1"}).status_code == 302
    unsourced.refresh_from_db()
    assert unsourced.live
    cited = FactSheetPageFactory(
        parent=unsourced.get_parent(), body=body_citing([StatisticFactory()]), live=False
    )
    cited.save_revision()
    assert post(client, cited, **{"action-publish": "1"}).status_code == 302


def test_the_editor_is_warned_when_the_short_answer_opens_with_another_verdict(editor, unsourced):
    client = editor("es")
    unsourced.body = [{"type": "source", "value": SOURCE}]
    unsourced.save_revision()
    response = post(
        client,
        unsourced,
        verdict="false",
        short_answer_es="Verdadero. Esto no concuerda con el veredicto.",
        **{"action-publish": "1"},
    )
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert "La respuesta breve (español) empieza con «Verdadero»" in html


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("False. It is not.", "en", "false"),
        ("Falso: no.", "es", "false"),
        ("Sa pa vre. Non.", "ht", "false"),
        ("Se vre.", "ht", "true"),
        ("Contexte manquant : …", "fr", "missing-context"),
        ("Migrants contribute.", "en", None),
    ],
)
def test_the_opening_verdict_word_is_read_in_each_language(text, lang, verdict):
    assert opening_verdict(text, lang) == verdict


def test_every_demo_verdict_rests_on_evidence_in_every_language_it_is_written_in():
    sheets = list(FactSheetPage.objects.live())
    assert len(sheets) >= 5
    for sheet in sheets:
        assert sheet.verdict and sheet.short_answer_en
        written = [code for code in language_codes() if getattr(sheet, f"myth_{code}")]
        for code in written:
            body = getattr(sheet, f"body_{code}")
            assert has_evidence([body]), (sheet.slug, code)
            assert any(block.block_type == "source" for block in body), (sheet.slug, code)
            assert getattr(sheet, f"appearances_{code}"), (sheet.slug, code)
        assert contradicting_openers(sheet) == [], sheet.slug
        with translation.override("en"):
            assert opening_verdict(sheet.short_answer_en, "en") == sheet.verdict, sheet.slug

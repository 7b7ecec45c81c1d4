"""Round trips with files written by translators' real tools: translate-toolkit's
XLIFF 2.0 store (resegmented units, inline <pc>/<ph>, states), polib (the
standard PO header, fuzzy flags) and ``msgfmt -c --check-format``. What
readers see in the language is checked on the rendered page."""

import subprocess
from decimal import Decimal

import polib
import pytest
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.urls import reverse
from lxml import etree
from translate.storage import xliff2

from factsheets.factories import FactSheetPageFactory, StatisticFactory
from factsheets.models import FactSheetIndexPage
from tests.workspace.cat_tools import (
    Code,
    cat_translate,
    po_translate,
    resegment,
    rich,
    segments_of,
)
from tests.workspace.conftest import publish
from tests.workspace.test_exchange import do_import, import_errors, refused, revisions

pytestmark = pytest.mark.django_db
XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"


@pytest.fixture
def population(db):
    return StatisticFactory(
        key="xchg-region-population",
        label="Inhabitants of the region",
        value=Decimal("550000000"),
        unit="people",
        compact=True,
    )


@pytest.fixture
def sheet(population, home_page):
    """A fact sheet in English only whose paragraph cites a statistic inside
    a sentence, with emphasis and a page link after it."""
    paragraph = (
        f'<p>The region has <a linktype="statistic" id="{population.pk}">'
        f"{population.key}</a> inhabitants, more than <b>ever before</b>. "
        "Most of them live in cities. "
        f'Read <a linktype="page" id="{home_page.pk}">the overview</a> first.</p>'
    )
    page = FactSheetPageFactory(
        parent=FactSheetIndexPage.objects.get(slug="facts"),
        slug="xchg-region",
        title="How many people live in the region?",
        myth="Few people live in our region.",
        short_answer="False. In 2007, 41% of the trafficking victims came from the region.",
        body=[
            {"type": "heading", "value": {"text": "Who lives here", "level": "h2"}},
            {"type": "paragraph", "value": paragraph},
        ],
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def export(client, page, language, file_format="xliff"):
    ct = ContentType.objects.get_for_model(type(page)).pk
    response = client.post(
        reverse("workspace:export"),
        {"language": language, "objects": [f"{ct}:{page.pk}"], "file_format": file_format},
    )
    assert response.status_code == 200 and response["Content-Disposition"].startswith("attach")
    return response.content


CREOLE = {
    ":title": "Konbyen moun ki rete nan rejyon an?",
    ":myth": "Pa gen anpil moun nan rejyon nou an.",
    ":short_answer": "Fo. An 2007, 41% viktim trafik yo te soti nan rejyon an.",
    "/text": "Ki moun ki rete isit",
}
CREOLE_PARAGRAPH = [
    rich("Rejyon an gen ", Code(2), " moun, plis pase ", Code(3, "tout tan anvan"), "."),
    "Pifò ladan yo rete nan vil.",
    rich("Li ", Code(4, "apèsi a"), " anvan."),
]


WHOLE_PARAGRAPH = rich(
    "Rejyon an gen ", Code(2), " moun, ", Code(3, "plis"), ". ", Code(4, "Apèsi"), "."
)


def warnings(response):
    return [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


def test_resegmented_unit_with_inline_elements_imports_whole_and_the_page_shows_every_sentence(
    admin_client, client, sheet, population, home_page
):
    xml = resegment(export(admin_client, sheet, "ht"), "/paragraph")
    store = xliff2.Xliff2File.parsestring(xml)
    sentences = segments_of(store, "/paragraph")
    assert [s.source for s in sentences] == [
        "The region has  inhabitants, more than ever before.",
        "Most of them live in cities.",
        "Read the overview first.",
    ]
    # The figure is a <ph> the translator moves, shown as its Creole value.
    figure = sentences[0].xmlelement.find(f"{XLIFF}source/{XLIFF}ph")
    assert figure.get("disp") == "550 milyon" and figure.get("canDelete") == "no"

    translated = cat_translate(xml, {**CREOLE, "/paragraph": CREOLE_PARAGRAPH})
    response = do_import(admin_client, translated.decode(), "ht")
    assert response.status_code == 302, import_errors(response)
    sheet.refresh_from_db()
    draft = sheet.get_latest_revision_as_object()
    assert draft.body_ht[1].value.source == (
        f'<p>Rejyon an gen <a linktype="statistic" id="{population.pk}">'
        "xchg-region-population</a> moun, plis pase <b>tout tan anvan</b>. "
        "Pifò ladan yo rete nan vil. "
        f'Li <a linktype="page" id="{home_page.pk}">apèsi a</a> anvan.</p>'
    )
    draft.get_latest_revision().publish()

    html = client.get("/ht/facts/xchg-region/").content.decode()
    assert "Rejyon an gen" in html
    assert "550 milyon" in html  # the figure, re-rendered from the library
    assert "moun, plis pase <b>tout tan anvan</b>." in html  # after the figure
    assert "Pifò ladan yo rete nan vil." in html  # the second segment
    assert "apèsi a</a> anvan." in html  # after the page link
    assert "Fo. An 2007, 41% viktim" in html


def test_unfinished_segments_and_fuzzy_entries_are_reported_and_never_imported(
    admin_client, sheet, population, home_page
):
    xml = export(admin_client, sheet, "ht")
    done = cat_translate(xml, {":title": CREOLE[":title"], ":myth": CREOLE[":myth"]})
    draft_answer = cat_translate(done, {":short_answer": CREOLE[":short_answer"]}, state="initial")
    # A tool that writes a target without a state: per XLIFF 2.0 it is "initial".
    store = xliff2.Xliff2File.parsestring(
        cat_translate(
            cat_translate(draft_answer, {"/paragraph": WHOLE_PARAGRAPH}),
            {"/text": CREOLE["/text"]},
            state=None,
        )
    )
    before = revisions(sheet)
    response = do_import(admin_client, bytes(store).decode(), "ht")
    assert response.status_code == 302, import_errors(response)
    reported = " ".join(warnings(response))
    assert "short answer: segment 1 is not marked as translated (state “initial”)" in reported
    assert "body › Text 1: segment 1 is not marked as translated" in reported
    # Importing the paragraph alone would leave English in the Creole body.
    assert "body: not imported, 1 text is not translated yet." in reported
    sheet.refresh_from_db()
    assert revisions(sheet) == before + 1
    draft = sheet.get_latest_revision_as_object()
    assert draft.myth_ht == CREOLE[":myth"]
    assert not draft.short_answer_ht and not draft.body_ht  # no draft imported as final

    po = export(admin_client, sheet, "ht", file_format="po")
    fuzzy = po_translate(
        po,
        {
            ":short_answer": CREOLE[":short_answer"],
            "/text": CREOLE["/text"],
            "/paragraph": f'<p>Rejyon an gen <a linktype="statistic" id="{population.pk}">x</a>'
            f' moun. <a linktype="page" id="{home_page.pk}">Apèsi</a>.</p>',
        },
        fuzzy={":short_answer"},
    )
    response = do_import(admin_client, fuzzy, "ht", name="ht.po")
    assert response.status_code == 302, import_errors(response)
    assert any(
        "short answer: marked fuzzy (needs review), not imported." in w for w in warnings(response)
    )
    sheet.refresh_from_db()
    draft = sheet.get_latest_revision_as_object()
    assert not draft.short_answer_ht
    assert draft.body_ht[0].value["text"] == CREOLE["/text"]


def test_a_file_with_nothing_finished_is_refused_with_the_list(admin_client, sheet):
    xml = cat_translate(export(admin_client, sheet, "ht"), {":myth": "Mit."}, state="initial")
    html = refused(do_import(admin_client, xml.decode(), "ht"))
    assert "The file contains no finished translation: nothing to import." in html
    assert "myth: segment 1 is not marked as translated" in html


def test_po_file_with_the_standard_language_header_from_poedit_is_accepted(admin_client, sheet):
    po = export(admin_client, sheet, "ht", file_format="po")
    catalog = polib.pofile(po.decode())
    assert catalog.metadata["Language"] == "ht"
    # What Poedit and Weblate write: a Language header and their own team line.
    catalog.metadata["Language-Team"] = "Haitian Creole <ht@li.org>"
    translated = po_translate(str(catalog), {":myth": CREOLE[":myth"]}, language="ht_HT")
    response = do_import(admin_client, translated, "ht", name="ht.po")
    assert response.status_code == 302, import_errors(response)
    sheet.refresh_from_db()
    assert sheet.get_latest_revision_as_object().myth_ht == CREOLE[":myth"]

    french = po_translate(po, {":myth": "Peu de gens vivent ici."}, language="fr")
    html = refused(do_import(admin_client, french, "ht", name="fr.po"))
    assert "The file is for the language “fr”, not “ht”." in html


def test_exported_po_passes_msgfmt_check_with_percent_signs_and_real_headers(
    admin_client, sheet, tmp_path
):
    po = export(admin_client, sheet, "ht", file_format="po")
    catalog = polib.pofile(po.decode())
    for name in (
        "Language",
        "Plural-Forms",
        "Last-Translator",
        "PO-Revision-Date",
        "POT-Creation-Date",
    ):
        assert catalog.metadata.get(name), name
    assert "YEAR" not in catalog.metadata["PO-Revision-Date"]
    assert catalog.metadata["Plural-Forms"].startswith("nplurals=")
    answer = next(e for e in catalog if e.msgctxt.endswith(":short_answer"))
    assert "41%" in answer.msgid and "python-format" not in answer.flags
    assert not any("format" in flag for entry in catalog for flag in entry.flags)

    exported = tmp_path / "exported.po"
    exported.write_bytes(po)
    translated = tmp_path / "translated.po"
    translated.write_text(po_translate(po, CREOLE), encoding="utf-8")
    for path in (exported, translated):
        result = subprocess.run(
            ["msgfmt", "-c", "--check-format", "-o", "/dev/null", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert "warning" not in result.stderr, result.stderr


def test_import_names_the_real_cause_when_the_english_text_differs(admin_client, sheet):
    xml = export(admin_client, sheet, "ht")
    # Resegmented by a CAT tool and translated: accepted (not "English changed").
    translated = cat_translate(
        resegment(xml, "/paragraph"), {**CREOLE, "/paragraph": CREOLE_PARAGRAPH}
    )
    # The source edited in the file (a tool or a person), the site unchanged.
    store = xliff2.Xliff2File.parsestring(translated)
    segments_of(store, ":myth")[0].source = "Few people live in this region."
    html = refused(do_import(admin_client, bytes(store).decode(), "ht"))
    assert "myth: the English text in the file was edited" in html
    assert "the English text changed since the export." not in html

    # The English text changed on the site after the export.
    publish(sheet, myth_en="Hardly anyone lives in our region.")
    html = refused(do_import(admin_client, translated.decode(), "ht"))
    assert "myth: the English text changed since the export." in html
    assert "body › Paragraph" not in html  # the resegmented paragraph is fine


def test_a_missing_text_is_reported_as_missing_from_the_file(admin_client, sheet):
    xml = cat_translate(export(admin_client, sheet, "ht"), {**CREOLE, "/paragraph": "Tout."})
    root = etree.fromstring(xml)
    for unit in root.iter(f"{XLIFF}unit"):
        if unit.get("name").endswith("/text"):
            unit.getparent().remove(unit)
    html = refused(do_import(admin_client, etree.tostring(root).decode(), "ht"))
    assert "body › Text 1: the file has no unit for this text." in html

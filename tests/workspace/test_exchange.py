"""Start a translation, and the XLIFF / PO exchange: export what is missing
or outdated, import it back as revisions, refuse a broken file whole."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from lxml import etree
from translate.storage import xliff2
from wagtail.models import Revision

from tests.workspace.cat_tools import (
    Code,
    cat_translate,
    cat_translate_all,
    po_translate,
    rich,
    segments_of,
)
from tests.workspace.conftest import publish
from workspace import exchange, status

pytestmark = pytest.mark.django_db


def key(page):
    return f"home.standardpage:{page.pk}"


def export(client, pages, language, file_format="xliff"):
    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(type(pages[0])).pk
    response = client.post(
        reverse("workspace:export"),
        {
            "language": language,
            "objects": [f"{ct}:{p.pk}" for p in pages],
            "file_format": file_format,
        },
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    return response.content.decode()


def translate_xliff(xml, translations):
    """Translate units as a CAT tool does (translate-toolkit), marked translated."""
    return cat_translate(xml, translations).decode("utf-8")


def do_import(client, content, language, name="translations.xlf", submit=False):
    upload = SimpleUploadedFile(name, content.encode("utf-8"))
    data = {"language": language, "file": upload}
    if submit:
        data["submit_for_moderation"] = "on"
    return client.post(reverse("workspace:import"), data)


def revisions(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).count()


# -- Start a translation -----------------------------------------------------


def test_start_translation_copies_the_english_blocks_into_a_draft(admin_client, untranslated_page):
    response = admin_client.post(
        reverse(
            "workspace:start_translation",
            args=[untranslated_page.content_type_id, untranslated_page.pk, "ht"],
        )
    )
    assert response.status_code == 302
    untranslated_page.refresh_from_db()
    assert untranslated_page.title_ht in (None, "")  # the live page is untouched
    draft = untranslated_page.get_latest_revision_as_object()
    assert draft.title_ht == "Migrants in transit"
    assert [b.block_type for b in draft.body_ht] == ["heading", "paragraph", "quote"]
    assert [b.id for b in draft.body_ht] == [b.id for b in draft.body_en]
    # An untouched copy is still to be translated.
    assert status.object_status(draft)["ht"].fields["body"] == status.COPIED


def test_start_translation_keeps_chosen_references(untranslated_page, home_page):
    from workspace.views.translate import copy_source

    draft = untranslated_page.get_latest_revision_as_object()
    draft.body_en = [
        *list(draft.body_en.raw_data),
        {"type": "image", "value": {"image": None, "caption": "Map"}, "id": "img-1"},
    ]
    copy_source(draft, "fr")
    assert draft.body_fr.raw_data[-1]["id"] == "img-1"
    assert draft.body_fr.raw_data[-1]["value"]["caption"] == "Map"


def test_translator_cannot_start_a_translation_without_edit_rights(
    client, statistics_manager, untranslated_page
):
    client.force_login(statistics_manager)
    response = client.post(
        reverse(
            "workspace:start_translation",
            args=[untranslated_page.content_type_id, untranslated_page.pk, "es"],
        )
    )
    assert response.status_code in (302, 403)
    assert revisions(untranslated_page) == 1


# -- Export ------------------------------------------------------------------


def test_export_holds_only_missing_and_outdated_strings_with_context(
    admin_client, article, untranslated_page
):
    publish(article, intro_en="Remittances sustain millions of families.")
    xml = export(admin_client, [article, untranslated_page], "es")
    assert 'trgLang="es"' in xml and 'srcLang="en"' in xml
    assert f'name="{key(article)}:intro"' in xml
    store = xliff2.Xliff2File.parsestring(xml.encode())
    (intro,) = segments_of(store, f"{key(article)}:intro")
    assert intro.source == "Remittances sustain millions of families."
    # The outdated translation is offered for review, never as finished.
    assert intro.target == "Las remesas sostienen a muchas familias."
    assert intro.isfuzzy() and not intro.istranslated()
    assert f'name="{key(article)}:title"' not in xml  # complete: not exported
    body_units = re.findall(rf'name="{key(untranslated_page)}:body:([^"]+)"', xml)
    assert [path.split("/")[-1] for path in body_units] == [
        "text",
        "paragraph",
        "quote",
        "attribution",
    ]
    assert "Migrants in transit › body › Paragraph" in xml
    # Rich text: words to translate, tags as XLIFF inline elements.
    (paragraph,) = segments_of(store, "/paragraph")
    assert paragraph.source == "Most routes run north."
    assert "&lt;" not in xml.split("<originalData>")[0]
    assert (
        '<pc id="2" dataRefStart="d2" dataRefEnd="d2e" type="fmt" subType="xlf:b">north</pc>' in xml
    )


def test_export_form_keeps_the_choices_on_error(admin_client, article):
    response = admin_client.post(
        reverse("workspace:export"), {"language": "fr", "file_format": "po"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "This field is required." in html
    assert re.search(r'<option value="fr"\s+selected>', html)


# -- Import ------------------------------------------------------------------

SPANISH = {
    ":title": "Migrantes en tránsito",
    ":intro": "Muchos migrantes cruzan la región.",
    "/text": "Rutas",
    "/paragraph": rich("La mayoría de las rutas van hacia el ", Code(2, "norte"), "."),
    "/quote": "La migración ha dado forma a esta región.",
    "/attribution": "OIM",
}


def test_import_creates_revisions_that_go_through_the_workflow(admin_client, untranslated_page):
    xml = translate_xliff(export(admin_client, [untranslated_page], "es"), SPANISH)
    before = revisions(untranslated_page)
    response = do_import(admin_client, xml, "es", submit=True)
    assert response.status_code == 302, import_errors(response)
    untranslated_page.refresh_from_db()
    assert revisions(untranslated_page) == before + 1
    assert untranslated_page.title_es in (None, "")  # not live before approval
    assert untranslated_page.workflow_in_progress
    draft = untranslated_page.get_latest_revision_as_object()
    assert draft.title_es == "Migrantes en tránsito"
    assert (
        draft.body_es[1].value.source == "<p>La mayoría de las rutas van hacia el <b>norte</b>.</p>"
    )
    assert [b.id for b in draft.body_es] == [b.id for b in draft.body_en]
    # Once published, the report shows Spanish complete.
    draft.get_latest_revision().publish()
    untranslated_page.refresh_from_db()
    assert status.object_status(untranslated_page)["es"].state == status.COMPLETE


def test_po_round_trip(admin_client, article):
    publish(article, intro_en="Remittances sustain millions of families.")
    po = export(admin_client, [article], "fr", file_format="po")
    assert f'msgctxt "{key(article)}:intro"' in po
    # The outdated translation comes as a fuzzy entry: the translator fixes it.
    po = po_translate(
        po, {f"{key(article)}:intro": "Les envois de fonds font vivre des millions de familles."}
    )
    response = do_import(admin_client, po, "fr", name="translations.po")
    assert response.status_code == 302, import_errors(response)
    article.refresh_from_db()
    draft = article.get_latest_revision_as_object()
    assert draft.intro_fr == "Les envois de fonds font vivre des millions de familles."


def import_errors(response):
    html = response.content.decode()
    match = re.search(r'<div[^>]*id="import-errors".*?</div>', html, re.S)
    return match.group(0) if match else ""


def refused(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert "The file was refused; nothing was changed." in html
    return html


def test_file_for_another_language_is_refused(admin_client, untranslated_page):
    xml = translate_xliff(export(admin_client, [untranslated_page], "es"), SPANISH)
    html = refused(do_import(admin_client, xml, "fr"))
    assert "The file is for the language “es”, not “fr”." in html
    assert revisions(untranslated_page) == 1


def test_unknown_object_and_changed_source_are_refused_and_nothing_is_written(
    admin_client, article, untranslated_page
):
    publish(article, intro_en="Remittances sustain millions of families.")
    xml = export(admin_client, [article, untranslated_page], "es")
    xml = translate_xliff(
        xml, {**SPANISH, f"{article.pk}:intro": "Las remesas sostienen a millones."}
    )
    root = etree.fromstring(xml.encode())
    for unit in root.iter("{urn:oasis:names:tc:xliff:document:2.0}unit"):
        if unit.get("name") == f"{key(article)}:intro":
            unit.set("name", "home.standardpage:999999:intro")
    xml = etree.tostring(root, encoding="unicode")
    publish(untranslated_page, intro_en="Many migrants cross the region every year.")
    before = revisions(untranslated_page)
    html = refused(do_import(admin_client, xml, "es"))
    assert "home.standardpage:999999" in html and "no such page or statistic" in html
    assert "the English text changed since the export" in html
    assert revisions(untranslated_page) == before


def test_malformed_xml_is_refused(admin_client, untranslated_page):
    xml = translate_xliff(export(admin_client, [untranslated_page], "es"), SPANISH)
    html = refused(do_import(admin_client, xml.replace("</xliff>", ""), "es"))
    assert "not well-formed XML" in html
    assert revisions(untranslated_page) == 1


def test_markup_that_would_break_a_page_is_refused_in_a_po_file(admin_client, untranslated_page):
    po = export(admin_client, [untranslated_page], "es", file_format="po")
    translations = {
        ":title": "Migrantes en tránsito",
        "/paragraph": "<p>La mayoría <b>norte.</p><script>alert(1)</script>",
    }
    response = do_import(admin_client, po_translate(po, translations), "es", name="es.po")
    html = refused(response)
    assert "the tag &lt;script&gt; is not allowed" in html, import_errors(response)
    assert "does not match" in html or "not closed" in html
    assert revisions(untranslated_page) == 1


def test_xliff_markup_is_rebuilt_from_the_english_text_never_from_the_file(
    admin_client, untranslated_page
):
    """Tags typed as text stay text; an inline element the English text does
    not have (a smuggled <ph>) refuses the file."""
    xml = export(admin_client, [untranslated_page], "es")
    typed = {**SPANISH, "/paragraph": "<script>alert(1)</script> rutas"}
    response = do_import(admin_client, translate_xliff(xml, typed), "es")
    assert response.status_code == 302, import_errors(response)
    untranslated_page.refresh_from_db()
    draft = untranslated_page.get_latest_revision_as_object()
    assert draft.body_es[1].value.source == "<p>&lt;script&gt;alert(1)&lt;/script&gt; rutas</p>"

    smuggled = {**SPANISH, "/paragraph": rich("Rutas ", Code(2, "norte"))}
    store = xliff2.Xliff2File.parsestring(cat_translate(xml, smuggled))
    target = segments_of(store, "/paragraph")[0].xmlelement.find(
        "{urn:oasis:names:tc:xliff:document:2.0}target"
    )
    etree.SubElement(target, "{urn:oasis:names:tc:xliff:document:2.0}ph", {"id": "99"})
    html = refused(do_import(admin_client, bytes(store).decode(), "es"))
    assert "the inline element 99 is not in the English text" in html


def test_import_form_keeps_the_chosen_language(admin_client):
    response = admin_client.post(reverse("workspace:import"), {"language": "ht"})
    html = response.content.decode()
    assert "This field is required." in html
    assert re.search(r'<option value="ht"\s+selected>', html)


def test_markup_checker_accepts_wagtail_rich_text():
    assert (
        exchange.markup_problems(
            '<p>Un <a linktype="page" id="3">lien</a><br/></p><ul><li>a</li></ul>'
        )
        == []
    )


# -- Fact sheets: statistic references survive ---------------------------------


@pytest.fixture
def fact_sheet_without_creole():
    from django.apps import apps

    try:
        FactSheetPage = apps.get_model("factsheets", "FactSheetPage")
    except LookupError:
        pytest.skip("fact sheets are not installed yet")
    for page in FactSheetPage.objects.live():
        types = {block.block_type for block in page.body_en}
        if "callout" in types or "chart" in types:
            draft = page.get_latest_revision_as_object()
            for field in (
                "title",
                "myth",
                "short_answer",
                "body",
                "seo_title",
                "search_description",
            ):
                setattr(draft, f"{field}_ht", [] if field == "body" else "")
            draft.save_revision().publish()
            page.refresh_from_db()
            return page
    pytest.fail("no demo fact sheet cites a statistic in a callout or chart")


def statistic_ids(stream):
    found = []
    for block in stream:
        if block.block_type == "callout":
            found.append(block.value["statistic"].pk)
        elif block.block_type == "chart":
            found.extend(s.pk for s in block.value["statistics"])
    return found


def test_start_translation_keeps_the_cited_statistics(admin_client, fact_sheet_without_creole):
    page = fact_sheet_without_creole
    admin_client.post(
        reverse("workspace:start_translation", args=[page.content_type_id, page.pk, "ht"])
    )
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert statistic_ids(draft.body_ht) == statistic_ids(draft.body_en) != []


def test_fact_sheet_round_trip_keeps_statistics_and_refuses_a_lost_figure_link(
    admin_client, fact_sheet_without_creole
):
    page = fact_sheet_without_creole
    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(type(page)).pk
    response = admin_client.post(
        reverse("workspace:export"),
        {"language": "ht", "objects": [f"{ct}:{page.pk}"], "file_format": "xliff"},
    )
    xml = response.content.decode()
    assert 'trgLang="ht"' in xml and ':myth"' in xml

    good = cat_translate_all(xml, "Tradiksyon: ").decode()
    before = revisions(page)
    if 'linktype="statistic"' in xml:
        # A CAT tool that drops the figures (<ph type="other">) is refused.
        bad = cat_translate_all(
            xml, "Tradiksyon: ", keep=lambda p: p.xml_node.get("type") != "other"
        ).decode()
        html = refused(do_import(admin_client, bad, "ht"))
        assert "the link to statistic" in html
        assert revisions(page) == before
    response = do_import(admin_client, good, "ht")
    assert response.status_code == 302, import_errors(response)
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert statistic_ids(draft.body_ht) == statistic_ids(draft.body_en)
    assert draft.myth_ht.startswith("Tradiksyon: ")

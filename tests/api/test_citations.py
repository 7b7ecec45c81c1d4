"""Citations people use: the cite box names the fact sheet and the primary
source of its figures, with copy buttons that need no JavaScript to be
useful; RIS, BibTeX and CSL-JSON files read by real parsers."""

import json
import re

import bibtexparser
import jsonschema
import pytest
import rispy
from django.conf import settings

from factsheets.factories import StatisticFactory
from factsheets.models import FactSheetPage

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}
IOM = "International Organization for Migration (IOM)"

# The shape of CSL-JSON items (a subset of citation-style-language/schema's
# csl-data.json: what this site writes).
CSL_DATE = {
    "type": "object",
    "required": ["date-parts"],
    "properties": {
        "date-parts": {
            "type": "array",
            "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 3},
        }
    },
}
CSL_SCHEMA = {
    "type": "array",
    "minItems": 1,
    "items": {
        "type": "object",
        "required": ["id", "type", "title"],
        "properties": {
            "id": {"type": "string"},
            "type": {"enum": ["webpage", "report", "dataset", "article", "book"]},
            "title": {"type": "string"},
            "publisher": {"type": "string"},
            "URL": {"type": "string"},
            "language": {"type": "string"},
            "note": {"type": "string"},
            "license": {"type": "string"},
            "author": {"type": "array", "items": {"type": "object", "required": ["literal"]}},
            "issued": CSL_DATE,
            "accessed": CSL_DATE,
        },
        "additionalProperties": False,
    },
}


@pytest.fixture
def sheet():
    return FactSheetPage.objects.live().order_by("path").first()


def test_cite_box_names_the_fact_sheet_and_the_primary_source_with_copy_buttons(client, sheet):
    html = client.get(sheet.url, **HOST).content.decode()
    box = html[
        html.index('aria-labelledby="cite-heading"') : html.index(
            "</section>", html.index("cite-heading")
        )
    ]
    assert f"{settings.SITE_BASE_URL}{sheet.url}" in box
    assert "Where the figures come from" in box
    assert re.search(
        rf'<p class="citation" id="citation-source-1">{re.escape(IOM)}\. ',
        box.replace("&#x27;", "'"),
    )
    # Copy buttons are hidden until the script (from the site, not inline) shows them.
    assert box.count('class="copy-button"') == box.count('<p class="citation"')
    assert all(" hidden>" in b for b in re.findall(r"<button[^>]*>", box))
    assert '<script src="/static/factsheets/copy.js" defer></script>' in html
    assert re.search(r"<script>(?!</script>)", html) is None  # no inline script
    for label, fmt in (("RIS", "ris"), ("BibTeX", "bibtex"), ("CSL-JSON", "csl-json")):
        assert f'<a href="{sheet.url}cite/{fmt}/" download>{label}</a>' in box


def test_cite_box_in_spanish(client, sheet):
    html = client.get(f"/es{sheet.url[3:]}", **HOST).content.decode()
    assert "De dónde vienen las cifras" in html
    assert "Copiar la cita" in html
    assert "Organización Internacional para las Migraciones (OIM)." in html


def test_ris_file_is_read_by_rispy(client, sheet):
    response = client.get(f"{sheet.url}cite/ris/", **HOST)
    assert response["Content-Type"].startswith("application/x-research-info-systems")
    assert response["Content-Disposition"] == f'attachment; filename="{sheet.slug}.ris"'
    entries = rispy.loads(response.content.decode())
    page, *sources = entries
    assert page["type_of_reference"] == "ELEC"
    assert page["title"] == sheet.title
    assert page["urls"] == [f"{settings.SITE_BASE_URL}{sheet.url}"]
    assert page["publisher"] == "Migration Facts"
    assert sources and sources[0]["type_of_reference"] == "RPRT"
    assert sources[0]["publisher"] == IOM


def test_bibtex_file_is_read_by_bibtexparser(client, sheet):
    response = client.get(f"{sheet.url}cite/bibtex/", **HOST)
    assert response["Content-Type"].startswith("application/x-bibtex")
    library = bibtexparser.parse_string(response.content.decode())
    assert library.failed_blocks == []
    page, *sources = library.entries
    assert page.entry_type == "online"
    assert page["title"] == "{" + sheet.title + "}"
    assert page["url"] == f"{settings.SITE_BASE_URL}{sheet.url}"
    assert sources[0].entry_type == "report"
    assert sources[0]["author"] == "{" + IOM + "}"


def test_csl_json_file_has_the_csl_shape(client, sheet):
    response = client.get(f"{sheet.url}cite/csl-json/", **HOST)
    assert response["Content-Type"].startswith("application/vnd.citationstyles.csl+json")
    items = json.loads(response.content)
    jsonschema.validate(items, CSL_SCHEMA)
    assert items[0]["type"] == "webpage" and items[0]["license"] == "CC BY 4.0"
    assert items[1]["type"] == "report" and items[1]["publisher"] == IOM
    assert client.get(f"{sheet.url}cite/docx/", **HOST).status_code == 404


def test_statistic_citations_in_the_requested_language(client):
    base = "/api/statistics/north-america-migrants"
    ris = rispy.loads(client.get(f"{base}.ris", {"lang": "es"}).content.decode())
    assert ris[0]["type_of_reference"] == "DATA"
    assert ris[0]["urls"] == ["http://testserver/es/statistics/north-america-migrants/"]
    assert "53 millones" in ris[0]["notes"][0]
    assert ris[1]["publisher"] == "Organización Internacional para las Migraciones (OIM)"
    bib = bibtexparser.parse_string(client.get(f"{base}.bib").content.decode())
    assert [e.entry_type for e in bib.entries] == ["dataset", "report"]
    csl = client.get(f"{base}.csl.json", {"lang": "fr"})
    jsonschema.validate(csl.json(), CSL_SCHEMA)
    assert csl["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/statistics/no-such-key.ris").status_code == 404


def test_statistic_page_offers_the_files_and_a_copy_button(client):
    html = client.get("/fr/statistics/north-america-migrants/", **HOST).content.decode()
    assert 'data-copy="citation-statistic" hidden>Copier la citation</button>' in html
    assert '<a href="/api/statistics/north-america-migrants.ris?lang=fr" download>RIS</a>' in html
    assert "/api/statistics/north-america-migrants.csl.json?lang=fr" in html


def test_bibtex_special_characters_do_not_break_the_file(client):
    StatisticFactory(key="odd-label", label="Remittances {50% & more} of GDP_2014 #1 ~ \\ ^")
    library = bibtexparser.parse_string(
        client.get("/api/statistics/odd-label.bib").content.decode()
    )
    assert library.failed_blocks == []
    assert len(library.entries) == 2
    assert library.entries[0]["title"].startswith(r"{Remittances \{50\% \& more\} of GDP\_2014 \#1")

"""Corrections and updates in public: a corrected statistic shows a dated
correction with its old value on every citing page, in every language, on
the Corrections page and in the corrections feed; a fact sheet's new verdict
too. The editor must say what kind of change it is when publishing."""

import datetime
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from factsheets import corrections
from factsheets.formatting import format_statistic_value
from factsheets.models import Correction, FactSheetPage, Statistic
from factsheets.references import citing_pages
from languages.codes import language_codes
from languages.formatting import format_date
from tests.admin_forms import page_form_data
from tests.page_types import LANGUAGES

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
KEY = "north-america-migrants"  # 53 million, cited by several fact sheets


def statistic_data(statistic, **changes):
    data = {
        "key": statistic.key,
        "value": str(statistic.value),
        "unit": statistic.unit,
        "precision": str(statistic.precision),
        "period_start": statistic.period_start.isoformat(),
        "period_end": statistic.period_end.isoformat() if statistic.period_end else "",
        "geography": statistic.geography,
        "source_url": statistic.source_url,
        "source_retrieved": statistic.source_retrieved.isoformat(),
        "action-publish": "action-publish",
    }
    if statistic.compact:
        data["compact"] = "on"
    for field in ("label", "source_publisher", "source_title", "approximate", "notes"):
        for code in language_codes():
            data[f"{field}_{code}"] = getattr(statistic, f"{field}_{code}") or ""
    data.update(changes)
    return data


def edit_statistic(client, statistic, **changes):
    url = reverse("wagtailsnippets_factsheets_statistic:edit", args=[statistic.pk])
    return client.post(url, statistic_data(statistic, **changes), **HOST)


def notice(html):
    found = re.search(r'<aside class="notice corrections-notice".*?</aside>', html, re.S)
    return found.group(0) if found else ""


def test_publishing_a_new_value_needs_the_kind_of_change_and_a_note(admin_client):
    statistic = Statistic.objects.get(key=KEY)
    response = edit_statistic(admin_client, statistic, value="54000000")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "change_kind" in errors and "change_note_en" in errors
    assert 'value="54000000"' in response.content.decode()  # what was typed is kept
    statistic.refresh_from_db()
    assert statistic.value == 53_000_000 and not Correction.objects.exists()


def test_a_draft_or_an_unchanged_value_needs_no_note(admin_client):
    statistic = Statistic.objects.get(key=KEY)
    draft = statistic_data(statistic, value="54000000")
    del draft["action-publish"]
    url = reverse("wagtailsnippets_factsheets_statistic:edit", args=[statistic.pk])
    assert admin_client.post(url, draft, **HOST).status_code == 302
    assert edit_statistic(admin_client, statistic, notes_en="A note only").status_code == 302
    assert not Correction.objects.exists()


def test_statistic_correction_updates_every_citing_page_in_every_language(admin_client, client):
    statistic = Statistic.objects.get(key=KEY)
    pages = citing_pages(statistic, live_only=True)
    assert len(pages) >= 2
    response = edit_statistic(
        admin_client,
        statistic,
        value="54000000",
        change_kind="correction",
        change_note_en="We had copied the wrong line of the table.",
        change_note_es="Habíamos copiado la línea equivocada de la tabla.",
    )
    assert response.status_code == 302
    statistic.refresh_from_db()
    assert statistic.value == 54_000_000
    [correction] = corrections.history(statistic)
    assert correction.kind == "correction" and correction.published_at
    today = timezone.localdate()
    with translation.override("en"):
        assert corrections.sentence(correction) == (
            f"Corrected on {format_date(today, 'en')}: this figure was 53 million; "
            "it is 54 million."
        )
    for lang in LANGUAGES:
        old = format_statistic_value(Decimal(53_000_000), "people", lang, 0, True)
        new = format_statistic_value(Decimal(54_000_000), "people", lang, 0, True)
        with translation.override(lang):
            urls = [page.get_url() for page in pages] + [statistic.page_url()]
        for url in urls:  # every citing page, and the statistic's own page
            box = notice(client.get(url, **HOST).content.decode())
            assert f'lang="{lang}"' in box, (url, box)
            assert format_date(today, lang) in box and old in box and new in box, (url, box)
            assert old != new
        if lang == "es":
            assert "Corregido el" in box and "Habíamos copiado la línea equivocada" in box
        if lang == "fr":
            assert "Corrigé le" in box
            assert "We had copied the wrong line" in box  # no French note: the English one


def test_an_update_of_a_fact_sheet_verdict_is_shown_on_it(admin_client, client):
    page = FactSheetPage.objects.get(slug="migrants-are-a-burden-on-the-economy")
    data = page_form_data(admin_client, page)
    data["verdict"] = "false"
    data["short_answer_en"] = "False. " + page.short_answer_en.removeprefix("Misleading. ")
    data["action-publish"] = "1"
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    refused = admin_client.post(edit, data)
    assert refused.status_code == 200 and "change_kind" in refused.context["form"].errors
    data["change_kind"] = "update"
    data["change_note_en"] = "Newer figures on what migrant workers contribute."
    assert admin_client.post(edit, data).status_code == 302
    box = notice(client.get(f"/en/facts/{page.slug}/", **HOST).content.decode())
    assert "Updated on" in box and "our verdict was “Misleading”; it is “False”." in box
    box = notice(client.get(f"/es/facts/{page.slug}/", **HOST).content.decode())
    assert "nuestro veredicto era «Engañoso»; ahora es «Falso»" in box


def make_corrections():
    statistic = Statistic.objects.get(key=KEY)
    first = Correction.objects.create(
        kind="update",
        statistic=statistic,
        before=corrections.statistic_snapshot(statistic),
        after={**corrections.statistic_snapshot(statistic), "value": "54000000"},
        published_at=timezone.now() - datetime.timedelta(days=2),
        note_en="Newer data.",
    )
    second = Correction.objects.create(
        kind="correction",
        statistic=Statistic.objects.get(key="north-america-foreign-born-share"),
        before={**corrections.statistic_snapshot(statistic), "value": "14", "unit": "percent"},
        after={**corrections.statistic_snapshot(statistic), "value": "15", "unit": "percent"},
        published_at=timezone.now(),
        note_en="A typing error.",
    )
    Correction.objects.create(kind="correction", statistic=statistic, before={})  # pending
    return first, second


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_corrections_page_lists_every_public_change_newest_first(client, lang):
    first, second = make_corrections()
    html = client.get(f"/{lang}/corrections/", **HOST).content.decode()
    ids = re.findall(r'<li id="correction-(\d+)"', html)
    assert ids == [str(second.pk), str(first.pk)]
    assert (
        '<link rel="alternate" type="application/atom+xml" title="' in html
        and f'href="{settings.SITE_BASE_URL}/{lang}/feeds/corrections/"' in html
    )
    with translation.override(lang):
        assert corrections.sentence(second) in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_corrections_feed_is_atom_in_the_readers_language(client, lang):
    _first, second = make_corrections()
    response = client.get(f"/{lang}/feeds/corrections/", **HOST)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed" and root.get(XML_LANG) == lang
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 2
    newest = entries[0]
    with translation.override(lang):
        assert newest.findtext(f"{ATOM}summary").startswith(corrections.sentence(second))
    updated = datetime.datetime.fromisoformat(newest.findtext(f"{ATOM}updated"))
    assert abs(updated - second.published_at) < datetime.timedelta(seconds=1)
    for entry in entries:
        link = entry.find(f"{ATOM}link").get("href")
        assert link.startswith(f"{settings.SITE_BASE_URL}/{lang}/")
        assert entry.findtext(f"{ATOM}id").startswith(
            f"{settings.SITE_BASE_URL}/{lang}/corrections/#"
        )


def publish_with(admin_client, page, **changes):
    """Publish ``page`` through its edit form with ``changes`` to its fields."""
    data = {**page_form_data(admin_client, page), **changes, "action-publish": "1"}
    return admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_a_new_translation_of_the_short_answer_is_not_a_correction(admin_client):
    page = FactSheetPage.objects.get(slug="trafficking-does-not-affect-our-region")
    assert not page.short_answer_fr
    answer = "Faux. En 2007, 41 % des victimes de la traite aux États-Unis…"
    assert publish_with(admin_client, page, short_answer_fr=answer).status_code == 302
    page.refresh_from_db()
    assert page.short_answer_fr.startswith("Faux.")
    assert not Correction.objects.exists()


def test_a_revised_translation_of_the_short_answer_is_not_a_correction(admin_client):
    """Translations follow the source: only the English answer (or the
    verdict) changing asks for a correction or update."""
    page = FactSheetPage.objects.get(slug="irregular-migrants-are-criminals")
    assert page.short_answer_es
    revised = page.short_answer_es + " (revisado)"
    assert publish_with(admin_client, page, short_answer_es=revised).status_code == 302
    page.refresh_from_db()
    assert page.short_answer_es.endswith("(revisado)")
    assert not Correction.objects.exists()
    response = publish_with(admin_client, page, short_answer_en=page.short_answer_en + " Revised.")
    assert response.status_code == 200  # asked: a correction or an update?
    assert "Correction or update" in response.content.decode()

"""Keeping figures fresh: statistics due for review, and pages to re-read in
every language when a figure they cite changes, until an editor confirms."""

import datetime
from decimal import Decimal

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils.html import escape

from factsheets.references import citing_pages
from workspace import status
from workspace.models import FigureReview

pytestmark = pytest.mark.django_db


@pytest.fixture
def cited_statistic():
    try:
        Statistic = apps.get_model("factsheets", "Statistic")
    except LookupError:
        pytest.skip("the statistics library (factsheets.Statistic) is not installed yet")
    for statistic in Statistic.objects.live():
        if citing_pages(statistic).exists():
            return statistic
    pytest.fail("no demo statistic is cited by a page")


def change_value(statistic, value):
    draft = statistic.get_latest_revision_as_object() if statistic.latest_revision_id else statistic
    draft.value = value
    draft.save_revision().publish()
    statistic.refresh_from_db()


def test_changed_value_flags_every_citing_page_in_every_language(cited_statistic):
    pages = list(citing_pages(cited_statistic))
    change_value(cited_statistic, cited_statistic.value + Decimal("1"))
    flags = FigureReview.objects.filter(
        figure_id=str(cited_statistic.pk), confirmed_at__isnull=True
    )
    assert {(f.page_id, f.language) for f in flags} == {
        (page.pk, language) for page in pages for language in ("en", "es", "fr", "ht")
    }


def test_translated_label_edit_does_not_flag_pages(cited_statistic):
    draft = cited_statistic.get_latest_revision_as_object()
    draft.notes_es = "Nota nueva."
    draft.save_revision().publish()
    assert not FigureReview.objects.filter(figure_id=str(cited_statistic.pk)).exists()


def test_editor_confirms_a_page_still_reads_right(client, editor, cited_statistic):
    change_value(cited_statistic, cited_statistic.value + Decimal("1"))
    flag = FigureReview.objects.filter(figure_id=str(cited_statistic.pk), language="ht").first()
    client.force_login(editor)
    listing = client.get(reverse("workspace:figure_reviews")).content.decode()
    assert escape(flag.page.title) in listing
    response = client.post(reverse("workspace:confirm_figure_review", args=[flag.pk]))
    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.confirmed_by == editor
    assert FigureReview.objects.filter(
        figure_id=str(cited_statistic.pk), confirmed_at__isnull=True
    ).count() == (4 * citing_pages(cited_statistic).count() - 1)
    # A second change flags the page again.
    change_value(cited_statistic, cited_statistic.value + Decimal("1"))
    assert FigureReview.objects.filter(
        page=flag.page, language="ht", confirmed_at__isnull=True
    ).exists()


def test_statistics_due_report_lists_old_and_overdue_figures_with_their_pages(
    admin_client, cited_statistic, settings
):
    cited_statistic.next_review = datetime.date(2020, 1, 1)
    cited_statistic.save()
    html = admin_client.get(reverse("workspace:statistics_due")).content.decode()
    assert escape(str(cited_statistic)) in html
    assert "Next review was due on" in html
    for page in citing_pages(cited_statistic):
        assert escape(page.title) in html
    # The age limit is a setting.
    settings.WORKSPACE_FIGURE_MAX_AGE_YEARS = 100
    cited_statistic.next_review = None
    cited_statistic.save()
    html = admin_client.get(reverse("workspace:statistics_due")).content.decode()
    assert escape(str(cited_statistic)) not in html


def test_statistics_are_in_the_translation_status_report(admin_client, cited_statistic):
    draft = cited_statistic.get_latest_revision_as_object()
    draft.label_en = draft.label_en + " (revised)"
    draft.save_revision().publish()
    cited_statistic.refresh_from_db()
    assert status.object_status(cited_statistic)["es"].fields["label"] == status.OUTDATED
    html = admin_client.get(
        reverse("workspace:translation_status"), {"state": "outdated"}
    ).content.decode()
    assert escape(cited_statistic.label_en) in html


def test_statistic_translations_round_trip_through_a_file(admin_client, cited_statistic):
    from tests.workspace.test_exchange import do_import, export, import_errors, translate_xliff

    draft = cited_statistic.get_latest_revision_as_object()
    draft.label_en = draft.label_en + " (revised)"
    draft.save_revision().publish()
    cited_statistic.refresh_from_db()
    xml = export(admin_client, [cited_statistic], "es")
    assert ':label"' in xml
    xml = translate_xliff(xml, {":label": "Etiqueta revisada"})
    response = do_import(admin_client, xml, "es")
    assert response.status_code == 302, import_errors(response)
    cited_statistic.refresh_from_db()
    assert cited_statistic.get_latest_revision_as_object().label_es == "Etiqueta revisada"

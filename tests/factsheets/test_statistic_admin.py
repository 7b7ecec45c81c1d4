"""The statistics library in the admin: validation, usage, delete protection."""

import pytest
from django.urls import reverse
from wagtail.models import ReferenceIndex

from factsheets.models import Statistic

VALID = {
    "key": "test-share",
    "label_en": "A test share",
    "value": "15",
    "unit": "percent",
    "precision": "0",
    "period_start": "2014-01-01",
    "period_end": "2014-12-31",
    "geography": "mesoamerica",
    "source_publisher_en": "International Organization for Migration (IOM)",
    "source_title_en": "A report",
    "source_url": "https://example.org/report",
    "source_retrieved": "2026-11-28",
    "action-publish": "action-publish",
}


def post_add(client, **changes):
    data = {**VALID, **changes}
    return client.post(
        reverse("wagtailsnippets_factsheets_statistic:add"), data, HTTP_HOST="localhost"
    )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"value": "150"}, "value", "A percentage must be between 0 and 100."),
        ({"value": "-3"}, "value", "A percentage must be between 0 and 100."),
        ({"value": "fifteen"}, "value", "Enter a number."),
        ({"source_url": "not a url"}, "source_url", "Enter a valid URL."),
        ({"period_end": "2013-12-31"}, "period_end", "The period cannot end before it starts."),
    ],
)
def test_invalid_statistic_is_refused_with_a_clear_message_and_keeps_what_was_typed(
    admin_client, changes, field, message
):
    response = post_add(admin_client, **changes)
    assert response.status_code == 200
    form = response.context["form"]
    assert message in form.errors[field]
    html = response.content.decode()
    typed = next(iter(changes.values()))
    assert f'value="{typed}"' in html
    assert 'value="A test share"' in html
    assert not Statistic.objects.filter(key="test-share").exists()


def test_valid_statistic_is_published_from_the_admin(admin_client):
    response = post_add(admin_client)
    assert response.status_code == 302
    statistic = Statistic.objects.get(key="test-share")
    assert statistic.live
    assert statistic.revisions.count() == 1


def test_saving_a_draft_keeps_the_published_value_until_it_is_published(admin_client):
    statistic = Statistic.objects.get(key="north-america-foreign-born-share")
    statistic.save_revision().publish()
    url = reverse("wagtailsnippets_factsheets_statistic:edit", args=[statistic.pk])
    data = {**VALID, "key": statistic.key, "value": "16"}
    del data["action-publish"]
    response = admin_client.post(url, data, HTTP_HOST="localhost")
    assert response.status_code == 302
    statistic.refresh_from_db()
    assert statistic.value == 15
    assert statistic.has_unpublished_changes
    assert statistic.latest_revision.as_object().value == 16


def test_percent_over_100_is_refused_by_model_validation():
    statistic = Statistic(unit="percent", value=101)
    with pytest.raises(Exception) as error:
        statistic.clean()
    assert "between 0 and 100" in str(error.value)


def test_usage_view_lists_pages_citing_a_statistic_inline(admin_client):
    # north-america-migrants is only cited inside sentences on the demo fact sheets.
    statistic = Statistic.objects.get(key="north-america-migrants")
    assert ReferenceIndex.get_references_to(statistic).exists()
    response = admin_client.get(
        reverse("wagtailsnippets_factsheets_statistic:usage", args=[statistic.pk]),
        HTTP_HOST="localhost",
    )
    html = response.content.decode()
    assert "Are migrants a burden on the economy?" in html
    assert "Is our region one of the world" in html


def test_deleting_a_cited_statistic_is_refused_with_the_list_of_pages(admin_client):
    statistic = Statistic.objects.get(key="us-trafficking-victims-lac-share")
    url = reverse("wagtailsnippets_factsheets_statistic:delete", args=[statistic.pk])
    response = admin_client.post(url, HTTP_HOST="localhost")
    assert response.status_code == 409
    assert "Does human trafficking spare people from our region?" in response.content.decode()
    assert Statistic.objects.filter(pk=statistic.pk).exists()


def test_an_unused_statistic_can_be_deleted(admin_client):
    post_add(admin_client)
    statistic = Statistic.objects.get(key="test-share")
    url = reverse("wagtailsnippets_factsheets_statistic:delete", args=[statistic.pk])
    response = admin_client.post(url, HTTP_HOST="localhost")
    assert response.status_code == 302
    assert not Statistic.objects.filter(pk=statistic.pk).exists()


def test_list_filters_by_unit_and_due_for_review(admin_client):
    url = reverse("wagtailsnippets_factsheets_statistic:list")
    response = admin_client.get(url, {"unit": "usd"}, HTTP_HOST="localhost")
    html = response.content.decode()
    assert "iom-funding-2014-2016-total" in html
    assert "north-america-foreign-born-share" not in html
    Statistic.objects.filter(key="north-america-foreign-born-share").update(
        next_review="2000-01-01"
    )
    response = admin_client.get(url, {"due_for_review": "true"}, HTTP_HOST="localhost")
    html = response.content.decode()
    assert "north-america-foreign-born-share" in html
    assert "iom-funding-2014-2016-total" not in html


def test_admin_search_finds_a_statistic_by_its_label(admin_client):
    url = reverse("wagtailsnippets_factsheets_statistic:list")
    html = admin_client.get(url, {"q": "born abroad"}, HTTP_HOST="localhost").content.decode()
    assert "north-america-foreign-born-share" in html
    assert "iom-funding-2014-2016-total" not in html


def test_revision_history_shows_who_changed_the_value(admin_client):
    post_add(admin_client)
    statistic = Statistic.objects.get(key="test-share")
    url = reverse("wagtailsnippets_factsheets_statistic:edit", args=[statistic.pk])
    # A published value changes: readers are told (a correction or an update).
    change = {"change_kind": "update", "change_note_en": "Newer data."}
    admin_client.post(url, {**VALID, "value": "16", **change}, HTTP_HOST="localhost")
    statistic.refresh_from_db()
    assert statistic.value == 16
    assert [r.as_object().value for r in statistic.revisions.order_by("created_at")] == [15, 16]
    history = admin_client.get(
        reverse("wagtailsnippets_factsheets_statistic:history", args=[statistic.pk]),
        HTTP_HOST="localhost",
    ).content.decode()
    assert "factsheets-admin" in history

"""Conditional GETs: ETag and Last-Modified, 304 when nothing changed, and a
full answer again once the data changes. CORS and cache headers on figure
downloads."""

import time

import pytest
from django.core.cache import caches

from factsheets.models import FactSheetPage, Statistic

pytestmark = pytest.mark.django_db

DETAIL = "/api/statistics/north-america-migrants/"


def republish(statistic, **fields):
    time.sleep(1.05)  # HTTP dates have one-second resolution
    for name, value in fields.items():
        setattr(statistic, name, value)
    statistic.save_revision().publish()


def test_statistic_answers_304_to_if_none_match_and_if_modified_since(client):
    first = client.get(DETAIL)
    assert first.status_code == 200
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"') and modified.endswith("GMT")

    by_etag = client.get(DETAIL, HTTP_IF_NONE_MATCH=etag)
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    assert by_etag["Access-Control-Allow-Origin"] == "*"

    by_date = client.get(DETAIL, HTTP_IF_MODIFIED_SINCE=modified)
    assert by_date.status_code == 304
    assert by_date["Cache-Control"] == "public, max-age=60"

    # Another language is another representation.
    assert client.get(DETAIL, {"lang": "es"}, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_a_correction_makes_the_old_validators_stale(client):
    first = client.get(DETAIL)
    republish(Statistic.objects.get(key="north-america-migrants"), value=54_000_000)
    by_etag = client.get(DETAIL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert by_etag.status_code == 200
    assert by_etag.json()["value"] == "54000000"
    by_date = client.get(DETAIL, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_date.status_code == 200


def test_the_list_is_modified_when_a_statistic_is_unpublished(client):
    first = client.get("/api/statistics/")
    assert (
        client.get("/api/statistics/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code
        == 304
    )
    time.sleep(1.05)
    Statistic.objects.get(key="north-america-migrants").unpublish()
    again = client.get("/api/statistics/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 200
    assert "north-america-migrants" not in {s["key"] for s in again.json()["results"]}
    assert client.get("/api/statistics/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def a_fact_sheet():
    return FactSheetPage.objects.live().order_by("path").first()


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_figure_downloads_carry_cors_cache_control_and_answer_304(client, kind):
    url = f"{a_fact_sheet().url}figures/{kind}/"
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Cache-Control"] == "public, max-age=60"
    again = client.get(url, HTTP_HOST="localhost", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"


def test_public_page_answers_304_from_the_page_cache_too(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    caches["default"].clear()
    url = a_fact_sheet().url
    miss = client.get(url, HTTP_HOST="localhost")
    assert miss["X-Page-Cache"] == "miss"
    hit = client.get(url, HTTP_HOST="localhost")
    assert hit["X-Page-Cache"] == "hit"
    assert hit["ETag"] == miss["ETag"]  # the cached copy validates like the fresh one
    assert (
        client.get(url, HTTP_HOST="localhost", HTTP_IF_NONE_MATCH=miss["ETag"]).status_code == 304
    )
    # No Last-Modified on pages: a corrected figure changes the page, not its date.
    assert "Last-Modified" not in miss
    caches["default"].clear()


def test_search_answers_are_private_and_never_validated(client):
    response = client.get("/api/search/", {"q": "rights", "lang": "en"})
    assert "ETag" not in response
    assert "no-store" in response["Cache-Control"]

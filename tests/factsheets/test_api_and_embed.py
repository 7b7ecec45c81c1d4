"""The statistics API newsrooms use, and the embeddable card."""

import csv
import io

import pytest

from factsheets.factories import StatisticFactory

pytestmark = pytest.mark.django_db


def test_api_lists_published_statistics_with_sources(client):
    StatisticFactory(key="unpublished-figure", live=False)
    data = client.get("/api/statistics/").json()
    keys = [item["key"] for item in data["results"]]
    assert "north-america-migrants" in keys
    assert "unpublished-figure" not in keys
    item = next(i for i in data["results"] if i["key"] == "north-america-migrants")
    assert item["value"] == "53000000"
    assert item["formatted_value"] == "53 million"
    assert item["source_publisher"] == "International Organization for Migration (IOM)"
    assert item["period"] == "2013"


def test_api_filters_by_geography_and_unit(client):
    data = client.get("/api/statistics/", {"unit": "usd"}).json()
    assert data["count"] == 8
    assert {i["unit"] for i in data["results"]} == {"usd"}
    data = client.get("/api/statistics/", {"geography": "US"}).json()
    assert {i["key"] for i in data["results"]} >= {
        "us-african-immigrants",
        "us-trafficking-victims-lac-share",
    }
    assert {i["geography"] for i in data["results"]} == {"US"}


def test_api_gives_one_statistic_by_key_in_the_requested_language(client):
    data = client.get("/api/statistics/north-america-foreign-born-share/", {"lang": "es"}).json()
    assert data["formatted_value"] == "15\xa0%"
    assert data["label"] == "Proporción de la población de Norteamérica nacida en el extranjero"
    missing = client.get("/api/statistics/no-such-key/", HTTP_HOST="localhost")
    assert missing.status_code == 404  # JSON, not a redirect (tests/api/test_json_errors.py)


def test_api_csv_download(client):
    response = client.get("/api/statistics.csv", {"unit": "usd"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    by_key = {row["key"]: row["value"] for row in rows}
    assert by_key["iom-funding-2014-2016-total"] == "366840000"
    one = client.get("/api/statistics/iom-funding-2014-2016-total.csv")
    assert "366840000" in one.content.decode()


@pytest.mark.parametrize(
    ("lang", "expected"), [("en", "15%"), ("es", "15\xa0%"), ("fr", "15\xa0%"), ("ht", "15%")]
)
def test_embed_card_is_the_only_route_allowed_in_a_frame(client, lang, expected):
    response = client.get(
        f"/{lang}/embed/statistic/north-america-foreign-born-share/", HTTP_HOST="localhost"
    )
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors *" in policy
    assert "default-src" in policy  # the rest of the site policy still applies
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert expected in html
    page = client.get(f"/{lang}/facts/", HTTP_HOST="localhost")
    assert page["X-Frame-Options"] == "DENY"
    assert "frame-ancestors *" not in page.get("Content-Security-Policy", "")

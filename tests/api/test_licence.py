"""The content and data licence is stated wherever figures leave the site."""

import pytest

from factsheets.models import FactSheetPage

pytestmark = pytest.mark.django_db

CC_BY = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}


def test_api_answers_state_the_licence_in_body_and_link_header(client):
    listing = client.get("/api/statistics/")
    assert listing.json()["license"] == CC_BY
    assert listing["Link"] == '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    one = client.get("/api/statistics/north-america-migrants/")
    assert one.json()["license"] == CC_BY
    csv = client.get("/api/statistics.csv")
    assert 'rel="license"' in csv["Link"]


def test_the_licence_is_a_setting(client, settings):
    settings.CONTENT_LICENSE_NAME = "CC BY-SA 4.0"
    settings.CONTENT_LICENSE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
    assert client.get("/api/statistics/").json()["license"]["name"] == "CC BY-SA 4.0"


@pytest.mark.parametrize(
    ("lang", "label"), [("en", "Licence:"), ("fr", "Licence :"), ("ht", "Lisans:")]
)
def test_citation_box_and_figure_download_state_the_licence(client, lang, label):
    page = FactSheetPage.objects.live().order_by("path").first()
    html = client.get(f"/{lang}{page.url[3:]}", HTTP_HOST="localhost").content.decode()
    assert (
        f'{label} <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>'
        in html
    )
    figures = client.get(f"{page.url}figures/json/", HTTP_HOST="localhost").json()
    assert figures["license"] == CC_BY

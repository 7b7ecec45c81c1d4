"""The fact sheets' Atom feed read as a feed reader reads it (feedparser), in
every language, and announced on the pages it belongs to."""

import feedparser
import pytest
from django.conf import settings
from django.utils import translation

from factsheets.models import FactSheetPage
from tests.page_types import LANGUAGES

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_fact_sheet_feed_lists_new_and_updated_sheets_in_the_readers_language(client, lang):
    response = client.get(f"/{lang}/feeds/fact-sheets/", **HOST)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.language == lang
    assert feed.feed.link.startswith(f"{settings.SITE_BASE_URL}/{lang}/")
    sheets = {sheet.slug: sheet for sheet in FactSheetPage.objects.live()}
    assert len(feed.entries) == len(sheets)
    updated = [entry.updated_parsed for entry in feed.entries]
    assert updated == sorted(updated, reverse=True)  # the most recently published first
    for entry in feed.entries:
        slug = entry.link.rstrip("/").rsplit("/", 1)[-1]
        sheet = sheets[slug]
        assert entry.link == f"{settings.SITE_BASE_URL}/{lang}/facts/{slug}/"
        assert entry.id == entry.link
        with translation.override(lang):
            assert entry.title.startswith(sheet.title)
            assert entry.summary == sheet.short_answer
        assert entry.published_parsed and entry.updated_parsed
        assert entry.updated_parsed >= entry.published_parsed


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "path", ["/facts/", "/facts/migration-only-goes-south-to-north/", "/corrections/"]
)
def test_pages_announce_their_feeds(client, lang, path):
    html = client.get(f"/{lang}{path}", **HOST).content.decode()
    corrections_feed = '<link rel="alternate" type="application/atom+xml" title="'
    assert corrections_feed in html
    assert f'href="{settings.SITE_BASE_URL}/{lang}/feeds/corrections/"' in html
    if path != "/corrections/":
        assert f'href="{settings.SITE_BASE_URL}/{lang}/feeds/fact-sheets/"' in html

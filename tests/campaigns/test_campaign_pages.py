"""What readers see on campaign pages and the campaign index."""

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.utils import timezone
from wagtail.blocks import StreamValue
from wagtail.blocks.struct_block import StructBlockValidationError

from campaigns import blocks as campaign_blocks
from campaigns.factories import CampaignPageFactory
from campaigns.models import CampaignIndexPage, CampaignPage

DEMO = "/campaigns/migrants-build-our-region/"
TITLES = {
    "en": "Migrants build our region",
    "es": "Las personas migrantes construyen nuestra región",
    "fr": "Les migrants construisent notre région",
    "ht": "Migran yo ap bati rejyon nou an",
}


class Resources(HTMLParser):
    """Every address the browser would load by itself (not links it may follow)."""

    def __init__(self):
        super().__init__()
        self.loaded, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        for name in ("src", "poster", "data"):
            if attrs.get(name):
                self.loaded.append(attrs[name])
        for name in ("srcset",):
            if attrs.get(name):
                self.loaded += [part.strip().split(" ")[0] for part in attrs[name].split(",")]
        if tag == "link" and attrs.get("rel") in ("stylesheet", "preload", "icon", "modulepreload"):
            self.loaded.append(attrs.get("href"))


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ht"])
def test_campaign_page_renders_in_every_language_with_credit_and_period(client, db, lang):
    response = client.get(f"/{lang}{DEMO}")
    html = response.content.decode()

    assert response.status_code == 200
    assert f"<h1>{TITLES[lang]}</h1>" in html
    assert re.search(
        r'<figure class="figure campaign__hero">.*<small class="credit">[^<]*\(CC0\)', html, re.S
    )
    assert "2025" in html  # the campaign period
    assert 'fetchpriority="high"' in html  # the hero is above the fold


def test_campaign_index_lists_current_and_past_campaigns_apart(client, db):
    html = client.get("/en/campaigns/").content.decode()
    current, past = html.split('id="past-heading"')

    assert "Migrants build our region" in current
    assert "Protect children on the move" in current
    assert "Prepared together" in past and "Prepared together" not in current
    assert "Past campaign" in past


def test_campaign_that_ended_yesterday_moves_to_past(client, db):
    index = CampaignIndexPage.objects.get()
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    CampaignPageFactory(
        parent=index,
        slug="just-ended",
        title="Just ended",
        title_en="Just ended",
        start_date=yesterday - datetime.timedelta(days=30),
        end_date=yesterday,
    )
    page = CampaignPage.objects.get(slug="just-ended")
    assert page.status == "past"
    html = client.get("/en/campaigns/").content.decode()
    assert "Just ended" in html.split('id="past-heading"')[1]
    assert "Past campaign" in client.get("/en/campaigns/just-ended/").content.decode()


def test_campaign_index_is_in_the_menu_and_campaigns_are_featured_on_home(client, db):
    html = client.get("/en/").content.decode()
    assert 'href="/en/campaigns/"' in html
    assert 'href="/en/campaigns/migrants-build-our-region/"' in html


def test_toolkit_offers_the_poster_download_with_its_credit(client, db):
    html = client.get("/fr" + DEMO).content.decode()
    toolkit = html.split('id="toolkit-heading"')[1]
    assert re.search(
        r'<a href="/documents/\d+/[^"]+\.pdf" download><svg[^>]*>.*?</svg>Affiche : ', toolkit
    )
    assert "Généré pour la démonstration (CC0)" in toolkit


def test_testimony_notes_the_persons_consent(client, db):
    html = client.get("/en" + DEMO).content.decode()
    assert '<small class="testimony__consent">Sample testimony written for the demo' in html


def test_testimony_cannot_be_saved_without_consent():
    block = campaign_blocks.TestimonyBlock()
    value = block.to_python(
        {"quote": "Q", "name": "Ana", "context": "", "consent_given": False, "consent_note": "x"}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def _campaign_with_video(index, url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"):
    page = CampaignPageFactory(parent=index, slug="with-video", title="Video", title_en="Video")
    page.body_en = StreamValue(
        page.body.stream_block,
        [
            (
                "video",
                {
                    "url": url,
                    "title": "Migrants at work",
                    "poster": None,
                    "transcript": "A summary.",
                },
            )
        ],
    )
    page.save()
    return page


def test_video_loads_nothing_from_the_video_site_before_the_reader_clicks(client, db):
    _campaign_with_video(CampaignIndexPage.objects.get())
    html = client.get("/en/campaigns/with-video/").content.decode()

    parser = Resources()
    parser.feed(html)
    assert "iframe" not in parser.tags
    third_party = [
        url
        for url in parser.loaded
        if url and re.match(r"^(https?:)?//", url) and not url.startswith("http://testserver/")
    ]
    assert third_party == []
    # Without JavaScript: a plain link to the video.
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html
    assert "Watch “Migrants at work” on YouTube" in html
    # With JavaScript: a local script adds the play button; no inline script.
    assert re.search(r'<script src="/static/campaigns/video-consent\.js" defer></script>', html)
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", html)
    assert 'data-embed-url="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html


def test_video_block_accepts_only_youtube_or_vimeo_addresses():
    block = campaign_blocks.VideoBlock()
    good = block.to_python(
        {"url": "https://vimeo.com/123456", "title": "T", "poster": None, "transcript": ""}
    )
    assert block.clean(good).embed_url() == "https://player.vimeo.com/video/123456?dnt=1&autoplay=1"
    bad = block.to_python(
        {"url": "https://example.org/video", "title": "T", "poster": None, "transcript": ""}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(bad)


def test_campaign_pages_use_a_bounded_number_of_queries(client, db, django_assert_max_num_queries):
    client.get("/en" + DEMO)  # warm caches (renditions, share cards)
    client.get("/en/campaigns/")
    with django_assert_max_num_queries(40):
        client.get("/es" + DEMO)
    with django_assert_max_num_queries(30):
        client.get("/es/campaigns/")


def test_campaign_index_is_paginated_current_campaigns_first(client, campaign_index, today):
    from campaigns.factories import CampaignPageFactory
    from campaigns.models import CampaignPage

    picture = CampaignPage.objects.first().hero_image
    for n in range(14):
        CampaignPageFactory(
            parent=campaign_index,
            slug=f"old-campaign-{n}",
            title_en=f"Old campaign {n}",
            tagline_en="An old campaign.",
            start_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
            end_date=datetime.date(2021, 1, 1),
            hero_image=picture,
        )
    first = client.get("/en/campaigns/").content.decode()
    second = client.get("/en/campaigns/?page=2").content.decode()
    first_titles = re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', first)
    second_titles = re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', second)
    total = len(first_titles) + len(second_titles)
    assert len(first_titles) == 12 and total == 14 + 3
    # Current campaigns come first, under their own heading, on page 1 only.
    assert first.index('id="current-heading"') < first.index('id="past-heading"')
    assert 'id="current-heading"' not in second
    assert "Migrants build our region" in first_titles
    assert 'rel="next" href="?page=2"' in first and 'rel="prev" href="?page=1"' in second
    assert "Page 2 of 2" in second
    # Only real pages exist (and so only they can be cached): the shared paginator.
    for bad in ("3", "0", "abc", "02"):
        assert client.get(f"/en/campaigns/?page={bad}").status_code == 404, bad

"""Choosing a country on the region map; topics that lead to their questions;
a phone number two taps from the index."""

import re
from html import unescape

import pytest

from tests.rights.conftest import main_html

LANGUAGES = ["en", "es", "fr", "ht"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_index_map_has_a_pin_per_country_with_a_guide_and_the_list_stays(
    client, rights_index, lang
):
    html = main_html(client.get(f"/{lang}/rights/"))
    svg = re.search(r"<svg class=\"region-map__svg\".*?</svg>", html, re.S).group(0)
    assert 'role="group"' in svg and re.search(r"<svg[^>]*>\s*<title>[^<]+</title>", svg)
    pins = dict(
        re.findall(r'<a class="region-map__pin" href="([^"]+)">.*?<text [^>]*>([^<]+)</text>', svg)
    )
    assert set(pins) == {f"/{lang}/rights/country/mx/", f"/{lang}/rights/country/cr/"}
    # The same places in the plain list, the region first (for screen readers
    # and small screens), and no duplicate list under the map.
    listed = re.findall(rf'<li><a href="(/{lang}/rights/country/[a-z]+/)">', html)
    assert listed[0] == f"/{lang}/rights/country/region/" and set(pins) < set(listed)
    assert "region-map__list" not in html
    # Each pin leads to its country page.
    for url, name in pins.items():
        assert f"<h1>{name}</h1>" in unescape(main_html(client.get(url)))


def test_a_phone_number_is_two_taps_from_the_index(client, rights_index):
    index = main_html(client.get("/es/rights/"))
    country_url = re.search(r'<a class="region-map__pin" href="([^"]+/mx/)">', index).group(1)
    country = main_html(client.get(country_url))  # tap 1
    assert re.search(r'<a [^>]*href="tel:\+?[0-9]', country)  # tap 2 calls


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_topic_link_reaches_a_question_on_that_topic(client, rights_index, lang):
    for code in ("mx", "cr", "region"):
        country = main_html(client.get(f"/{lang}/rights/country/{code}/"))
        links = re.findall(r'<a href="(/[^"#]+/)#topic-([a-z]+)">', country)
        assert links, code
        for guide_url, topic in links:
            guide = main_html(client.get(guide_url))
            assert re.search(rf'<details class="qa" id="topic-{topic}">\s*<summary>', guide), (
                guide_url,
                topic,
            )


def test_each_demo_guide_topic_has_questions(rights_index):
    from rights.models import RightsGuidePage

    for guide in RightsGuidePage.objects.live():
        assert set(guide.topics) <= set(guide.topic_anchors()), guide.slug

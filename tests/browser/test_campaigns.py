"""Campaign pages in the browser: nothing leaves 127.0.0.1 until the reader
chooses to play a video."""

from urllib.parse import urlparse

import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.page_types import PAGE_TYPES


def _video_page():
    """A page holding one video block, rendered in English (the block needs no database)."""
    from campaigns.blocks import VideoBlock

    block = VideoBlock()
    value = block.to_python(
        {
            "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "title": "Migrants at work",
            "poster": None,
            "transcript": "",
        }
    )
    with translation.override("en"):
        return VIDEO_BLOCK_PAGE.format(block=block.render(value))


VIDEO_BLOCK_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Video</title></head><body>
<main>{block}</main>
<script src="/static/campaigns/video-consent.js" defer></script>
</body></html>"""


def _record_outside_requests(page, demo_server):
    """Abort and remember every request that would leave the demo server."""
    outside = []
    host = urlparse(demo_server).netloc

    def handle(route):
        if urlparse(route.request.url).netloc == host:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", handle)
    return outside


@pytest.mark.parametrize("name", ["campaign", "campaign-index"])
def test_campaign_pages_load_nothing_from_third_parties(page, demo_server, name):
    outside = _record_outside_requests(page, demo_server)
    page.goto(f"{demo_server}/es{PAGE_TYPES[name]}", wait_until="networkidle")
    page.mouse.wheel(0, 20000)  # lazy images below the fold load too
    page.wait_for_load_state("networkidle")
    assert outside == []


def test_video_loads_from_the_video_site_only_after_the_reader_clicks_play(page, demo_server):
    html = _video_page()
    outside = _record_outside_requests(page, demo_server)
    page.route(
        f"{demo_server}/video-test/",
        lambda route: route.fulfill(body=html, content_type="text/html"),
    )

    page.goto(f"{demo_server}/video-test/", wait_until="networkidle")
    play = page.get_by_role("button", name="Play the video here (loads YouTube)")
    expect(play).to_be_visible()
    assert page.locator("iframe").count() == 0
    assert outside == []

    play.click()
    expect(page.locator("iframe[title='Migrants at work']")).to_have_count(1)
    page.wait_for_timeout(300)
    assert outside and all(urlparse(url).netloc == "www.youtube-nocookie.com" for url in outside)


def test_without_javascript_the_video_is_a_plain_link(browser, demo_server):
    html = _video_page()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.route(
        f"{demo_server}/video-test/",
        lambda route: route.fulfill(body=html, content_type="text/html"),
    )
    page.goto(f"{demo_server}/video-test/")
    expect(page.get_by_role("button")).to_have_count(0)
    link = page.get_by_role("link", name="Watch “Migrants at work” on YouTube")
    expect(link).to_have_attribute("href", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    context.close()

"""Offline after one visit, audio that plays, in the reader's language
(service workers need a secure context: 127.0.0.1 is one)."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from languages.formatting import format_date
from tests.browser.conftest import ROOT

GUIDE = "/ht/rights/mexico-in-transit/"
TITLE = "Nan Meksik: dwa ou sou wout la"


@pytest.fixture
def phone(browser, demo_server):
    context = browser.new_context(
        base_url=demo_server, viewport={"width": 360, "height": 740}, service_workers="allow"
    )
    yield context, context.new_page()
    context.close()


def wait_until(page, script):
    """Poll an async check in the page (caches, the service worker) until true."""
    for _ in range(100):
        if page.evaluate(f"(async () => Boolean(await ({script})))()"):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"never true: {script}")


def test_a_saved_guide_reads_offline_with_its_contacts_in_the_readers_language(phone, demo_server):
    context, page = phone
    page.goto(GUIDE)
    wait_until(page, "navigator.serviceWorker.ready.then(r => Boolean(r.active))")
    save = page.get_by_role("button", name="Anrejistre pou li san koneksyon")
    expect(save).to_be_visible()
    save.click()
    expect(page.locator(".save-offline__status")).to_have_text(
        "Anrejistre: ou ka li l san koneksyon."
    )
    wait_until(page, "caches.match('/ht/offline/').then(Boolean)")
    wait_until(page, "caches.match('/ht/rights/').then(Boolean)")
    assert page.locator("audio").count() > 1

    context.set_offline(True)
    page.reload()
    expect(page.locator("h1")).to_have_text(TITLE)
    expect(page.locator("html")).to_have_attribute("lang", "ht")
    call = page.get_by_role("link", name=re.compile(r"^Rele \+000 0000 0101"))
    expect(call).to_have_attribute("href", "tel:+00000000101")
    today = format_date(datetime.date.today(), "ht")
    expect(page.locator("#saved-note")).to_have_text(f"Anrejistre {today} — kontak yo ka chanje.")
    # Its audio was saved with it: the first clip loads offline.
    duration = page.evaluate(
        """() => new Promise((ok, fail) => { const a = document.querySelector('audio');
             a.addEventListener('loadedmetadata', () => ok(a.duration)); a.addEventListener('error', () => fail(a.error.code));
             a.load(); })"""
    )
    assert duration > 3
    # An "online" event while the network is still down (a flaky signal) does
    # not reload the page, which would swallow the reader's next tap.
    page.evaluate("window.stillHere = true; window.dispatchEvent(new Event('online'))")
    page.wait_for_timeout(500)
    assert page.evaluate("window.stillHere === true")

    # The offline page lists it, in the reader's language.
    response = page.goto("/ht/offline/")
    # (A navigation the browser drops, e.g. on a 204, leaves the guide open.)
    assert response is not None and response.status == 200, response and response.status
    expect(page).to_have_url(re.compile(r"/ht/offline/$"))
    expect(page.locator("h1")).to_have_text("Anrejistre pou li san koneksyon")
    entry = page.locator("#saved-list li")
    expect(entry.get_by_role("link", name=TITLE)).to_have_attribute("href", GUIDE)
    expect(entry.locator("small")).to_contain_text(today)
    expect(page.locator("#saved-none")).to_be_hidden()

    # The rights index was kept on the first visit; a page never opened
    # falls back to the offline page, and search says it needs a connection.
    page.goto("/ht/rights/")
    expect(page.locator("html")).to_have_attribute("lang", "ht")
    expect(page.get_by_role("link", name="Meksik", exact=True).first).to_be_visible()
    page.goto("/ht/search/?q=dwa")
    expect(page.locator("main")).to_contain_text(
        "Rechèch ak fich enfòmasyon yo bezwen koneksyon entènèt."
    )
    # Online again: the saved page refreshes itself.
    page.goto(GUIDE)
    expect(page.locator("#saved-note")).to_be_visible()
    with page.expect_navigation():
        context.set_offline(False)
    expect(page.locator("#saved-note")).to_be_hidden()


def test_every_demo_guide_has_audio_per_language_and_section_that_plays(phone, demo_server):
    _context, page = phone
    guides = sorted(
        re.search(r"- slug: ([a-z0-9-]+)", path.read_text()).group(1)
        for path in (ROOT / "rights" / "demo" / "guides").glob("*.yaml")
    )
    assert len(guides) >= 3, guides
    for slug in guides:
        for language in ("en", "es", "fr", "ht"):
            page.goto(f"/{language}/rights/{slug}/")
            sections = page.locator("details.qa").count()
            players = page.locator("audio[controls][preload='none']")
            expect(players).to_have_count(sections + 1)
            for text in page.locator(".listen__duration time").all_text_contents():
                assert re.fullmatch(r"\d+:\d\d", text)
    # One plays: the browser decodes it and time advances.
    played = page.evaluate(
        """async () => { const a = document.querySelector('audio'); a.muted = true;
             await a.play(); await new Promise(r => setTimeout(r, 1500)); a.pause();
             return [a.currentTime, a.duration]; }"""
    )
    assert played[0] > 0.5 and played[1] > 3


@pytest.mark.parametrize("size", [(360, 740), (1280, 800)])
def test_guide_with_players_and_buttons_is_accessible(
    browser, demo_server, size, tmp_path_factory, axe
):
    """Axe on the guide with its players and buttons (JavaScript on), and a
    screenshot for a person to look at (in the test's folder)."""
    context = browser.new_context(
        base_url=demo_server, viewport={"width": size[0], "height": size[1]}, bypass_csp=True
    )
    page = context.new_page()
    page.goto("/es/rights/mexico-in-transit/")
    expect(page.locator(".save-offline")).to_be_visible()
    page.locator("details.qa").first.locator("summary").click()
    box = page.locator(".listen").first.bounding_box()
    assert box["width"] <= size[0]
    assert axe(page) == []
    folder = tmp_path_factory.mktemp("offline-shots")
    page.screenshot(path=str(folder / f"guide-{size[0]}.png"), full_page=True)
    context.close()

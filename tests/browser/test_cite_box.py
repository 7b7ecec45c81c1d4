"""The cite box in chromium: copy buttons appear with JavaScript and copy
the citation; without JavaScript they stay hidden and the text is still
there to select (at 360×740 and 1280×800)."""

import pytest


def _go_to_a_fact_sheet(page, lang):
    """The first fact sheet listed in ``lang`` (whatever the demo's sheets are)."""
    page.goto(f"/{lang}/facts/")
    href = page.locator(f"main a[href^='/{lang}/facts/']:not([href='/{lang}/facts/'])").first
    page.goto(href.get_attribute("href"))


SIZES = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 800}}


def _open_cite_box(page):
    page.locator(".actions details").first.locator("summary").click()
    page.locator("#cite-heading").wait_for(state="visible")


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", ["en", "es"])
def test_copy_buttons_copy_the_citation(browser, demo_server, axe, size, lang):
    context = browser.new_context(
        base_url=demo_server,
        viewport=SIZES[size],
        permissions=["clipboard-read", "clipboard-write"],
        bypass_csp=True,  # axe is injected as an inline script; the page's own are not
    )
    page = context.new_page()
    _go_to_a_fact_sheet(page, lang)
    _open_cite_box(page)
    buttons = page.locator(".cite .copy-button")
    assert buttons.count() >= 2  # the fact sheet and at least one primary source
    assert buttons.first.is_visible()
    box = buttons.first.bounding_box()
    assert box["height"] >= 24 and box["width"] >= 24
    buttons.nth(1).click()
    page.locator(".cite .copy-status").wait_for(state="attached")
    page.wait_for_function("document.querySelector('.cite .copy-status').textContent !== ''")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#citation-source-1").text_content().strip()
    assert copied.startswith(
        "International Organization for Migration (IOM)."
        if lang == "en"
        else "Organización Internacional para las Migraciones (OIM)."
    )
    assert axe(page) == []
    context.close()


def test_without_javascript_the_citation_is_there_and_no_dead_button(browser, demo_server):
    context = browser.new_context(
        base_url=demo_server, viewport=SIZES["phone"], java_script_enabled=False
    )
    page = context.new_page()
    _go_to_a_fact_sheet(page, "en")
    page.locator(".actions details").first.locator("summary").click()
    assert page.locator("#citation-page").is_visible()
    assert page.locator("#citation-source-1").is_visible()
    assert page.locator(".cite .copy-button:visible").count() == 0
    assert page.locator(".cite__files a").count() == 3
    context.close()

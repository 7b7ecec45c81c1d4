"""A right-to-left language mirrors the layout (the CSS uses logical
properties). The demo site has no RTL language, so the page is switched to
``dir="rtl"`` in the browser, as the template does for Arabic (see
tests/languages/test_urls_and_switcher.py for the template side)."""


def _x(page, selector):
    return page.locator(selector).first.bounding_box()["x"]


def test_header_and_notice_mirror_in_right_to_left(page, demo_server):
    page.set_viewport_size({"width": 1000, "height": 800})
    page.goto(f"{demo_server}/en/about/")
    assert _x(page, ".site-header .wordmark") < _x(page, ".language-switcher")
    page.evaluate("document.documentElement.dir = 'rtl'")
    assert _x(page, ".site-header .wordmark") > _x(page, ".language-switcher")
    # The skip link appears at the right-hand edge when focused.
    page.keyboard.press("Tab")
    box = page.locator(".skip-link").bounding_box()
    assert box["x"] + box["width"] > 900

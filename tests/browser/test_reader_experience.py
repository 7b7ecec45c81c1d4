"""The reader on a 360×740 phone, on every page type in every language (and
the right-to-left test language): nothing scrolls sideways at 320 px, the
header stays small, the page's answer is in the first screen (the verdict,
the first call button) or the first two (the first search result), every
target is at least 24 px, and the disclosures work without JavaScript."""

import pytest
from playwright.sync_api import expect

from tests.page_types import LANGUAGES, PAGE_TYPES

RTL = "ar"
CASES = [(name, lang) for name in PAGE_TYPES for lang in [*LANGUAGES, RTL]]
IDS = [f"{name}-{lang}" for name, lang in CASES]
PHONE = {"width": 360, "height": 740}
SMALLEST = {"width": 320, "height": 640}
HEADERLESS = {"statistic-embed"}  # a card other sites frame: no site header

# Interactive elements smaller than 24×24 px, except links inside a line of
# text (WCAG 2.5.8 "inline" exception) and controls the browser draws.
SMALL_TARGETS = """() => {
  const sel = 'a[href], button, summary, input:not([type=hidden]), select, textarea';
  const small = [];
  for (const el of document.querySelectorAll(sel)) {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (!box.width || !box.height || style.visibility === 'hidden') continue;
    if (el.closest('.visually-hidden, [hidden]')) continue;
    const inline = style.display === 'inline' && el.parentElement &&
      [...el.parentElement.childNodes].some(n => n !== el && n.textContent.trim());
    if (inline) continue;
    if (box.width < 24 || box.height < 24) {
      small.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
    }
  }
  return small;
}"""


@pytest.fixture(scope="module")
def phone(browser, demo_server):
    context = browser.new_context(base_url=demo_server, viewport=PHONE, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def no_js_phone(browser, demo_server):
    context = browser.new_context(
        base_url=demo_server, viewport=PHONE, has_touch=True, java_script_enabled=False
    )
    yield context.new_page()
    context.close()


def _top_of(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize(("name", "lang"), CASES, ids=IDS)
def test_phone_first_screen(phone, demo_server, name, lang):
    page = phone
    page.set_viewport_size(PHONE)
    response = page.goto(f"{demo_server}/{lang}{PAGE_TYPES[name]}")
    assert response.status == (404 if name == "not-found" else 200)
    if name not in HEADERLESS:
        header = page.locator(".site-header").bounding_box()
        assert header["y"] + header["height"] <= 0.2 * PHONE["height"], header
    if name == "factsheet":
        verdict = _top_of(page, ".claim__verdict .verdict")
        assert verdict["y"] + verdict["height"] <= PHONE["height"], verdict
        expect(page.locator(".claim__verdict .verdict svg")).to_be_visible()
        expect(page.locator(".claim__verdict .verdict__word")).not_to_be_empty()
    if name == "rights-guide":
        call = _top_of(page, "a.contact__call")
        assert call["y"] + call["height"] <= PHONE["height"], call
        expect(page.locator("a.contact__call").first).to_have_attribute("href", r"tel:+00000000101")
    if name == "search" and lang != RTL:  # the demo has no Arabic content to find
        first = _top_of(page, ".search-hit h3 a")
        assert first["y"] + first["height"] <= 2 * PHONE["height"], first
    assert page.evaluate(SMALL_TARGETS) == []


@pytest.mark.parametrize(("name", "lang"), CASES, ids=IDS)
def test_no_horizontal_scrolling_at_320_pixels(phone, demo_server, name, lang):
    page = phone
    page.set_viewport_size(SMALLEST)
    page.goto(f"{demo_server}/{lang}{PAGE_TYPES[name]}")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= SMALLEST["width"], f"the page is {width} px wide"


def test_rights_index_to_a_phone_number_in_two_taps(phone, demo_server):
    page = phone
    page.set_viewport_size(PHONE)
    page.goto(f"{demo_server}/fr/rights/")
    page.get_by_role("link", name="Mexique", exact=True).first.tap()
    # One tap: the country's first contacts are already there.
    expect(page.locator("a.contact__call").first).to_be_in_viewport()
    page.get_by_role("link", name="Victimes de la traite").first.tap()
    # Two taps: the guide, its call button in the first screen.
    call = page.locator("a.contact__call").first
    expect(call).to_be_in_viewport()
    expect(call).to_have_attribute("href", "tel:+00000000101")


def test_header_language_menu_and_disclosures_work_without_javascript(no_js_phone, demo_server):
    page = no_js_phone
    page.goto(f"{demo_server}/es/facts/our-region-is-a-main-migration-region/")
    languages = page.get_by_role("navigation", name="Idioma")
    expect(languages).to_be_hidden()
    page.locator(".language-switcher > summary").tap()
    expect(languages.get_by_role("link", name="Kreyòl ayisyen")).to_be_visible()
    page.locator(".language-switcher > summary").tap()
    page.locator(".menu-disclosure > summary").tap()
    menu = page.get_by_role("navigation", name="Principal")
    expect(menu.get_by_role("link", name="Conozca sus derechos")).to_be_visible()
    page.locator(".menu-disclosure > summary").tap()
    # Cite, download, share: disclosures near the top.
    page.get_by_text("Citar", exact=True).tap()
    expect(page.locator("#citation-page")).to_be_visible()
    page.get_by_text("Descargar", exact=True).tap()
    expect(page.get_by_role("link", name="Todas las cifras de esta página (CSV)")).to_be_visible()
    # Search in one tap, then filters behind their disclosure.
    page.locator(".header-search-link").tap()
    page.get_by_label("Buscar", exact=True).fill("Canadá")
    page.get_by_label("Buscar", exact=True).press("Enter")
    expect(page.locator(".search-hit").first).to_be_visible()
    facets = page.get_by_role("navigation", name="Filtrar resultados")
    expect(facets).to_be_hidden()
    page.locator(".search-filters > summary").tap()
    expect(facets).to_be_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_both_colour_themes_pass_axe(browser, demo_server, axe, scheme):
    context = browser.new_context(
        base_url=demo_server, viewport=PHONE, color_scheme=scheme, bypass_csp=True
    )
    page = context.new_page()
    try:
        for name in ("home", "factsheet", "rights-guide", "search"):
            page.goto(f"{demo_server}/en{PAGE_TYPES[name]}")
            assert axe(page) == [], name
    finally:
        context.close()


def test_reduced_motion_turns_off_smooth_scrolling(browser, demo_server):
    context = browser.new_context(base_url=demo_server, reduced_motion="reduce")
    page = context.new_page()
    page.goto(f"{demo_server}/en/")
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
    context.close()


def test_right_to_left_pages_mirror(phone, demo_server):
    page = phone
    page.set_viewport_size({"width": 1000, "height": 800})
    page.goto(f"{demo_server}/{RTL}/facts/our-region-is-a-main-migration-region/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    logo = page.locator(".site-header .wordmark").bounding_box()
    assert logo["x"] > 500  # the wordmark starts at the right
    # English content inside the Arabic page keeps its own direction; the
    # page's labels (in <main>, in the reader's language) stay right to left.
    assert page.locator("main").get_attribute("dir") is None
    for selector in ("h1", ".claim__text", ".factsheet__answer", ".factsheet__body"):
        element = page.locator(f"main {selector}").first
        assert element.get_attribute("lang") == "en", selector
        assert element.get_attribute("dir") == "ltr", selector
        assert element.evaluate("e => getComputedStyle(e).direction") == "ltr", selector

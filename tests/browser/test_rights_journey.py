"""A Spanish-speaking migrant finds a country's rights guide from the home
page and calls a help contact; the guide also works with JavaScript off."""

import re

import pytest
from playwright.sync_api import expect


@pytest.fixture
def spanish_phone(browser, demo_server):
    context = browser.new_context(
        locale="es-ES", base_url=demo_server, viewport={"width": 360, "height": 740}, has_touch=True
    )
    yield context.new_page()
    context.close()


@pytest.fixture
def no_js_page(browser, demo_server):
    context = browser.new_context(
        java_script_enabled=False, base_url=demo_server, viewport={"width": 360, "height": 740}
    )
    yield context.new_page()
    context.close()


def test_spanish_reader_reaches_a_country_guide_in_two_taps_and_calls_a_contact(
    spanish_phone, demo_server
):
    page = spanish_phone
    page.goto(f"{demo_server}/es/")
    page.get_by_role("link", name="Conozca sus derechos y a quién llamar").tap()
    expect(page).to_have_url(f"{demo_server}/es/rights/")
    # Two taps from the rights index: the country (its pin on the map), then
    # the topic, which opens the guide at its first question on the topic.
    page.locator("a.region-map__pin", has_text="México").tap()
    expect(page).to_have_url(f"{demo_server}/es/rights/country/mx/")
    page.get_by_role("link", name=re.compile(r"^Víctimas de trata")).tap()
    expect(page).to_have_url(f"{demo_server}/es/rights/mexico-in-transit/#topic-trafficking")
    expect(page.locator("h1")).to_have_text("En México: sus derechos en el camino")
    expect(page.locator("#topic-trafficking summary")).to_be_in_viewport()
    expect(page.locator("html")).to_have_attribute("lang", "es")

    # "Get help now" comes before the questions on a small screen.
    help_box = page.locator("#get-help").bounding_box()
    first_question = page.locator("details.qa").first.bounding_box()
    assert help_box["y"] < first_question["y"]

    call = page.get_by_role("link", name=re.compile(r"^Llamar al \+000 0000 0101"))
    expect(call).to_have_attribute("href", "tel:+00000000101")
    # Record which link the tap activates (a phone would then dial it).
    page.evaluate(
        "document.addEventListener('click', e => { window.activated = e.target.closest('a').href; }, true)"
    )
    call.tap()
    assert page.evaluate("window.activated") == "tel:+00000000101"


def test_guide_works_with_javascript_disabled(no_js_page, demo_server):
    page = no_js_page
    page.goto(f"{demo_server}/ht/rights/mexico-in-transit/")
    question = page.locator("details.qa").nth(2)
    answer = question.locator(".qa__answer")
    expect(answer).to_be_hidden()
    question.locator("summary").click()
    expect(answer).to_be_visible()
    expect(answer).to_contain_text("Mande yon entèprèt")
    question.locator("summary").click()
    expect(answer).to_be_hidden()
    expect(page.get_by_text("Èd la ak enfòmasyon sa yo gratis.")).to_be_visible()
    expect(page.locator('a[href="tel:+00000000101"]')).to_be_visible()


def test_rights_card_second_language_is_chosen_without_javascript(no_js_page, demo_server):
    page = no_js_page
    page.goto(f"{demo_server}/es/rights/mexico-in-transit/card/")
    page.get_by_label("Añadir un segundo idioma").select_option("ht")
    page.get_by_role("button", name="Mostrar lado a lado").click()
    expect(page).to_have_url(f"{demo_server}/es/rights/mexico-in-transit/card/?also=ht")
    expect(page.locator("section.card-column[lang=es] h1")).to_have_text(
        "En México: sus derechos en el camino"
    )
    expect(page.locator("section.card-column[lang=ht] h1")).to_have_text(
        "Nan Meksik: dwa ou sou wout la"
    )
    expect(page.locator("section.card-column svg.qr")).to_have_count(2)
    page.emulate_media(media="print")
    boxes = [
        page.locator(f"section.card-column[lang={lang}]").bounding_box() for lang in ("es", "ht")
    ]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2  # side by side when printed
    expect(page.locator(".card-tools")).to_be_hidden()


def test_two_language_rights_card_prints_on_one_page(page, demo_server):
    page.goto(f"{demo_server}/fr/rights/your-rights-in-the-region/card/?also=ht")
    pdf = page.pdf(format="A4", print_background=True)
    pages = re.findall(rb"/Type\s*/Page(?!s)", pdf)
    assert len(pages) == 1

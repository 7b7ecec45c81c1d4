"""Journeys of real visitors, in the browser."""

import re

import pytest
from playwright.sync_api import expect


@pytest.fixture
def spanish_page(browser, demo_server):
    context = browser.new_context(locale="es-ES", base_url=demo_server)
    yield context.new_page()
    context.close()


def test_visitor_landing_on_root_is_sent_to_their_language(spanish_page, demo_server):
    spanish_page.goto(f"{demo_server}/")
    expect(spanish_page).to_have_url(f"{demo_server}/es/")
    expect(spanish_page.locator("html")).to_have_attribute("lang", "es")


def test_switching_language_on_an_inner_page_stays_on_that_page(spanish_page, demo_server):
    spanish_page.goto(f"{demo_server}/es/about/")
    expect(spanish_page.locator("h1")).to_have_text("Quiénes somos")
    # The language choice is a disclosure (no JavaScript needed): open it first.
    spanish_page.locator(".language-switcher > summary").click()
    spanish_page.get_by_role("navigation", name="Idioma").get_by_role(
        "link", name="Français"
    ).click()
    expect(spanish_page).to_have_url(f"{demo_server}/fr/about/")
    expect(spanish_page.locator("html")).to_have_attribute("lang", "fr")
    expect(spanish_page.locator("h1")).to_have_text("À propos")
    spanish_page.locator(".language-switcher > summary").click()
    current = spanish_page.get_by_role("navigation", name="Langue").locator("[aria-current]")
    expect(current).to_have_text("Français")


def test_keyboard_user_reaches_main_content_through_skip_link(page, demo_server):
    page.goto(f"{demo_server}/en/about/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_text("Skip to main content")
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
    assert page.evaluate("document.activeElement.id") == "main"

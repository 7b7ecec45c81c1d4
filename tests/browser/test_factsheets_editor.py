"""An editor places a statistic inside a sentence from the rich-text toolbar,
choosing it from the library, and readers see the formatted, sourced figure."""

import re

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

PASSWORD = "correct horse battery"

SETUP = """
from django.contrib.auth import get_user_model
from factsheets.models import FactSheetPage
user, _ = get_user_model().objects.get_or_create(username="fs_admin", defaults={"is_superuser": True, "is_staff": True})
user.is_superuser = True; user.is_staff = True
user.set_password("correct horse battery"); user.save()
print(FactSheetPage.objects.get(slug="migrants-are-a-health-risk").pk)
"""


@pytest.fixture
def admin_page(browser, demo_server, demo_shell):
    page_id = demo_shell(SETUP).splitlines()[-1]
    context = browser.new_context(base_url=demo_server)
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("#id_username", "fs_admin")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    yield page, page_id
    context.close()


def test_editor_places_a_statistic_inside_a_sentence(admin_page):
    page, page_id = admin_page
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"/admin/pages/{page_id}/edit/")
    editor = page.locator("#panel-child-content-body_en-content [contenteditable=true]").first
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" About figure")
    for _ in range(6):
        page.keyboard.press("Shift+ArrowLeft")
    button = page.locator(
        "button[name='STATISTIC'], button[aria-label^='Statistic'], button[title^='Statistic']"
    )
    try:
        button.first.click(timeout=10000)
    except PlaywrightError as error:
        toolbar = page.locator(".Draftail-Toolbar, [role=toolbar]").evaluate_all(
            "els => els.map(e => e.outerHTML)"
        )
        raise AssertionError(str(toolbar)[:4000]) from error
    modal = page.locator(".modal")
    expect(modal).to_be_visible()
    modal.locator("input[name='q']").first.fill("born abroad")
    # The chooser lists each figure with its value, period and geography.
    row = modal.locator("tr", has_text="born abroad").first
    expect(row).to_contain_text("15%")
    expect(row).to_contain_text("2014")
    expect(row).to_contain_text("North America")
    choice = modal.locator("a", has_text="born abroad").first
    try:
        choice.click(timeout=15000)
    except PlaywrightError as error:
        raise AssertionError(modal.inner_html()[:4000]) from error
    expect(modal).to_be_hidden()
    # The sentence reads as the figure, its label as the tooltip.
    chosen = editor.locator(".statistic-entity").last
    expect(chosen).to_have_text(re.compile(r"15%$"))
    expect(chosen).to_have_attribute("title", re.compile("born abroad"))
    publish = page.locator("button[name='action-publish']").first
    if not publish.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    publish.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/$"))
    page.goto("/en/facts/migrants-are-a-health-risk/")
    assert errors == []
    figure = page.locator("a.figure-inline[data-statistic='north-america-foreign-born-share']")
    expect(figure).to_have_count(1)
    expect(figure).to_contain_text("15%")
    # Opened again, every inline figure reads as its formatted value, not as
    # the key or label stored in the database.
    page.goto(f"/admin/pages/{page_id}/edit/")
    entities = page.locator("#panel-child-content-body_en-content .statistic-entity")
    expect(entities.first).to_be_visible()
    texts = entities.all_text_contents()
    assert texts and all(re.search(r"\d", text) for text in texts), texts
    assert any(text.endswith("15%") for text in texts), texts

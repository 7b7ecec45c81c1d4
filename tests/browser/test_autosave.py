"""Wagtail's autosave creates a new page as a draft while the editor types;
saving it afterwards updates that draft (no "slug already in use", no
second page)."""

import re

from playwright.sync_api import expect

from tests.browser.test_workspace_admin import login, menu_click  # noqa: F401 - fixture


def test_an_autosaved_new_page_saves_again_without_a_slug_clash(login, demo_user, demo_shell):  # noqa: F811
    demo_user("as_editor", "Editors")
    home_id = demo_shell(
        "from home.models import HomePage; print(HomePage.objects.first().pk)"
    ).splitlines()[-1]
    page = login("as_editor")
    posts = []
    page.on(
        "response",
        lambda r: posts.append((r.url, r.status)) if r.request.method == "POST" else None,
    )
    page.goto(f"/admin/pages/add/home/standardpage/{home_id}/")
    page.locator("#id_title_en").fill("Autosave check")
    page.wait_for_timeout(4000)
    page.locator("#id_intro_en").fill("Some intro")
    # Autosave has created the draft (the create form answered 200, not a redirect).
    expect(page.locator("#id_slug")).to_have_value("autosave-check")
    for _ in range(20):
        if any("/admin/pages/add/" in url and status == 200 for url, status in posts):
            break
        page.wait_for_timeout(500)
    assert any("/admin/pages/add/" in url and status == 200 for url, status in posts), posts
    page.locator("#id_intro_en").fill("Some intro, edited after the autosave")
    menu_click(page, 'button[name="action-submit"], button:has-text("Save draft")')
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.locator(".messages")).to_contain_text("has been updated")
    expect(page.locator(".error-message")).to_have_count(0)
    count = demo_shell(
        "from home.models import StandardPage; "
        "print(StandardPage.objects.filter(slug__startswith='autosave-check').count())"
    ).splitlines()[-1]
    assert count == "1"

"""The editor's preview panel renders under production settings: through
nginx (TLS) and gunicorn with ``config.settings.production``, the admin may
frame its own preview while public pages stay unframeable."""

import re

import pytest
from playwright.sync_api import expect

PASSWORD = "correct horse battery"
MAKE_EDITOR = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from rights.models import RightsGuidePage
user, _ = get_user_model().objects.get_or_create(username="preview_editor")
user.set_password({password!r}); user.save()
user.groups.add(Group.objects.get(name="Editors"))
print(RightsGuidePage.objects.get(slug="mexico-in-transit").pk)
"""


@pytest.fixture
def admin_page(browser, production_stack):
    context = browser.new_context(base_url=production_stack.base_url, ignore_https_errors=True)
    page = context.new_page()
    yield page
    context.close()


def test_preview_panel_renders_under_production_settings(admin_page, production_stack, tmp_path):
    page_id = production_stack.manage(
        "shell", "--no-imports", "-c", MAKE_EDITOR.format(password=PASSWORD)
    ).split()[-1]
    page = admin_page
    page.goto("/admin/login/")
    page.fill("#id_username", "preview_editor")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/{page_id}/edit/")
    page.fill("#id_summary_en", "A summary typed in the editor, not yet saved.")
    with page.expect_response(re.compile(r"/edit/preview/\?")) as preview:
        page.locator('[data-side-panel-toggle="preview"]').click()
    csp = preview.value.headers.get("content-security-policy", "")
    assert "frame-ancestors 'self'" in csp
    assert "frame-ancestors 'none'" not in csp
    assert preview.value.headers.get("x-frame-options", "SAMEORIGIN") == "SAMEORIGIN"
    frame = page.frame_locator("iframe#w-preview-iframe")
    expect(frame.locator("main")).to_contain_text("A summary typed in the editor, not yet saved.")
    expect(frame.locator("a[href^='tel:']").first).to_be_visible()
    page.set_viewport_size({"width": 1280, "height": 800})
    page.screenshot(path=str(tmp_path / "preview-panel.png"))

    # The public page itself still refuses to be framed.
    public = page.request.get("/en/rights/mexico-in-transit/")
    assert "frame-ancestors 'none'" in public.headers["content-security-policy"]
    assert public.headers["x-frame-options"] == "DENY"

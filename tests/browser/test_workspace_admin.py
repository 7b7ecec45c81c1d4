"""Communications officers in the admin, in the browser: the approval round
trip (submit, request changes with a comment, resubmit, approve) and the
translation exchange (export outdated Spanish strings of three fact sheets,
a refused file changes nothing, the translated file goes through approval and
the report shows Spanish complete)."""

import json
import re

import pytest
from playwright.sync_api import expect
from translate.storage import xliff2

PASSWORD = "correct horse battery"


@pytest.fixture
def login(browser, demo_server):
    contexts = []

    def open_as(username):
        context = browser.new_context(base_url=demo_server, accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        page.goto("/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.locator("form button[type=submit], form input[type=submit]").first.click()
        expect(page).to_have_url(re.compile(r"/admin/$"))
        return page

    yield open_as
    for context in contexts:
        context.close()


def menu_click(page, selector):
    """Click a button of the editor's action menu (a dropdown in the footer)."""
    button = page.locator(selector).first
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    expect(button).to_be_visible()
    button.click()


ROUND_TRIP_PAGE = """
from home.models import HomePage, StandardPage
from wagtail.models import Page
home = HomePage.objects.get()
page = StandardPage.objects.filter(slug="workspace-round-trip").first()
if page is None:
    page = StandardPage(slug="workspace-round-trip", title_en="Workspace round trip",
                        title_es="Ida y vuelta", title_fr="Aller-retour", title_ht="Ale retou",
                        intro_en="First intro.", body_en=[("paragraph", "<p>Body.</p>")],
                        body_es=[("paragraph", "<p>Cuerpo.</p>")], body_fr=[("paragraph", "<p>Corps.</p>")],
                        body_ht=[("paragraph", "<p>Kò.</p>")])
    home.add_child(instance=page)
    page.save_revision().publish()
print(page.pk)
"""


WORKFLOW_STATUS = """
from wagtail.models import WorkflowState
print(WorkflowState.objects.filter(base_content_type__model="page", object_id="{pk}").latest("created_at").status)
"""


def test_editor_change_is_sent_back_with_a_comment_then_approved(
    login, demo_user, demo_shell, demo_server
):
    page_id = demo_shell(ROUND_TRIP_PAGE).splitlines()[-1]
    demo_user("ws_editor", "Editors")
    demo_user("ws_moderator", "Moderators")
    edit = f"/admin/pages/{page_id}/edit/"

    editor = login("ws_editor")
    editor.goto(edit)
    expect(editor.locator('button[name="action-publish"]')).to_have_count(0)
    editor.fill("#id_intro_en", "Reviewed intro.")
    menu_click(editor, 'button[name="action-submit"]')
    expect(editor.locator(".messages")).to_contain_text("submitted")

    moderator = login("ws_moderator")
    expect(moderator.get_by_text("Workspace round trip").first).to_be_visible()  # awaiting review
    moderator.goto(edit)
    menu_click(moderator, 'button[data-workflow-action-name="reject"]')
    comment = moderator.locator('textarea[name="comment"]')
    expect(comment).to_be_visible()
    comment.fill("Please cite the source in the intro.")
    moderator.locator(".modal-content form [type=submit]").click()
    expect(moderator).not_to_have_url(re.compile(r"/edit/$"))  # back to the explorer
    assert demo_shell(WORKFLOW_STATUS.format(pk=page_id)).splitlines()[-1] == "needs_changes"

    editor.goto(f"/admin/pages/{page_id}/history/")
    expect(editor.get_by_text("Please cite the source in the intro.")).to_be_visible()
    editor.goto(edit)
    editor.fill("#id_intro_en", "Reviewed intro (source: IOM).")
    menu_click(editor, 'button[name="action-submit"]')
    expect(editor.locator(".messages")).to_contain_text("submitted")

    moderator.goto(edit)
    menu_click(moderator, 'button[data-workflow-action-name="approve"]')
    expect(moderator).not_to_have_url(re.compile(r"/edit/$"))
    assert demo_shell(WORKFLOW_STATUS.format(pk=page_id)).splitlines()[-1] == "approved"
    public = moderator.context.new_page()
    public.goto(f"{demo_server}/en/workspace-round-trip/")
    expect(public.locator("main")).to_contain_text("Reviewed intro (source: IOM).")


SET_UP_FACT_SHEETS = """
import json
from django.contrib.contenttypes.models import ContentType
from factsheets.models import FactSheetPage
pages = list(FactSheetPage.objects.live().order_by("path")[:3])
out = []
for page in pages:
    draft = page.get_latest_revision_as_object()
    out.append({"pk": page.pk, "ct": ContentType.objects.get_for_model(FactSheetPage).pk,
                "en": draft.short_answer_en, "es": draft.short_answer_es})
    draft.short_answer_en = draft.short_answer_en + " Updated for the workspace test."
    draft.save_revision().publish()
print(json.dumps(out))
"""

RESTORE_FACT_SHEETS = """
import json
from factsheets.models import FactSheetPage
for item in json.loads({data!r}):
    page = FactSheetPage.objects.get(pk=item["pk"])
    if page.workflow_in_progress:
        page.current_workflow_state.cancel(user=None)
    draft = page.get_latest_revision_as_object()
    draft.short_answer_en = item["en"]
    draft.save_revision().publish()
    draft = FactSheetPage.objects.get(pk=item["pk"]).get_latest_revision_as_object()
    draft.short_answer_es = item["es"]
    draft.save_revision().publish()
"""

REVISIONS = """
from wagtail.models import Revision
print(sum(Revision.page_revisions.filter(object_id=str(pk)).count() for pk in {pks!r}))
"""


def revision_count(demo_shell, pks):
    return int(demo_shell(REVISIONS.format(pks=pks)).splitlines()[-1])


def export_file(page, sheets):
    page.goto("/admin/workspace/exchange/export/")
    page.select_option("#id_language", "es")
    for sheet in sheets:
        page.check(f'input[name="objects"][value="{sheet["ct"]}:{sheet["pk"]}"]')
    page.select_option("#id_file_format", "xliff")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export").click()
    return open(download.value.path(), encoding="utf-8").read()


def fill_targets(xml):
    """Translate every unit as a CAT tool does (translate-toolkit), marked translated."""
    store = xliff2.Xliff2File.parsestring(xml.encode("utf-8"))
    for count, unit in enumerate(store.units, start=1):
        unit.target = f"Respuesta actualizada {count}."
        unit.marktranslated()
    return bytes(store).decode("utf-8")


def upload(page, tmp_path, name, content, language="es"):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    page.goto("/admin/workspace/exchange/import/")
    page.select_option("#id_language", language)
    page.set_input_files("#id_file", str(path))
    page.get_by_role("button", name="Import").click()


def test_translator_exports_outdated_spanish_and_imports_it_back(
    login, demo_user, demo_shell, tmp_path
):
    sheets = json.loads(demo_shell(SET_UP_FACT_SHEETS).splitlines()[-1])
    pks = [sheet["pk"] for sheet in sheets]
    try:
        demo_user("ws_translator", "Translators")
        demo_user("ws_moderator", "Moderators")
        translator = login("ws_translator")
        xml = export_file(translator, sheets)
        assert xml.count(':short_answer"') == 3
        assert "Updated for the workspace test." in xml
        translated = fill_targets(xml)
        before = revision_count(demo_shell, pks)

        # A broken file and a file for another language change nothing.
        upload(translator, tmp_path, "broken.xlf", translated.replace("</xliff>", ""))
        expect(translator.locator("#import-errors")).to_contain_text("not well-formed XML")
        expect(translator.locator("#id_language")).to_have_value("es")  # the form keeps the choice
        upload(translator, tmp_path, "french.xlf", translated, language="fr")
        expect(translator.locator("#import-errors")).to_contain_text("not “fr”")
        assert revision_count(demo_shell, pks) == before

        upload(translator, tmp_path, "spanish.xlf", translated)
        expect(translator.locator(".messages")).to_contain_text("Translations imported: 3")
        assert revision_count(demo_shell, pks) == before + 3

        # The imported revisions wait for a moderator; approval publishes them.
        moderator = login("ws_moderator")
        for pk in pks:
            moderator.goto(f"/admin/pages/{pk}/edit/")
            menu_click(moderator, 'button[data-workflow-action-name="approve"]')
            expect(moderator).not_to_have_url(re.compile(r"/edit/$"))

        ct = sheets[0]["ct"]
        translator.goto(f"/admin/workspace/translation-status/?language=es&content_type={ct}")
        for pk in pks:
            cell = translator.locator(f'tr[data-object="{ct}:{pk}"] td[data-language="es"]')
            expect(cell).to_have_attribute("data-state", "complete")
    finally:
        demo_shell(RESTORE_FACT_SHEETS.format(data=json.dumps(sheets)))

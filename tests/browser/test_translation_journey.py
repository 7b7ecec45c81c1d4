"""The start-translate-approve journey through the admin with two accounts,
and what readers see: a translator starts the Spanish translation of an
English-only fact sheet (the English is copied) and submits it untouched; the
moderator is warned in the editor that the Spanish fields are still the
English text and approves anyway; Spanish readers then read the English,
marked ``lang="en"``, under the fallback notice, and the report says "Still
English". The translator then translates the title, myth and short answer
and resubmits; once approved, readers read them in Spanish, and the body,
still English, marked ``lang="en"`` under the "part of this page" notice."""

import re

from playwright.sync_api import expect

from tests.browser.test_workspace_admin import login, menu_click  # noqa: F401 - fixture

SLUG = "journey-english-only"
ENGLISH_ONLY_SHEET = f"""
from factsheets.models import FactSheetIndexPage, FactSheetPage
from django.contrib.contenttypes.models import ContentType
page = FactSheetPage.objects.filter(slug="{SLUG}").first()
if page is None:
    page = FactSheetPage(slug="{SLUG}", verdict="misleading",
        title_en="Do migrants only send money home?",
        myth_en="Migrants only send money home.",
        short_answer_en="Misleading. Migrants also spend, pay taxes and invest where they live.",
        body_en=[("paragraph", "<p>Remittances are one part of what migrants contribute.</p>"),
                 ("source", {{"publisher": "Sample publisher (test)", "title": "Sample report",
                             "url": "", "date": None, "locator": "p. 1",
                             "quote": "Migrants spend, pay taxes and invest.",
                             "translated": False}})])
    FactSheetIndexPage.objects.get().add_child(instance=page)
    page.save_revision().publish()
print(ContentType.objects.get_for_model(FactSheetPage).pk, page.pk)
"""


def main_lang(page):
    return page.locator("main#main").get_attribute("lang")


def test_start_translate_approve_and_what_readers_see(login, demo_user, demo_shell, demo_server):  # noqa: F811
    content_type, page_id = demo_shell(ENGLISH_ONLY_SHEET).splitlines()[-1].split()
    demo_user("tj_translator", "Translators")
    demo_user("tj_moderator", "Moderators")
    edit = f"/admin/pages/{page_id}/edit/"
    row = f'tr[data-object="{content_type}:{page_id}"]'

    translator = login("tj_translator")
    translator.goto("/admin/workspace/translation-status/?language=es")
    cell = translator.locator(f'{row} td[data-language="es"]')
    expect(cell).to_have_attribute("data-state", "missing")
    cell.get_by_role("button", name="Start the Español translation").click()
    expect(translator).to_have_url(re.compile(rf"/admin/pages/{page_id}/edit/\?translate=es"))
    # The editor opens on the Spanish fields, holding the copied English.
    expect(translator.locator("#id_title_es")).to_be_visible()
    expect(translator.locator("#id_title_es")).to_have_value("Do migrants only send money home?")
    expect(translator.locator(".messages")).to_contain_text("still the English text")
    translator.screenshot(path="/tmp/lang/journey-editor.png")
    menu_click(translator, 'button[name="action-submit"]')
    expect(translator.locator(".messages")).to_contain_text("submitted")

    moderator = login("tj_moderator")
    moderator.goto(edit)
    expect(moderator.locator(".messages")).to_contain_text(
        "fields of the Spanish version are still the English text"
    )
    menu_click(moderator, 'button[data-workflow-action-name="approve"]')
    expect(moderator).not_to_have_url(re.compile(r"/edit/$"))

    reader = moderator.context.new_page()
    reader.set_viewport_size({"width": 360, "height": 740})
    reader.goto(f"{demo_server}/es/facts/{SLUG}/")
    expect(reader.locator("h1")).to_have_text("Do migrants only send money home?")
    # The English content is marked English; the labels around it are Spanish.
    expect(reader.locator("h1")).to_have_attribute("lang", "en")
    expect(reader.locator(".factsheet__answer")).to_have_attribute("lang", "en")
    expect(reader.locator(".verdict-line")).to_have_attribute("lang", "en")
    expect(reader.locator(".verdict-line")).to_contain_text("Misleading")
    assert main_lang(reader) is None
    expect(reader.locator(".claim__verdict .claim__label")).to_have_text("Nuestro veredicto")
    expect(reader.locator(".fallback-notice").first).to_contain_text(
        "Esta página aún no está disponible en"
    )
    reader.screenshot(path="/tmp/lang/journey-es-copied.png", full_page=True)

    moderator.goto("/admin/workspace/translation-status/?language=es")
    cell = moderator.locator(f'{row} td[data-language="es"]')
    expect(cell).to_have_attribute("data-state", "copied")
    expect(cell.get_by_role("button", name="Start the Español translation")).to_have_count(0)

    # The translator translates and resubmits; the moderator approves.
    translator.goto(f"{edit}?translate=es")
    for field, text in {
        "title_es": "¿Las personas migrantes solo envían dinero a casa?",
        "myth_es": "Las personas migrantes solo envían dinero a casa.",
        "short_answer_es": "Engañoso. También gastan, pagan impuestos e invierten donde viven.",
    }.items():
        translator.locator(f"#id_{field}").fill(text)
    menu_click(translator, 'button[name="action-submit"]')
    expect(translator.locator(".messages")).to_contain_text("submitted")
    moderator.goto(edit)
    menu_click(moderator, 'button[data-workflow-action-name="approve"]')
    expect(moderator).not_to_have_url(re.compile(r"/edit/$"))

    reader.goto(f"{demo_server}/es/facts/{SLUG}/")
    expect(reader.locator("h1")).to_have_text("¿Las personas migrantes solo envían dinero a casa?")
    assert reader.locator("h1").get_attribute("lang") is None
    expect(reader.locator(".verdict-line")).to_contain_text("Engañoso")
    # The body was never translated: it stays English, marked, under a notice.
    body = reader.locator(".factsheet__body")
    expect(body).to_have_attribute("lang", "en")
    expect(reader.locator(".factsheet > .fallback-notice")).to_contain_text("Parte de esta página")
    reader.screenshot(path="/tmp/lang/journey-es-partial.png", full_page=True)
    expect(reader.locator(".site-notices .fallback-notice")).to_have_count(0)

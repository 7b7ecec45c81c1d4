"""A translation started by copying the English is not a translation until
someone translates it: the report says "Still English", moderators are
warned in the editor, and readers get the English with its own ``lang`` and
the fallback notice, even after a moderator approved the copy. A translator
can keep a field identical on purpose (a proper name)."""

import re

import pytest
from django.urls import reverse

from home.factories import StandardPageFactory
from tests.html_languages import main_texts
from tests.workspace.conftest import page_form_data, publish
from tests.workspace.test_workflow import act
from workspace import status

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_page(home_page):
    page = StandardPageFactory.build(
        slug="copied-translation",
        title_en="Migrants in transit",
        intro_en="Many migrants cross the region.",
        body_en=[("paragraph", "<p>Most routes run north.</p>")],
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def start(client, user, page, language="es"):
    client.force_login(user)
    response = client.post(
        reverse("workspace:start_translation", args=[page.content_type_id, page.pk, language])
    )
    assert response.status_code == 302


def submit_draft(client, user, page, **changes):
    client.force_login(user)
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form_data(draft, **changes, **{"action-submit": "1"}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    from wagtail.models import TaskState

    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def test_approving_a_copy_does_not_publish_english_as_spanish(
    client, translator, moderator, english_page
):
    page = english_page
    start(client, translator, page)
    task_state = submit_draft(client, translator, page)

    # The moderator is warned in the editor before approving.
    client.force_login(moderator)
    editor_html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "3 fields of the Spanish version are still the English text" in editor_html
    assert "Title, Introduction, Body" in editor_html

    assert act(client, moderator, page, task_state, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live and page.title_es == "Migrants in transit"  # the copy went live

    # Readers of Spanish read the English, marked as English, and are told.
    html = client.get("/es/copied-translation/").content.decode()
    english = main_texts(html, "es").get("en", [])
    assert {
        "Migrants in transit",
        "Many migrants cross the region.",
        "Most routes run north.",
    } <= set(english)
    assert 'class="fallback-notice"' in html
    assert "Esta página aún no está disponible en" in html

    # The report says "Still English", and offers no "Start" for Spanish.
    assert status.object_status(page)["es"].state == status.COPIED
    client.force_login(moderator)
    report = client.get(reverse("workspace:translation_status")).content.decode()
    cell = re.search(
        rf'<tr data-object="{page.content_type_id}:{page.pk}">(.*?)</tr>', report, re.S
    ).group(1)
    assert 'data-language="es" data-state="copied"' in cell
    assert "Start the Español translation" not in cell
    assert "Start the Français translation" in cell
    assert "Still the English text:" in cell


def test_a_real_translation_is_complete_and_read_as_spanish(
    client, translator, moderator, english_page
):
    page = english_page
    start(client, translator, page)
    from wagtail.test.utils.form_data import rich_text, streamfield

    task_state = submit_draft(
        client,
        translator,
        page,
        title_es="Migrantes en tránsito",
        intro_es="Muchas personas migrantes cruzan la región.",
        body_es=streamfield(
            [("paragraph", rich_text("<p>La mayoría de las rutas van al norte.</p>"))]
        ),
    )
    client.force_login(moderator)
    editor_html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Spanish version" not in editor_html
    act(client, moderator, page, task_state, "approve")
    page.refresh_from_db()
    assert status.object_status(page)["es"].state == status.COMPLETE
    html = client.get("/es/copied-translation/").content.decode()
    assert set(main_texts(html, "es")) == {"es"}
    assert "fallback-notice" not in html


def test_a_proper_name_can_stay_identical_on_purpose(client, translator, home_page):
    page = StandardPageFactory.build(
        slug="proper-name",
        title_en="Puebla Process",
        title_es="Puebla Process",
        intro_en="A regional consultation.",
        intro_es="Una consulta regional.",
        body_en=[("paragraph", "<p>Since 1996.</p>")],
        body_es=[("paragraph", "<p>Desde 1996.</p>")],
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    assert status.object_status(page)["es"].fields["title"] == status.COPIED
    assert 'class="fallback-notice"' in client.get("/es/proper-name/").content.decode()

    client.force_login(translator)
    response = client.post(
        reverse("workspace:keep_identical", args=[page.content_type_id, page.pk, "es"]),
        {"fields": ["title", "intro"]},  # the introduction is translated: ignored
    )
    assert response.status_code == 302
    assert status.object_status(page)["es"].fields["title"] == status.COMPLETE
    html = client.get("/es/proper-name/").content.decode()
    assert "fallback-notice" not in html and set(main_texts(html, "es")) == {"es"}

    # Kept for this English text only: a new English title needs a translation.
    draft = page.get_latest_revision_as_object()
    draft.title_en = "The Puebla Process"
    draft.save_revision().publish()
    page.refresh_from_db()
    assert status.object_status(page)["es"].fields["title"] == status.OUTDATED


def test_keeping_identical_needs_edit_rights(client, make_user, english_page):
    from workspace.models import FieldTranslation

    publish(english_page, title_es="Migrants in transit")
    client.force_login(make_user("Statistics managers"))
    response = client.post(
        reverse(
            "workspace:keep_identical",
            args=[english_page.content_type_id, english_page.pk, "es"],
        ),
        {"fields": ["title"]},
    )
    assert response.status_code in (302, 403) and "/keep/" not in response.get("Location", "")
    assert not FieldTranslation.objects.filter(same_as_source=True).exists()

"""Translation status: complete, missing or outdated, per field and language,
kept across revisions, shown in the report, the dashboard, the editor and to
readers."""

import pytest
from django.urls import reverse

from languages.formatting import format_date
from tests.workspace.conftest import publish
from workspace import status

pytestmark = pytest.mark.django_db


def states(page, language):
    return status.object_status(page)[language].fields


def test_translated_page_is_complete(article):
    for language in ("es", "fr", "ht"):
        assert status.object_status(article)[language].state == status.COMPLETE


def test_changing_the_english_text_makes_every_translation_outdated(article):
    publish(article, intro_en="Remittances sustain millions of families.")
    for language in ("es", "fr", "ht"):
        assert states(article, language)["intro"] == status.OUTDATED
        assert states(article, language)["title"] == status.COMPLETE


def test_saving_the_translation_makes_that_language_complete_again(article):
    publish(article, intro_en="Remittances sustain millions of families.")
    publish(article, intro_es="Las remesas sostienen a millones de familias.")
    assert states(article, "es")["intro"] == status.COMPLETE
    assert states(article, "fr")["intro"] == status.OUTDATED


def test_outdated_state_survives_later_revisions(article):
    publish(article, intro_en="Remittances sustain millions of families.")
    publish(article, title_en="Remittances in the region, 2015")  # an unrelated edit
    publish(article, title_fr="Les envois de fonds dans la région, 2015")
    assert states(article, "fr")["intro"] == status.OUTDATED
    assert states(article, "fr")["title"] == status.COMPLETE
    assert states(article, "es")["title"] == status.OUTDATED


def test_empty_translation_is_missing(untranslated_page):
    page_status = status.object_status(untranslated_page)
    assert page_status["es"].state == status.MISSING
    assert page_status["es"].fields == {
        "title": status.MISSING,
        "intro": status.MISSING,
        "body": status.MISSING,
    }


def test_report_lists_pages_with_the_state_of_each_language(
    admin_client, article, untranslated_page
):
    publish(article, intro_en="Remittances sustain millions of families.")
    html = admin_client.get(reverse("workspace:translation_status")).content.decode()
    assert "Remittances in the region" in html
    assert "Migrants in transit" in html
    assert 'data-language="ht" data-state="outdated"' in html
    assert 'data-language="ht" data-state="missing"' in html


def test_report_filters_by_language_type_and_state(admin_client, article, untranslated_page):
    from django.contrib.contenttypes.models import ContentType

    from home.models import StandardPage

    publish(article, intro_en="Remittances sustain millions of families.")
    content_type = ContentType.objects.get_for_model(StandardPage).pk
    url = reverse("workspace:translation_status")
    html = admin_client.get(
        url, {"language": "fr", "state": "outdated", "content_type": content_type}
    ).content.decode()
    assert "Remittances in the region" in html
    assert "Migrants in transit" not in html
    assert 'data-language="es"' not in html  # only the chosen language's column
    html = admin_client.get(
        url, {"state": "missing", "content_type": content_type}
    ).content.decode()
    assert "Migrants in transit" in html
    assert "Remittances in the region" not in html


def test_dashboard_counts_pages_needing_translation_per_language(admin_client, untranslated_page):
    from wagtail.models import Page

    expected = sum(
        1
        for obj, statuses in status.listing()
        if isinstance(obj, Page) and statuses["ht"].needs_work
    )
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    noun = "page needs" if expected == 1 else "pages need"
    assert f"Kreyòl ayisyen: {expected} {noun} translation" in html
    assert "statistics due for review" in html or "statistic due for review" in html


def test_edit_view_shows_the_state_next_to_each_translated_field(admin_client, article):
    publish(article, intro_en="Remittances sustain millions of families.")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert "Translation status (Español): Outdated." in html
    assert "Translation status (Français): Complete." in html


def test_readers_are_told_when_their_version_is_older_than_the_english(client, article):
    assert "outdated-notice" not in client.get("/es/workspace-article/").content.decode()
    publish(article, intro_en="Remittances sustain millions of families.")
    changed = status.object_status(article)["es"].source_changed_at
    html = client.get("/es/workspace-article/").content.decode()
    assert 'class="outdated-notice"' in html
    assert format_date(changed.date(), "es") in html
    assert "outdated-notice" not in client.get("/en/workspace-article/").content.decode()
    assert (
        "Esta versión en español se actualizó por última vez antes de la versión en inglés del"
        in html
    )


def test_reader_notice_is_written_in_kreyol_with_a_kreyol_date(client, article):
    publish(article, intro_en="Remittances sustain millions of families.")
    changed = status.object_status(article)["ht"].source_changed_at.date()
    months = [
        "janvye",
        "fevriye",
        "mas",
        "avril",
        "me",
        "jen",
        "jiyè",
        "out",
        "septanm",
        "oktòb",
        "novanm",
        "desanm",
    ]
    html = client.get("/ht/workspace-article/").content.decode()
    assert "Dènye fwa yo mete vèsyon Kreyòl ayisyen sa a ajou, se te anvan vèsyon anglè" in html
    assert (
        f'<time datetime="{changed.isoformat()}">{changed.day} {months[changed.month - 1]} {changed.year}</time>'
        in html
    )


def test_reader_notice_costs_one_query(client, article, django_assert_max_num_queries):
    publish(article, intro_en="Remittances sustain millions of families.")
    client.get("/es/workspace-article/")
    with django_assert_max_num_queries(40):
        client.get("/es/workspace-article/")


def test_admin_strings_are_translated_for_a_spanish_speaking_officer(client, moderator, article):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(moderator)
    html = client.get(reverse("workspace:translation_status")).content.decode()
    assert "Estado de las traducciones" in html
    assert "Completa" in html
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Kreyòl ayisyen:" in html and "necesita" in html
    html = client.get(reverse("workspace:import")).content.decode()
    assert "Enviar las páginas modificadas a moderación" in html


def test_each_role_sees_its_own_work_on_the_dashboard(client, editor, moderator, article):
    from tests.workspace.test_workflow import submit

    submit(client, editor, article, title_en="Remittances in the region, 2015")
    client.force_login(moderator)
    moderator_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in moderator_home
    assert "1 change awaits your approval" in moderator_home
    client.force_login(editor)
    editor_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" not in editor_home
    assert "0 changes await your approval" in editor_home
    assert "Remittances in the region, 2015" in editor_home  # their page, in the workflow

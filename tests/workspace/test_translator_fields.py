"""Translators edit translations only: through the admin, with real users of
each role. The English text and every non-translated field (a statistic's
value, a contact's phone) are read-only for a translator; a forged POST that
changes them is refused whole, in the translator's admin language, keeping
what was typed; an editor's identical POST is accepted."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from factsheets.models import Statistic
from rights.models import HelpContact
from tests.workspace.conftest import page_form_data

pytestmark = pytest.mark.django_db
READ_ONLY = "Read-only: translators change translations only."


def edit_page_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def snippet_url(obj):
    meta = obj._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[obj.pk])


def browser_data(form):
    """What a browser submits for the edit form as rendered: the editable
    fields only (read-only panels have no inputs)."""
    data = {}
    for bound in form:
        if bound.field.disabled:
            continue
        value = bound.value()
        if isinstance(value, bool):
            if value:
                data[bound.html_name] = "on"
        elif value is not None:
            data[bound.html_name] = str(value)
    return data


def latest(obj):
    obj.refresh_from_db()
    return obj.get_latest_revision_as_object()


# -- Pages -------------------------------------------------------------------


def test_translator_sees_english_and_other_fields_read_only(client, translator, article):
    client.force_login(translator)
    html = client.get(edit_page_url(article)).content.decode()
    assert 'name="title_es"' in html and 'name="intro_ht"' in html
    assert 'name="title_en"' not in html and 'name="intro_en"' not in html
    assert 'name="slug"' not in html
    assert READ_ONLY in html
    assert "Remittances sustain many families." in html  # the English, as text


def test_translator_forged_post_changing_english_is_refused_and_keeps_what_was_typed(
    client, translator, article
):
    client.force_login(translator)
    before = article.get_latest_revision().pk
    data = page_form_data(article, title_en="Forged English", title_es="Remesas y familias")
    response = client.post(edit_page_url(article), data)
    assert response.status_code == 200
    html = response.content.decode()
    # Only the changed field is named (the unchanged English body is not).
    assert "you may change translations only, not “Title [en]”." in html
    assert 'value="Remesas y familias"' in html  # what was typed is kept
    draft = latest(article)
    assert draft.get_latest_revision().pk == before  # nothing saved, not even Spanish
    assert draft.title_en == "Remittances in the region"


def test_translator_saves_a_translation(client, translator, article):
    client.force_login(translator)
    form = client.get(edit_page_url(article)).context["form"]
    data = page_form_data(article, title_es="Remesas y familias")
    # The browser only sends the fields it shows as inputs.
    data = {
        key: value
        for key, value in data.items()
        if key.split("-")[0] not in form._workspace_protected
    }
    response = client.post(edit_page_url(article), data)
    assert response.status_code == 302, response.context["form"].errors
    draft = latest(article)
    assert draft.title_es == "Remesas y familias"
    assert draft.title_en == "Remittances in the region"
    assert draft.slug == article.slug


def test_editor_forged_post_changing_english_is_accepted(client, editor, article):
    client.force_login(editor)
    data = page_form_data(article, title_en="Remittances across the region")
    response = client.post(edit_page_url(article), data)
    assert response.status_code == 302
    assert latest(article).title_en == "Remittances across the region"


def test_refusal_is_in_the_translators_admin_language(client, translator, article):
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(translator)
    response = client.post(edit_page_url(article), page_form_data(article, intro_en="Forged"))
    html = response.content.decode()
    assert "No se guardó: como traductor solo puede cambiar traducciones" in html


# -- Statistics and help contacts (snippets) ---------------------------------


@pytest.fixture
def statistic():
    statistic = Statistic.objects.live().order_by("pk").first()
    statistic.save_revision().publish()
    statistic.refresh_from_db()
    return statistic


def test_translator_cannot_change_a_statistic_value_but_translates_its_label(
    client, translator, statistic
):
    client.force_login(translator)
    url = snippet_url(statistic)
    response = client.get(url, HTTP_HOST="localhost")
    html = response.content.decode()
    assert 'name="value"' not in html and 'name="period_start"' not in html
    assert 'name="label_en"' not in html and 'name="label_ht"' in html
    data = browser_data(response.context["form"])

    forged = {**data, "value": str(statistic.value + 1), "label_ht": "Etikèt"}
    response = client.post(url, forged, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert (
        "Translators change translations only: this field is read-only."
        in response.content.decode()
    )
    assert latest(statistic).value == statistic.value and latest(statistic).label_ht != "Etikèt"

    forged_source = {**data, "source_title_en": "Another report"}
    response = client.post(url, forged_source, HTTP_HOST="localhost")
    assert "the English text is read-only" in response.content.decode()

    response = client.post(url, {**data, "label_ht": "Etikèt"}, HTTP_HOST="localhost")
    assert response.status_code == 302, response.context["form"].errors
    assert latest(statistic).label_ht == "Etikèt"
    assert latest(statistic).value == statistic.value


def test_statistics_manager_changes_a_value(client, statistics_manager, statistic):
    client.force_login(statistics_manager)
    url = snippet_url(statistic)
    data = browser_data(client.get(url, HTTP_HOST="localhost").context["form"])
    response = client.post(url, {**data, "value": str(statistic.value + 1)}, HTTP_HOST="localhost")
    assert response.status_code == 302, response.context["form"].errors
    assert latest(statistic).value == statistic.value + 1


def test_translator_cannot_change_a_help_contacts_phone(client, translator, editor):
    contact = HelpContact.objects.order_by("pk").first()
    url = snippet_url(contact)
    client.force_login(translator)
    response = client.get(url)
    assert 'name="phone"' not in response.content.decode()
    data = browser_data(response.context["form"])
    response = client.post(url, {**data, "phone": "+000 0000 0001"})
    assert response.status_code == 200
    contact.refresh_from_db()
    assert contact.phone != "+000 0000 0001"
    assert contact.latest_revision is None or (
        contact.latest_revision.as_object().phone != "+000 0000 0001"
    )

    client.force_login(editor)
    data = browser_data(client.get(url).context["form"])
    response = client.post(url, {**data, "phone": "+000 0000 0001"})
    assert response.status_code == 302, response.context["form"].errors
    # Contacts go through review: the editor's number is a draft, not yet live.
    contact.refresh_from_db()
    assert contact.latest_revision.as_object().phone == "+000 0000 0001"
    assert contact.phone != "+000 0000 0001"

"""Each editorial group, created by the workspace migration, can do what its
name says and nothing more — checked through the admin views."""

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.models import Page, Workflow

pytestmark = pytest.mark.django_db


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])


def test_groups_exist_from_the_migration():
    from django.contrib.auth.models import Group

    names = set(Group.objects.values_list("name", flat=True))
    assert {"Editors", "Translators", "Moderators", "Statistics managers"} <= names


def test_editor_creates_and_edits_pages_but_cannot_publish(client, editor, article, home_page):
    client.force_login(editor)
    assert client.get(add_url(home_page)).status_code == 200
    response = client.get(edit_url(article))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html
    # Even a forged publish request leaves the live page untouched.
    from tests.workspace.conftest import page_form_data

    client.post(
        edit_url(article), page_form_data(article, title_en="Forged", **{"action-publish": "1"})
    )
    article.refresh_from_db()
    assert article.title_en == "Remittances in the region"


def test_translator_edits_but_cannot_create_or_publish(client, translator, article, home_page):
    client.force_login(translator)
    response = client.get(edit_url(article))
    assert response.status_code == 200
    assert 'name="action-publish"' not in response.content.decode()
    assert client.get(add_url(home_page)).status_code in (302, 403)


def test_moderator_can_publish(client, moderator, article):
    client.force_login(moderator)
    response = client.get(edit_url(article))
    assert response.status_code == 200
    assert 'name="action-publish"' in response.content.decode()


def test_statistics_manager_cannot_edit_pages(client, statistics_manager, article):
    client.force_login(statistics_manager)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get(edit_url(article)).status_code in (302, 403)


def _statistic_model():
    try:
        return apps.get_model("factsheets", "Statistic")
    except LookupError:
        pytest.skip("the statistics library (factsheets.Statistic) is not installed yet")


def _snippet_url(model, action, *args):
    return reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:{action}", args=args
    )


def test_statistics_manager_manages_the_statistics_library(client, statistics_manager):
    Statistic = _statistic_model()
    client.force_login(statistics_manager)
    assert client.get(_snippet_url(Statistic, "add")).status_code == 200
    statistic = Statistic.objects.first()
    assert statistic is not None
    response = client.get(_snippet_url(Statistic, "edit", statistic.pk))
    assert response.status_code == 200
    assert 'name="action-publish"' in response.content.decode()


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_only_statistics_managers_add_statistics(client, make_user, group):
    Statistic = _statistic_model()
    client.force_login(make_user(group))
    assert client.get(_snippet_url(Statistic, "add")).status_code in (302, 403)


def test_translator_edits_statistics_without_publishing(client, translator):
    Statistic = _statistic_model()
    client.force_login(translator)
    statistic = Statistic.objects.first()
    response = client.get(_snippet_url(Statistic, "edit", statistic.pk))
    assert response.status_code == 200
    assert 'name="action-publish"' not in response.content.decode()


def test_review_then_publish_workflow_covers_the_whole_site(article):
    workflow = Workflow.objects.get(name="Review then publish")
    assert workflow.active
    assert article.get_workflow() == workflow
    assert Page.objects.get(depth=1).get_workflow() == workflow
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]

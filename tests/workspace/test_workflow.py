"""The "Review then publish" round trip through the admin: an editor's change
goes to a moderator, who approves it (and so publishes it) or sends it back
with a comment."""

import pytest
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from tests.workspace.conftest import page_form_data

pytestmark = pytest.mark.django_db


def submit(client, editor, page, **changes):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form_data(page, **changes, **{"action-submit": "1"}),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return TaskState.objects.get(
        workflow_state__base_content_type__model="page",
        workflow_state__object_id=str(page.pk),
        status=TaskState.STATUS_IN_PROGRESS,
    )


def act(client, moderator, page, task_state, action, comment=""):
    client.force_login(moderator)
    data = {"comment": comment} if comment else {}
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]), data
    )


def test_editor_change_waits_for_a_moderator(client, editor, moderator, article):
    submit(client, editor, article, title_en="Remittances in the region, 2015")
    article.refresh_from_db()
    assert article.title_en == "Remittances in the region"  # not live yet
    client.force_login(moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Remittances in the region, 2015" in dashboard  # awaiting their review
    assert "1 change awaits your approval" in dashboard


def test_moderator_approval_publishes(client, editor, moderator, article):
    task_state = submit(client, editor, article, title_en="Remittances in the region, 2015")
    response = act(client, moderator, article, task_state, "approve")
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title_en == "Remittances in the region, 2015"
    assert article.live and not article.has_unpublished_changes
    assert WorkflowState.objects.get(pk=task_state.workflow_state_id).status == "approved"


def test_moderator_requests_changes_with_a_comment(client, editor, moderator, article):
    task_state = submit(client, editor, article, title_en="Remittances: a lie")
    act(client, moderator, article, task_state, "reject", comment="Keep the neutral title, please.")
    article.refresh_from_db()
    assert article.title_en == "Remittances in the region"
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Keep the neutral title, please."
    # The editor sees the request and its comment in the page history.
    client.force_login(editor)
    history = client.get(reverse("wagtailadmin_pages:history", args=[article.pk])).content.decode()
    assert "Keep the neutral title, please." in history


def test_editor_cannot_approve(client, editor, article):
    task_state = submit(client, editor, article, title_en="Self-approved")
    act(client, editor, article, task_state, "approve")
    article.refresh_from_db()
    assert article.title_en == "Remittances in the region"

"""The workspace's reports are reachable from the admin's Reports menu."""

from django.contrib.auth import get_user_model

REPORTS = [
    "Translation status",
    "Statistics due for review",
    "Pages to re-read",
    "Export translations",
    "Import translations",
]


def test_reports_menu_lists_every_workspace_report(client, db):
    user = get_user_model().objects.create_superuser("menu", "menu@example.com", "pw")
    client.force_login(user)
    html = client.get("/admin/", HTTP_HOST="localhost").content.decode()
    assert [label for label in REPORTS if label not in html] == []

"""Help contacts go through review: an editor's or translator's change is a
draft until a moderator approves it (translators change translations only,
never a number); readers (guides, rights cards, in every language, through
the page cache) only see published contacts; the history says who changed a
number and when."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from rights.models import HelpContact

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "es", "fr", "ht")
TRANSLATED = ("organisation", "description", "hours", "languages_spoken", "address")
OLD = 'href="tel:+00000000000"'
NEW = 'href="tel:+00000000999"'
READER_URLS = [
    f"/{lang}/rights/{path}"
    for lang in LANGUAGES
    for path in ("your-rights-in-the-region/", "mexico-in-transit/", "mexico-in-transit/card/")
]


@pytest.fixture
def regional_line():
    return HelpContact.objects.get(organisation_en="Regional Migrant Help Line (sample)")


def form_data(contact, **changes):
    data = {
        "country": contact.country,
        "phone": contact.phone,
        "whatsapp": contact.whatsapp,
        "sms": contact.sms,
        "go_live_at": "",
        "expire_at": "",
    }
    if contact.is_sample:
        data["is_sample"] = "on"
    for field in TRANSLATED:
        for lang in LANGUAGES:
            data[f"{field}_{lang}"] = getattr(contact, f"{field}_{lang}") or ""
    data.update(changes)
    return data


def edit(client, user, contact, **changes):
    client.force_login(user)
    return client.post(
        reverse("wagtailsnippets_rights_helpcontact:edit", args=[contact.pk]),
        form_data(contact, **changes),
    )


def task_state(contact):
    return TaskState.objects.get(
        workflow_state__base_content_type__model="helpcontact",
        workflow_state__object_id=str(contact.pk),
        status=TaskState.STATUS_IN_PROGRESS,
    )


def approve(client, moderator, contact):
    client.force_login(moderator)
    url = reverse(
        "wagtailsnippets_rights_helpcontact:workflow_action",
        args=[contact.pk, "approve", task_state(contact).pk],
    )
    return client.post(url)


def reader_pages(client):
    client.logout()  # readers have no session: the page cache serves them
    return {url: client.get(url).content.decode() for url in READER_URLS}


def test_a_changed_number_waits_for_a_moderator_then_shows_in_every_language(
    client, role_user, regional_line, page_cache
):
    editor, moderator = role_user("Editors"), role_user("Moderators")
    before = reader_pages(client)
    assert all(OLD in html for html in before.values())
    assert client.get(READER_URLS[0])["X-Page-Cache"] == "hit"

    response = edit(client, editor, regional_line, phone="+000 0000 0999", **{"action-submit": "1"})
    assert response.status_code == 302, response.content.decode()[:2000]
    regional_line.refresh_from_db()
    assert regional_line.phone == "+000 0000 0000"  # the published row is untouched
    assert regional_line.has_unpublished_changes
    for url, html in reader_pages(client).items():
        assert OLD in html and NEW not in html, url

    assert approve(client, moderator, regional_line).status_code == 302
    regional_line.refresh_from_db()
    assert regional_line.phone == "+000 0000 0999"
    assert not regional_line.has_unpublished_changes
    for url, html in reader_pages(client).items():
        assert NEW in html and OLD not in html, url


def test_a_translators_change_waits_for_a_moderator(client, role_user, regional_line, page_cache):
    translator, moderator = role_user("Translators"), role_user("Moderators")
    guide = "/ht/rights/mexico-in-transit/"
    old, new = "Chak jou, 24 èdtan sou 24", "Chak jou, lajounen kou lannwit"
    shown = reader_pages(client)[guide].count(old)  # other contacts may share these hours
    assert shown >= 1
    response = edit(client, translator, regional_line, hours_ht=new, **{"action-submit": "1"})
    assert response.status_code == 302, response.content.decode()[:2000]
    html = reader_pages(client)[guide]
    assert html.count(old) == shown and new not in html
    approve(client, moderator, regional_line)
    html = reader_pages(client)[guide]
    assert new in html and html.count(old) == shown - 1


def test_a_translator_can_neither_change_nor_publish_a_number(client, role_user, regional_line):
    translator = role_user("Translators")
    client.force_login(translator)
    form = client.get(reverse("wagtailsnippets_rights_helpcontact:edit", args=[regional_line.pk]))
    html = form.content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html
    assert 'name="phone"' not in html  # shown read-only, no input
    edit(client, translator, regional_line, phone="+000 0000 0999", **{"action-publish": "1"})
    regional_line.refresh_from_db()
    assert regional_line.phone == "+000 0000 0000"
    assert regional_line.latest_revision.as_object().phone == "+000 0000 0000"
    client.logout()
    guide = client.get("/en/rights/mexico-in-transit/").content.decode()
    assert 'href="tel:+00000000999"' not in guide


def test_a_new_contact_is_a_draft_until_approved(client, role_user):
    editor, moderator = role_user("Editors"), role_user("Moderators")
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_rights_helpcontact:add"),
        {
            **{f"{field}_{lang}": "" for field in TRANSLATED for lang in LANGUAGES},
            "organisation_en": "Night Line (sample)",
            "country": "MX",
            "phone": "+000 0000 0777",
            "is_sample": "on",
            "action-submit": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    contact = HelpContact.objects.get(organisation_en="Night Line (sample)")
    assert not contact.live
    guide = "/es/rights/mexico-in-transit/"
    client.logout()
    assert "tel:+00000000777" not in client.get(guide).content.decode()
    assert "Night Line" not in client.get("/es/rights/mexico-in-transit/card/").content.decode()
    approve(client, moderator, contact)
    client.logout()
    assert 'href="tel:+00000000777"' in client.get(guide).content.decode()


def test_moderator_sends_a_number_back_with_a_comment(client, role_user, regional_line):
    editor, moderator = role_user("Editors"), role_user("Moderators")
    edit(client, editor, regional_line, phone="+000 0000 0998", **{"action-submit": "1"})
    state = task_state(regional_line)
    client.force_login(moderator)
    client.post(
        reverse(
            "wagtailsnippets_rights_helpcontact:workflow_action",
            args=[regional_line.pk, "reject", state.pk],
        ),
        {"comment": "This number is not in the directory."},
    )
    regional_line.refresh_from_db()
    assert regional_line.phone == "+000 0000 0000"
    assert WorkflowState.objects.get(pk=state.workflow_state_id).status == "needs_changes"


def test_history_shows_who_changed_the_number_and_when(client, role_user, regional_line):
    editor, moderator = role_user("Editors", "tina"), role_user("Moderators", "mo")
    edit(client, editor, regional_line, phone="+000 0000 0999", **{"action-submit": "1"})
    approve(client, moderator, regional_line)
    client.force_login(moderator)
    history = client.get(
        reverse("wagtailsnippets_rights_helpcontact:history", args=[regional_line.pk])
    ).content.decode()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", history))
    assert "'Review then publish' started. Next step 'Moderator approval' tina" in text.replace(
        "&#x27;", "'"
    )
    assert "Edited Current draft" in text or "Edited Live version" in text
    assert re.search(r"Approved .*? mo ", text), text[-1500:]
    # The editor's revision compared with the one before it shows both numbers.
    revisions = list(regional_line.revisions.order_by("created_at", "pk"))
    assert revisions[-1].user == editor
    compare = client.get(
        reverse(
            "wagtailsnippets_rights_helpcontact:revisions_compare",
            args=[regional_line.pk, revisions[-2].pk, revisions[-1].pk],
        )
    ).content.decode()
    row = re.search(r"Phone number.*?</tr>", compare, re.S).group(0)
    assert re.search(r'class="deletion">\s*0000\s*<', row), row
    assert re.search(r'class="addition">\s*0999\s*<', row), row


def test_a_moderator_locks_a_contact_against_other_editors(client, role_user, regional_line):
    editor, moderator = role_user("Editors"), role_user("Moderators")
    client.force_login(moderator)
    client.post(reverse("wagtailsnippets_rights_helpcontact:lock", args=[regional_line.pk]))
    regional_line.refresh_from_db()
    assert regional_line.locked and regional_line.locked_by == moderator
    response = edit(client, editor, regional_line, phone="+000 0000 0999")
    assert response.status_code in (200, 302)
    regional_line.refresh_from_db()
    assert regional_line.latest_revision.as_object().phone == "+000 0000 0000"


def test_a_scheduled_number_goes_live_at_its_time(client, role_user, regional_line):
    moderator = role_user("Moderators")
    go_live = timezone.now() + datetime.timedelta(days=1)
    response = edit(
        client,
        moderator,
        regional_line,
        phone="+000 0000 0999",
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
        **{"action-publish": "1"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    regional_line.refresh_from_db()
    assert regional_line.phone == "+000 0000 0000"
    assert OLD in client.get("/fr/rights/mexico-in-transit/").content.decode()
    scheduled = regional_line.scheduled_revision
    assert scheduled.approved_go_live_at is not None
    # Time passes: the scheduled moment is now in the past.
    past = timezone.now() - datetime.timedelta(seconds=1)
    scheduled.approved_go_live_at = past
    scheduled.content["go_live_at"] = past.isoformat()
    scheduled.save()
    call_command("publish_scheduled", verbosity=0)
    regional_line.refresh_from_db()
    assert regional_line.phone == "+000 0000 0999"
    client.logout()
    assert NEW in client.get("/fr/rights/mexico-in-transit/").content.decode()

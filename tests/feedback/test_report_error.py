"""'Report an error': a reader without an account sends a report in their
language; bots and floods are turned away; moderators read it in the admin;
the reader's name and e-mail are deleted after the retention period."""

import datetime
import re
from html import unescape

import pytest
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from feedback.models import ErrorReport

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}


@pytest.fixture
def reader():
    """A browser that must send the CSRF token, as real ones do."""
    return Client(enforce_csrf_checks=True, **HOST)


def token(client, url):
    html = client.get(url).content.decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def send(client, lang, **data):
    url = f"/{lang}/report-an-error/"
    payload = {"csrfmiddlewaretoken": token(client, url), "website": "", **data}
    return client.post(url, payload)


@pytest.mark.parametrize(
    ("lang", "privacy", "thanks"),
    [
        ("en", "Your privacy", "We received your report."),
        ("es", "Su privacidad", "Recibimos su informe."),
    ],
)
def test_a_reader_reports_an_error_without_an_account(
    reader, role_user, django_capture_on_commit_callbacks, lang, privacy, thanks
):
    moderator = role_user("Moderators", "mod")
    role_user("Editors", "ed")
    form = reader.get(f"/{lang}/report-an-error/?page=/{lang}/facts/x/").content.decode()
    assert f'<html lang="{lang}"' in form and privacy in form
    assert f'value="/{lang}/facts/x/"' in form  # the page it came from, filled in
    with django_capture_on_commit_callbacks(execute=True):
        response = send(
            reader,
            lang,
            page_url=f"/{lang}/facts/x/",
            message="The figure 54 million should be 53 million.",
            name="Ana",
            email="ana@example.org",
        )
    assert response.status_code == 302
    assert response["Location"] == f"/{lang}/report-an-error/thanks/"
    assert thanks in reader.get(response["Location"]).content.decode()
    report = ErrorReport.objects.get()
    assert (report.language, report.email, report.status) == (lang, "ana@example.org", "new")
    # One e-mail, to the moderators only, without the reader's address.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [moderator.email]
    assert "54 million" in mail.outbox[0].body and f"/{lang}/facts/x/" in mail.outbox[0].body
    assert "ana@example.org" not in mail.outbox[0].body and "Ana" not in mail.outbox[0].body


def test_a_page_from_elsewhere_is_not_filled_in(reader):
    html = reader.get("/en/report-an-error/?page=https://evil.example/").content.decode()
    field = re.search(r'<input [^>]*name="page_url"[^>]*>', html).group(0)
    assert "evil.example" not in field


@pytest.mark.parametrize(
    ("lang", "missing", "bad_email"),
    [
        ("fr", "Dites-nous ce qui ne va pas.", "Cette adresse e-mail ne semble pas correcte"),
        ("ht", "Di nou sa ki pa bon.", "Adrès imèl sa a pa sanble kòrèk"),
    ],
)
def test_bad_input_gets_a_translated_error_and_keeps_what_was_typed(
    reader, lang, missing, bad_email
):
    response = send(reader, lang, page_url="/x/", message="", name="Jean", email="jean@")
    assert response.status_code == 400
    html = unescape(response.content.decode())
    assert missing in html and bad_email in html
    assert 'value="Jean"' in html and 'value="jean@"' in html and 'value="/x/"' in html
    assert 'aria-invalid="true"' in html
    assert ErrorReport.objects.count() == 0


def test_csrf_token_is_required(reader):
    response = reader.post("/en/report-an-error/", {"message": "Something is wrong here."})
    assert response.status_code == 403
    assert ErrorReport.objects.count() == 0


def test_honeypot_stores_nothing_and_sends_nothing(reader, role_user):
    role_user("Moderators", "mod")
    response = send(
        reader, "en", message="Buy cheap things at our shop now", website="spam.example"
    )
    assert response.status_code == 302  # a bot learns nothing
    assert ErrorReport.objects.count() == 0
    assert mail.outbox == []


def test_rate_limit_keeps_the_text_and_explains_in_the_readers_language(reader, settings):
    settings.RATELIMIT_ENABLED = True
    settings.ERROR_REPORT_RATE_LIMIT = (2, 3600)
    caches["default"].clear()
    for n in range(2):
        assert send(reader, "es", message=f"Error número {n} en la página").status_code == 302
    response = send(reader, "es", message="Tercer error, demasiado pronto", name="Luz")
    assert response.status_code == 429
    html = unescape(response.content.decode())
    assert "Ha enviado varios informes en poco tiempo" in html
    assert "Tercer error, demasiado pronto" in html and 'value="Luz"' in html
    assert ErrorReport.objects.count() == 2
    caches["default"].clear()


def test_moderators_see_reports_in_the_admin_and_a_count_on_the_dashboard(client, role_user):
    ErrorReport.objects.create(language="ht", message="Chif la pa bon sou paj la.", page_url="/ht/")
    moderator = role_user("Moderators", "mod")
    client.force_login(moderator)
    listing = client.get("/admin/error-reports/", **HOST)
    assert listing.status_code == 200
    assert "Chif la pa bon sou paj la." in listing.content.decode()
    dashboard = client.get("/admin/", **HOST).content.decode()
    assert "1 new error report from readers." in dashboard
    # Editors never see readers' reports (names and e-mails).
    client.force_login(role_user("Editors", "ed"))
    assert client.get("/admin/error-reports/", **HOST).status_code in (302, 403)
    assert "error report" not in client.get("/admin/", **HOST).content.decode()


def test_purge_deletes_name_and_email_after_the_retention_days(settings):
    now = timezone.now()
    old = ErrorReport.objects.create(
        language="en", message="Old report text", name="Old", email="old@example.org"
    )
    recent = ErrorReport.objects.create(
        language="en", message="Recent report text", name="New", email="new@example.org"
    )
    ErrorReport.objects.filter(pk=old.pk).update(created_at=now - datetime.timedelta(days=31))
    ErrorReport.objects.filter(pk=recent.pk).update(created_at=now - datetime.timedelta(days=5))
    settings.ERROR_REPORT_RETENTION_DAYS = 30
    call_command("purge_error_reports", stdout=open("/dev/null", "w"))  # noqa: SIM115
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.email, old.message) == ("", "", "Old report text")
    assert old.personal_data_deleted_at is not None
    assert (recent.name, recent.email) == ("New", "new@example.org")
    settings.ERROR_REPORT_RETENTION_DAYS = 3
    call_command("purge_error_reports", stdout=open("/dev/null", "w"))  # noqa: SIM115
    recent.refresh_from_db()
    assert (recent.name, recent.email) == ("", "")

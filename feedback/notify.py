"""Tell the moderators that a reader reported an error (Django's mail).

The e-mail names the page and quotes the report, and links to it in the
admin; it leaves out the reader's name and e-mail (moderators read them in
the admin, where they are purged on schedule)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from workspace.roles import MODERATORS


def moderator_addresses():
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    return sorted(set(users.filter(groups__name=MODERATORS).values_list("email", flat=True)))


def notify_moderators(report):
    """Send one e-mail to every moderator; returns how many were sent."""
    recipients = moderator_addresses()
    if not recipients:
        return 0
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    link = base + reverse("feedback_errorreport:edit", args=[report.pk])
    with override(settings.LANGUAGE_CODE):
        subject = _("New error report on Migration Facts")
        body = "\n\n".join(
            [
                _("A reader reported an error (language: %(language)s).")
                % {"language": report.language},
                _("Page: %(page)s") % {"page": report.page_url or "—"},
                report.message,
                _("Read and handle it in the admin: %(link)s") % {"link": link},
            ]
        )
    return send_mail(subject, body, None, recipients, fail_silently=True)

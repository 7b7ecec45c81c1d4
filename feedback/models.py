"""What a reader sent through "Report an error", for moderators.

The reader's name and e-mail are optional and personal: ``purge_personal_data``
(``manage.py purge_error_reports``, daily from cron) blanks them once a report
is older than ``ERROR_REPORT_RETENTION_DAYS``. The report itself stays.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ErrorReportQuerySet(models.QuerySet):
    def new(self):
        return self.filter(status=ErrorReport.Status.NEW)

    def purge_personal_data(self, days=None, now=None):
        """Blank the name and e-mail of reports older than ``days`` (default:
        ``ERROR_REPORT_RETENTION_DAYS``); returns how many were purged."""
        days = settings.ERROR_REPORT_RETENTION_DAYS if days is None else days
        cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
        old = self.filter(created_at__lt=cutoff, personal_data_deleted_at__isnull=True)
        return old.update(name="", email="", personal_data_deleted_at=now or timezone.now())


class ErrorReport(models.Model):
    """A reader's report of an error on the site."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        HANDLED = "handled", _("Handled")

    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    language = models.CharField(_("language"), max_length=10)
    page_url = models.CharField(
        _("page"), max_length=500, blank=True, help_text=_("The page the error is on.")
    )
    message = models.TextField(_("what is wrong"), max_length=4000)
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    moderator_note = models.TextField(_("moderator's note"), blank=True)
    personal_data_deleted_at = models.DateTimeField(
        _("name and e-mail deleted on"), null=True, blank=True
    )

    objects = ErrorReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("error report")
        verbose_name_plural = _("error reports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.page_url or '—'}"

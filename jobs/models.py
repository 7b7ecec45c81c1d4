from django.db import models
from django.utils.translation import gettext_lazy as _


class JobFailure(models.Model):
    """A background job that failed: retried later, or given up after
    ``JOBS_MAX_ATTEMPTS`` (then an administrator retries it from the report).
    One row per job (task and arguments); deleted when the job succeeds."""

    key = models.CharField(max_length=64, unique=True)
    task_path = models.CharField(_("task"), max_length=255)
    arguments = models.JSONField(default=dict)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    error = models.TextField(_("last error"), blank=True)
    first_failed_at = models.DateTimeField(_("first failed"), auto_now_add=True)
    last_failed_at = models.DateTimeField(_("last failed"), auto_now=True)
    retry_at = models.DateTimeField(_("next attempt"), null=True, blank=True)

    class Meta:
        ordering = ["-last_failed_at"]
        verbose_name = _("failed background job")
        verbose_name_plural = _("failed background jobs")

    def __str__(self):
        return f"{self.task_path} ({self.attempts})"

    @property
    def given_up(self):
        return self.retry_at is None

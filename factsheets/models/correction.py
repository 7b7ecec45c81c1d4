"""Corrections and updates, in public.

When a published statistic's value, unit or period changes, or a fact
sheet's verdict or short answer, the editor says whether it is a correction
(an error fixed) or an update (newer data) and writes a short note. The
record is made when the change is saved for publishing and becomes public
when the change is published (``published_at``); readers then see it on every
page citing the statistic, on the Corrections page and in its feed.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CorrectionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(published_at__isnull=False).order_by("-published_at", "-pk")

    def pending(self):
        return self.filter(published_at__isnull=True)


class Correction(models.Model):
    """One public correction or update of a statistic or of a fact sheet's
    verdict or short answer, with what it was before and after."""

    class Kind(models.TextChoices):
        CORRECTION = "correction", _("Correction: an error fixed")
        UPDATE = "update", _("Update: newer data")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    note = models.TextField(_("note"), blank=True)
    statistic = models.ForeignKey(
        "factsheets.Statistic",
        verbose_name=_("statistic"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="corrections",
    )
    fact_sheet = models.ForeignKey(
        "factsheets.FactSheetPage",
        verbose_name=_("fact sheet"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="corrections",
    )
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("correction or update")
        verbose_name_plural = _("corrections and updates")
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        subject = self.statistic or self.fact_sheet
        return f"{self.get_kind_display()}: {subject}"

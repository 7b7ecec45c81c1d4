"""What the workspace remembers between revisions: which source text each
translation was made from, and which pages wait for a figure check."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class FieldTranslation(models.Model):
    """One translated field of one object in one language.

    ``source_hash`` is the hash of the source-language (English) text when
    this language's text was last saved; for the source language itself it is
    the hash of its own text, and ``saved_at`` is when that text last changed.
    Keyed by content type and object id, not by revision, so the record
    survives every new revision of a page or snippet.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    field = models.CharField(max_length=100)
    language = models.CharField(max_length=10)
    source_hash = models.CharField(max_length=64)
    saved_at = models.DateTimeField()
    # The text is the source text on purpose (a proper name), for the source
    # text of ``source_hash``: it counts as translated until that text changes.
    same_as_source = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("field translation")
        verbose_name_plural = _("field translations")
        constraints = [
            models.UniqueConstraint(
                fields=("content_type", "object_id", "field", "language"),
                name="workspace_unique_field_translation",
            )
        ]
        indexes = [models.Index(fields=("content_type", "object_id"))]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.field} [{self.language}]"


class FigureReview(models.Model):
    """A page that cites a figure whose value or source changed: it must be
    re-read in ``language`` until an editor confirms it still reads right."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=10)
    figure_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    figure_id = models.CharField(max_length=64)
    figure_label = models.CharField(_("figure"), max_length=255)
    created_at = models.DateTimeField(_("flagged at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("figure review")
        verbose_name_plural = _("figure reviews")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=("confirmed_at", "page"))]

    def __str__(self):
        return f"{self.page_id} [{self.language}] {self.figure_label}"

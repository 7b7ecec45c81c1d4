"""Custom image and document models.

Every image carries translated alt text and a credit line in the form the
seed uses ("© Organisation / Country Year (Photo: Name)"), a licence, and a
consent record when it shows identifiable people. An image of identifiable
people without consent on file cannot appear on a published page
(``media.consent``).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage, AbstractRendition

from languages.codes import language_codes


def localized(*fields):
    """``("alt_text",)`` → the base field (edited as the default language) and
    one field per other configured language: the admin form shows them all."""
    names = []
    for field in fields:
        names.append(field)
        names.extend(
            f"{field}_{code}" for code in language_codes() if code != settings.LANGUAGE_CODE
        )
    return tuple(names)


class CustomImage(AbstractImage):
    """An image editors place on pages; alt text is required."""

    alt_text = models.CharField(
        _("alternative text"),
        max_length=255,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("For example: © IOM / Haiti 2010 (Photo: Name)"),
    )
    licence = models.CharField(
        _("licence or usage terms"),
        max_length=255,
        blank=True,
        help_text=_("For example: CC BY 4.0, or: campaign use only until 2026"),
    )
    shows_identifiable_people = models.BooleanField(_("shows identifiable people"), default=False)
    consent_on_file = models.BooleanField(
        _("consent on file"),
        default=False,
        help_text=_("The people shown have given written consent, kept on file."),
    )
    consent_date = models.DateField(_("consent date"), null=True, blank=True)
    consent_scope = models.CharField(
        _("consent scope"),
        max_length=255,
        blank=True,
        help_text=_("What the consent covers, for example: web and social media, 2024 campaign"),
    )

    admin_form_fields = (
        *localized("title"),
        "file",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
        *localized("alt_text", "credit", "licence"),
        "shows_identifiable_people",
        "consent_on_file",
        "consent_date",
        "consent_scope",
    )

    @property
    def default_alt_text(self):
        # Used by {% image %} when a template gives no alt: the translated alt text.
        return self.alt_text or ""

    def clean(self):
        super().clean()
        if self.consent_on_file:
            errors = {}
            if not self.consent_date:
                errors["consent_date"] = _("Give the date consent was given.")
            if not (self.consent_scope or "").strip():
                errors["consent_scope"] = _("Say what the consent covers.")
            if errors:
                raise ValidationError(errors)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """A downloadable file: campaign toolkits, posters, guides as PDF."""

    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = (*localized("title"), "file", "collection", "tags", *localized("credit"))

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]


class ShareCard(models.Model):
    """The 1200×630 PNG shown when a page is shared on social media, one per
    page and language; generated when the page is published (``media.share_cards``)."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="share_cards"
    )
    language = models.CharField(max_length=10)
    image = models.FileField(upload_to="share-cards")
    width = models.PositiveIntegerField(default=1200)
    height = models.PositiveIntegerField(default=630)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("share card")
        verbose_name_plural = _("share cards")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="media_sharecard_unique_page_language"
            )
        ]

    def __str__(self):
        return f"{self.page_id} ({self.language})"

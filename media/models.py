"""Custom image and document models.

Every image carries translated alt text and a credit line in the form the
seed uses ("© Organisation / Country Year (Photo: Name)"), a licence, and a
consent record when it shows identifiable people.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image


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
    licence = models.CharField(_("licence or usage terms"), max_length=255, blank=True)
    shows_identifiable_people = models.BooleanField(_("shows identifiable people"), default=False)
    consent_on_file = models.BooleanField(_("consent on file"), default=False)
    consent_date = models.DateField(_("consent date"), null=True, blank=True)
    consent_scope = models.CharField(_("consent scope"), max_length=255, blank=True)

    admin_form_fields = Image.admin_form_fields + (
        "alt_text",
        "credit",
        "licence",
        "shows_identifiable_people",
        "consent_on_file",
        "consent_date",
        "consent_scope",
    )

    @property
    def default_alt_text(self):
        # Used by {% image %} when a template gives no alt: the translated alt text.
        return self.alt_text or ""

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

    admin_form_fields = Document.admin_form_fields + ("credit",)

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]

"""Blocks of a campaign page body.

Every block has a description and a preview value for the editor's block
picker; pictures, pages and documents come from the site's library when the
preview is drawn, and the testimony preview is marked as a sample.
"""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from factsheets.blocks import StatisticCalloutBlock
from home.blocks import (
    CaptionedImageBlock,
    HeadingBlock,
    ParagraphBlock,
    preview_image,
    preview_images,
    preview_page,
)

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


class GalleryBlock(blocks.StructBlock):
    """A set of images shown as a grid, each with its credit."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=160)
    images = blocks.ListBlock(CaptionedImageBlock(), label=_("Images"), min_num=2, max_num=12)

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "campaigns/blocks/gallery.html"
        description = _("Two or more images in a grid")
        preview_value = staticmethod(
            lambda: {
                "heading": _("Our region"),
                "images": [{"image": image, "caption": ""} for image in preview_images(2)],
            }
        )


class TestimonyBlock(blocks.StructBlock):
    """A person's own words. Editors confirm that the person agreed to be
    quoted; the consent note is shown with the quote."""

    quote = blocks.TextBlock(label=_("Testimony"))
    name = blocks.CharBlock(
        label=_("Name"),
        max_length=120,
        help_text=_(
            "The name the person agreed to be quoted under (a first name or a pseudonym is fine)."
        ),
    )
    context = blocks.CharBlock(
        label=_("Context"),
        required=False,
        max_length=160,
        help_text=_("For example: returned migrant, Honduras"),
    )
    consent_given = blocks.BooleanBlock(
        label=_("The person agreed to be quoted on this site"),
        required=True,
        help_text=_("Testimonies are only published with the person's consent."),
    )
    consent_note = blocks.CharBlock(
        label=_("Consent note"),
        max_length=200,
        help_text=_("Shown with the quote, for example: Quoted with consent; name changed."),
    )

    class Meta:
        icon = "openquote"
        label = _("Testimony")
        template = "campaigns/blocks/testimony.html"
        description = _("A person's words, published with their consent")
        preview_value = {
            "quote": _("Sample: the person's own words appear here, as they agreed to be quoted."),
            "name": _("Sample name"),
            "context": _("Sample context"),
            "consent_given": True,
            "consent_note": _("Sample testimony, shown to editors only."),
        }


class VideoValue(blocks.StructValue):
    """Where the video lives: the plain link, and the embed address used only
    after the reader chooses to play it here."""

    def _parsed(self):
        return urlparse(self.get("url") or "")

    def provider(self):
        host = self._parsed().netloc.lower().removeprefix("www.").removeprefix("m.")
        if host in ("youtube.com", "youtu.be", "youtube-nocookie.com"):
            return "youtube"
        if host in ("vimeo.com", "player.vimeo.com"):
            return "vimeo"
        return ""

    def provider_name(self):
        return {"youtube": "YouTube", "vimeo": "Vimeo"}.get(self.provider(), self._parsed().netloc)

    def video_id(self):
        parsed = self._parsed()
        provider = self.provider()
        if provider == "youtube":
            if parsed.netloc.endswith("youtu.be"):
                candidate = parsed.path.strip("/")
            elif parsed.path.startswith(("/embed/", "/shorts/", "/live/")):
                candidate = parsed.path.split("/")[2]
            else:
                candidate = (parse_qs(parsed.query).get("v") or [""])[0]
            return candidate if YOUTUBE_ID.match(candidate or "") else ""
        if provider == "vimeo":
            digits = [part for part in parsed.path.split("/") if part.isdigit()]
            return digits[-1] if digits else ""
        return ""

    def embed_url(self):
        """The privacy-enhanced player, loaded only after the reader clicks."""
        video_id = self.video_id()
        if not video_id:
            return ""
        if self.provider() == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
        return f"https://player.vimeo.com/video/{video_id}?dnt=1&autoplay=1"


class VideoBlock(blocks.StructBlock):
    """A video hosted elsewhere. Nothing is loaded from the video site until
    the reader chooses to play it; without JavaScript it is a plain link."""

    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    poster = ImageChooserBlock(
        label=_("Poster image"),
        required=False,
        help_text=_(
            "An image from our library shown before the video plays (never the video site's thumbnail)."
        ),
    )
    transcript = blocks.TextBlock(label=_("Summary or transcript"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if value.get("url") and not value.video_id():
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Give the address of a YouTube or Vimeo video."))
                }
            )
        return value

    class Meta:
        icon = "media"
        label = _("Video")
        template = "campaigns/blocks/video.html"
        value_class = VideoValue
        description = _("A video that loads nothing from the video site until the reader clicks")
        preview_value = staticmethod(
            lambda: {
                "url": "https://www.youtube.com/watch?v=SAMPLE00000",
                "title": _("Sample video"),
                "poster": preview_image(),
                "transcript": _("A summary or transcript of the video appears here."),
            }
        )


class CallToActionValue(blocks.StructValue):
    def href(self):
        page = self.get("page")
        if page:
            return page.url
        return self.get("url") or ""


class CallToActionBlock(blocks.StructBlock):
    """A prominent invitation to act, leading to a page of this site or elsewhere."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=160)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or give an address."))}
            )
        return value

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "campaigns/blocks/call_to_action.html"
        value_class = CallToActionValue
        description = _("A heading, a sentence and a button")
        preview_value = staticmethod(
            lambda: {
                "heading": _("Know your rights"),
                "text": _("Help and information on this site are free."),
                "button_label": _("Read the guides"),
                "page": preview_page("rights.RightsGuideIndexPage"),
            }
        )


class RelatedFactSheetsBlock(blocks.StructBlock):
    """Fact sheets that back the campaign's message."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=160)
    pages = blocks.ListBlock(
        blocks.PageChooserBlock(label=_("Fact sheet"), page_type="factsheets.FactSheetPage"),
        label=_("Fact sheets"),
        min_num=1,
    )

    class Meta:
        icon = "doc-full"
        label = _("Related fact sheets")
        template = "campaigns/blocks/related_factsheets.html"
        description = _("Links to the fact sheets behind the campaign")
        preview_value = staticmethod(
            lambda: {
                "heading": "",
                "pages": [
                    page for page in [preview_page("factsheets.FactSheetPage")] if page is not None
                ],
            }
        )


class DocumentBlock(DocumentChooserBlock):
    """A document of a campaign's toolkit (a poster, a guide) to download."""

    class Meta:
        icon = "doc-full"
        description = _("A document to download")
        preview_value = staticmethod(lambda: get_document_model().objects.order_by("pk").first())


class CampaignBodyBlock(blocks.StreamBlock):
    """The body of a campaign page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    testimony = TestimonyBlock()
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    video = VideoBlock()
    statistic = StatisticCalloutBlock()
    call_to_action = CallToActionBlock()
    related_factsheets = RelatedFactSheetsBlock()

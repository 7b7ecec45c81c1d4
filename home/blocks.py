"""Blocks for plain content pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3 keeps the outline valid."""

    text = blocks.CharBlock(label=_("Text"), max_length=160)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section")), ("h3", _("Subsection"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading.html"
        description = _("A section heading")
        preview_value = {"text": "Migration in the region", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    """An image with an optional caption; the credit comes from the image."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/image.html"
        description = _("An image with its caption and credit")


class QuoteBlock(blocks.StructBlock):
    """A pulled quotation with its attribution."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote.html"
        description = _("A quotation with its attribution")
        preview_value = {"quote": "Migration has shaped this region.", "attribution": "IOM"}


class ContentBlocks(blocks.StreamBlock):
    """The body of a plain content page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul"],
        icon="pilcrow",
        template="home/blocks/paragraph.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()

"""Blocks for plain content pages, reused by campaigns and fact sheets.

Every block has a description and a preview value, so the block picker in
the editor shows what it looks like. Preview texts are drawn from the seed
(the IOM Regional Strategy 2014–2016); images and pages come from the site's
own library when the preview is drawn.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.coreutils import resolve_model_string
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from factsheets.verdicts import VerdictDefinitionsBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def preview_images(count=1):
    """The first ``count`` images of the library, for block previews."""
    return list(get_image_model().objects.order_by("pk")[:count])


def preview_image():
    images = preview_images()
    return images[0] if images else None


def preview_page(*page_types):
    """A live page (of one of ``page_types`` if given) for block previews."""
    pages = Page.objects.live().filter(depth__gt=2)
    if page_types:
        pages = pages.type(*(resolve_model_string(name) for name in page_types))
    page = pages.order_by("path").first()
    return page.specific if page else None


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
        preview_value = {"text": _("Migration in the region"), "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with bold, italic, links and lists."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "home/blocks/paragraph.html"
        description = _("Text with bold, italic, links and lists")
        preview_value = _(
            "<p>This region has been shaped by migration. Nevertheless, while migration has "
            "contributed significantly to the region’s development, every day many migrants "
            "suffer abuse, discrimination, violence, exploitation and crime.</p>"
        )


class CaptionedImageBlock(blocks.StructBlock):
    """An image with an optional caption; the credit comes from the image."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/image.html"
        description = _("An image with its caption and credit")

        preview_value = staticmethod(
            lambda: {"image": preview_image(), "caption": _("An image from the library")}
        )


class QuoteBlock(blocks.StructBlock):
    """A pulled quotation with its attribution."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote.html"
        description = _("A quotation with its attribution")
        preview_value = {
            "quote": _("This region has been shaped by migration."),
            "attribution": _("IOM Regional Strategy 2014–2016"),
        }


class FeaturedPageBlock(blocks.PageChooserBlock):
    """A page featured on the home page, in the editor's order."""

    class Meta:
        icon = "doc-full"
        description = _("A page shown as a card on the home page")

        preview_value = staticmethod(preview_page)


class ContentBlocks(blocks.StreamBlock):
    """The body of a plain content page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    verdicts = VerdictDefinitionsBlock()

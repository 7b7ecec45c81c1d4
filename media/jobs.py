"""Share cards are drawn in the background after a page is published."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from jobs.queue import background, enqueue_on_commit
from media.share_cards import generate_cards, opts_in


@background(label=_("Share cards: draw a page's cards"))
def draw_share_cards(page_id):
    page = Page.objects.filter(pk=page_id).first()
    page = page.specific if page is not None else None
    if page is not None and page.live and opts_in(page):
        generate_cards(page)


def queue_share_cards(sender, instance, **kwargs):
    """``page_published``: queue the drawing; publishing does not wait for Pillow."""
    if opts_in(instance):
        enqueue_on_commit(draw_share_cards, instance.pk)

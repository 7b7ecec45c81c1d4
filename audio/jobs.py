"""Audio is made in the background after a page is published: publishing
never waits for a voice, and a failure is retried by ``jobs``."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from audio.clips import make_audio, opts_in
from jobs.queue import background, enqueue_on_commit


@background(label=_("Audio: speak a page's sections"))
def make_page_audio(page_id):
    page = Page.objects.filter(pk=page_id).first()
    page = page.specific if page is not None else None
    if page is not None and page.live and opts_in(page):
        make_audio(page)


def queue_audio(sender, instance, **kwargs):
    """``page_published``: queue the page's audio (``AUDIO_ON_PUBLISH``)."""
    if settings.AUDIO_ON_PUBLISH and opts_in(instance):
        enqueue_on_commit(make_page_audio, instance.pk)

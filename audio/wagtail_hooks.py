from django.conf import settings
from django.db import transaction
from wagtail import hooks
from wagtail.models import Page

from audio.clips import opts_in
from audio.jobs import make_page_audio
from jobs.queue import enqueue


def queue_demo_audio(content):
    """The demo pages are created live, not published through Wagtail: queue
    their audio as publishing would (``AUDIO_ON_PUBLISH``), after the load
    commits; scripts/serve.sh's worker makes it."""
    if not settings.AUDIO_ON_PUBLISH:
        return
    pages = [page for page in Page.objects.live().specific() if opts_in(page)]
    for page in pages:
        transaction.on_commit(lambda pk=page.pk: enqueue(make_page_audio, pk))


hooks.register("load_demo_content", queue_demo_audio, order=95)

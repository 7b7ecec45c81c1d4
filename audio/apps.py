from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AudioConfig(AppConfig):
    """Spoken versions of pages: one Opus clip per language and section, made
    in the background when a page is published (``audio.jobs``)."""

    name = "audio"
    label = "audio"
    verbose_name = _("Audio")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from audio.jobs import queue_audio

        page_published.connect(queue_audio, dispatch_uid="audio_on_publish")

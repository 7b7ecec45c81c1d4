"""The audio state of a page in its editor: per language, clips up to date
out of sections, total length, and a failed job if there is one."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from audio.clips import audio_state, format_duration, opts_in
from jobs.models import JobFailure
from jobs.queue import job_key
from languages.names import local_name


class AudioPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Audio"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "audio/admin_panel.html"

        def get_context_data(self, parent_context=None):
            from audio.jobs import make_page_audio

            context = super().get_context_data(parent_context)
            page = self.instance
            rows = audio_state(page) if opts_in(page) and page.pk else []
            for row in rows:
                row["name"] = local_name(row["language"])
                row["length"] = format_duration(row["duration"])
            failure = None
            if page.pk:
                key = job_key(make_page_audio.module_path, [page.pk], {})
                failure = JobFailure.objects.filter(key=key).first()
            context.update({"rows": rows, "failure": failure, "live": page.live})
            return context

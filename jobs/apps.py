from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    """Durable background jobs: work that follows publishing, retried when it
    fails and shown to administrators, never silently lost."""

    name = "jobs"
    label = "jobs"
    verbose_name = _("Background jobs")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from jobs import queue

        queue.connect()

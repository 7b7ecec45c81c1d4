from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    """Readers' error reports: a public form, stored for moderators."""

    name = "feedback"
    verbose_name = _("Error reports")
    default_auto_field = "django.db.models.BigAutoField"

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaConfig(AppConfig):
    """The image and document libraries: translated alt text and titles,
    credits, licences and consent records for identifiable people."""

    name = "media"
    label = "media"
    verbose_name = _("Media library")

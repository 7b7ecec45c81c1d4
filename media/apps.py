from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaConfig(AppConfig):
    """The image and document libraries: translated alt text and titles,
    credits, licences and consent records for identifiable people; share cards."""

    name = "media"
    label = "media"
    verbose_name = _("Media library")

    def ready(self):
        from wagtail.signals import page_published

        from media import permissions
        from media.jobs import queue_share_cards

        permissions.register()

        page_published.connect(queue_share_cards, dispatch_uid="media_share_cards_on_publish")

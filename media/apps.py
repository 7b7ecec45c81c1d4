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

        from media.share_cards import regenerate_on_publish

        page_published.connect(regenerate_on_publish, dispatch_uid="media_share_cards_on_publish")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HardeningConfig(AppConfig):
    """Production hardening: content security policy helpers, rate limits,
    login lockout messages, upload checks and the backup commands."""

    name = "hardening"
    verbose_name = _("Production hardening")

    def ready(self):
        from django.conf import settings
        from PIL import Image

        # Pillow refuses decompression bombs while reading the header.
        Image.MAX_IMAGE_PIXELS = (
            getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None) or Image.MAX_IMAGE_PIXELS
        )

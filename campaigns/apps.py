from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Awareness campaigns and migrant-rights guides with their help contacts."""

    name = "campaigns"
    verbose_name = _("Campaigns and rights guides")

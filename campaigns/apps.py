from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Awareness campaigns: campaign pages and the campaign index."""

    name = "campaigns"
    verbose_name = _("Campaigns")

    def ready(self):
        from campaigns.search_sources import CampaignSource
        from search import registry

        registry.register(CampaignSource())

"""What campaign pages give search: their title and every translated text
field, per language. Registered in ``CampaignsConfig.ready()``."""

from django.utils.translation import gettext_lazy as _

from campaigns.models import CampaignPage
from search.sources import PageSource


class CampaignSource(PageSource):
    kind = "campaign"
    label = _("Campaign")
    model = CampaignPage

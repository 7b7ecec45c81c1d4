"""What standard pages give search: the introduction first, then the body.
Registered in ``HomeConfig.ready()``."""

from django.utils.translation import gettext_lazy as _

from home.models import StandardPage
from search.sources import PageSource


class StandardPageSource(PageSource):
    kind = "page"
    label = _("Page")
    model = StandardPage
    lead_fields = ("intro",)

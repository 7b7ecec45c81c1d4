"""What rights guides give search: the summary first, then the questions
and answers; their topics and country (a country or the whole region, as
``geography`` codes them) as facets.

Registered in ``RightsConfig.ready()``.
"""

from django.utils.translation import gettext_lazy as _

from geography.places import country_or_region_choices
from rights.models import RightsGuidePage
from search.sources import PageSource, day_start
from taxonomy.topics import rights_topic_choices


class RightsGuideSource(PageSource):
    kind = "rights"
    label = _("Rights guide")
    model = RightsGuidePage
    lead_fields = ("summary",)

    def facets(self, page):
        return {
            "topics": [str(code) for code in page.topics or [] if code],
            "countries": [page.country] if page.country else [],
        }

    def facet_labels(self, facet):
        if facet == "topic":
            return dict(rights_topic_choices())
        if facet == "country":
            return dict(country_or_region_choices())
        return {}

    def date(self, page):
        if page.last_reviewed:
            return day_start(page.last_reviewed)
        return super().date(page)

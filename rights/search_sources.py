"""What rights guides give search: the summary first, then the questions
and answers; their topics and country as facets (the whole region under the
code ``region``, as the statistics library names it).

Registered in ``RightsConfig.ready()``.
"""

from django.utils.translation import gettext_lazy as _

from rights.models import RightsGuidePage
from rights.places import COUNTRY_NAMES, REGION, TOPIC_NAMES
from search.sources import PageSource, day_start


def _facet_country(code):
    return "region" if code == REGION else code


class RightsGuideSource(PageSource):
    kind = "rights"
    label = _("Rights guide")
    model = RightsGuidePage
    lead_fields = ("summary",)

    def facets(self, page):
        return {
            "topics": [str(code) for code in page.topics or [] if code],
            "countries": [_facet_country(page.country)] if page.country else [],
        }

    def facet_labels(self, facet):
        if facet == "topic":
            return {str(code): name for code, name in TOPIC_NAMES.items()}
        if facet == "country":
            return {_facet_country(code): name for code, name in COUNTRY_NAMES.items()}
        return {}

    def date(self, page):
        if page.last_reviewed:
            return day_start(page.last_reviewed)
        return super().date(page)

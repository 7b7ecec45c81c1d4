"""Statistics placed inside a sentence of rich text.

Stored as ``<a linktype="statistic" id="12">53 million</a>``. The link text is
only what the editor saw when choosing: on the site the figure is always
re-rendered from the library (``figures.render_inline_figures``), so a
correction reaches every sentence that cites it. The link handler also tells
Wagtail's reference index about the statistic, so inline figures count as uses.
"""

import re

from django.utils.html import format_html
from wagtail.rich_text import LinkHandler

INLINE_FIGURE_RE = re.compile(
    r'<a\b(?=[^>]*\blinktype="statistic")[^>]*\bid="(?P<id>[^"]*)"[^>]*>(?P<text>.*?)</a>',
    re.DOTALL,
)


def statistic_ids_in_html(html):
    """The ids of the statistics cited inline in ``html`` (database format)."""
    ids = []
    for match in INLINE_FIGURE_RE.finditer(html or ""):
        try:
            ids.append(int(match.group("id")))
        except ValueError:
            ids.append(match.group("id"))
    return ids


class StatisticLinkHandler(LinkHandler):
    """Front-end fallback (e.g. the plain ``richtext`` filter) and reference index."""

    identifier = "statistic"

    @staticmethod
    def get_model():
        from factsheets.models.statistic import Statistic

        return Statistic

    @classmethod
    def expand_db_attributes(cls, attrs):
        return cls.expand_db_attributes_many([attrs])[0]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        from factsheets.links import statistic_urls

        statistics = cls.get_many(attrs_list)
        urls = statistic_urls([s for s in statistics if s is not None and s.live])
        out = []
        for statistic in statistics:
            if statistic is None or not statistic.live:
                out.append("<a>")
            else:
                out.append(format_html('<a class="figure-inline" href="{}">', urls[statistic.pk]))
        return out

    @classmethod
    def extract_references(cls, attrs):
        yield cls.get_model(), attrs["id"], "", ""

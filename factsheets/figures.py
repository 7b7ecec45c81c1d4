"""The figures a page cites, in one query, grouped by source document.

A fact sheet collects every statistic it uses (callouts, charts and inline
figures in rich text) from its stream's raw data and loads the live ones in one
query. Sources are numbered by document, in order of first appearance: one
entry per document (publisher, title, link), listing the figures it supports,
so a report cited thirteen times is listed once. That numbering drives the
sources list and the inline links; downloads list every figure.
"""

import contextvars
import csv
import io
from contextlib import contextmanager
from html import escape as html_escape

from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.rich_text import expand_db_html

from factsheets.rich_text import INLINE_FIGURE_RE, statistic_ids_in_html
from languages.formatting import format_date

_shared = contextvars.ContextVar("factsheets_shared_statistics", default=None)


@contextmanager
def shared_statistics(statistics):
    """While a page renders, the blocks citing ``statistics`` use these very
    instances instead of loading their own: the page's figures come from one
    query and each is formatted once per language."""
    token = _shared.set({statistic.pk: statistic for statistic in statistics})
    try:
        yield
    finally:
        _shared.reset(token)


def shared_statistic(pk):
    """The instance shared by the page being rendered, or ``None``."""
    pool = _shared.get()
    if pool is None or pk in (None, ""):
        return None
    try:
        return pool.get(int(pk))
    except (TypeError, ValueError):
        return None


def _ids_in_value(block_type, value):
    """Statistic ids in one raw stream child, whatever the block type."""
    if block_type == "paragraph" and isinstance(value, str):
        return statistic_ids_in_html(value)
    if block_type == "callout" and isinstance(value, dict):
        return [value.get("statistic")]
    if block_type == "chart" and isinstance(value, dict):
        ids = []
        for item in value.get("statistics") or []:
            ids.append(item.get("value") if isinstance(item, dict) else item)
        return ids
    return []


def statistic_ids_in_stream(stream_value):
    ids = []
    for child in stream_value.raw_data if hasattr(stream_value, "raw_data") else stream_value or []:
        ids.extend(_ids_in_value(child.get("type"), child.get("value")))
    return [pk for pk in dict.fromkeys(ids) if pk not in (None, "")]


class FigureSet:
    """The live statistics a page cites, numbered by first appearance."""

    def __init__(self, ids):
        from factsheets.models.statistic import Statistic

        wanted = []
        for pk in ids:
            try:
                wanted.append(int(pk))
            except (TypeError, ValueError):
                continue
        found = Statistic.objects.live().in_bulk(wanted) if wanted else {}
        self.statistics = [found[pk] for pk in dict.fromkeys(wanted) if pk in found]
        self.by_id = {s.pk: s for s in self.statistics}
        self.documents = []
        by_document = {}
        self.numbers = {}
        for statistic in self.statistics:
            key = (statistic.source_publisher, statistic.source_title, statistic.source_url)
            document = by_document.get(key)
            if document is None:
                document = {
                    "number": len(self.documents) + 1,
                    "publisher": statistic.source_publisher,
                    "title": statistic.source_title,
                    "url": statistic.source_url,
                    "retrieved": statistic.source_retrieved,
                    "statistics": [],
                }
                by_document[key] = document
                self.documents.append(document)
            document["statistics"].append(statistic)
            if statistic.source_retrieved and (
                document["retrieved"] is None or statistic.source_retrieved > document["retrieved"]
            ):
                document["retrieved"] = statistic.source_retrieved
            self.numbers[statistic.pk] = document["number"]
        for document in self.documents:
            document["retrieved_label"] = (
                format_date(document["retrieved"]) if document["retrieved"] else ""
            )

    @classmethod
    def for_stream(cls, stream_value):
        return cls(statistic_ids_in_stream(stream_value))

    def __len__(self):
        return len(self.statistics)

    def __iter__(self):
        return iter(self.entries())

    def number(self, statistic):
        """The number of the source document of ``statistic`` on this page."""
        pk = getattr(statistic, "pk", statistic)
        return self.numbers.get(pk)

    @property
    def key_figure(self):
        """The first figure the page cites: shown next to the short answer."""
        return self.statistics[0] if self.statistics else None

    def entries(self):
        """Every figure, numbered in order of first appearance (downloads)."""
        return [{"number": n, "statistic": s} for n, s in enumerate(self.statistics, start=1)]

    # -- Inline figures --------------------------------------------------------------
    def render_rich_text(self, html):
        """Database-format rich text → front-end HTML with every inline figure
        re-rendered from the library and linked to its entry in the sources."""

        def replace(match):
            try:
                statistic = self.by_id.get(int(match.group("id")))
            except ValueError:
                statistic = None
            if statistic is None:
                # Unpublished or deleted since: a marked gap, never a stale number.
                return format_html(
                    '<span class="figure-gap">[{}]</span>', gettext("figure under review")
                )
            # To the figure's own entry under its source document, which
            # links on to the statistic's page.
            # The standard library's escape: once per figure, format_html's
            # lazy-string checks would cost more than the rest.
            key = html_escape(statistic.key)
            return (
                f'<a class="figure-inline" href="#figure-{key}" data-statistic="{key}">'
                f'<data value="{html_escape(statistic.machine_value)}">'
                f"{html_escape(statistic.formatted_value())}</data>"
                f'<sup class="figure-inline__ref">[{self.numbers[statistic.pk]}]</sup></a>'
            )

        return mark_safe(expand_db_html(INLINE_FIGURE_RE.sub(replace, html or "")))

    # -- Downloads -----------------------------------------------------------------
    FIELDS = [
        "number",
        "key",
        "label",
        "value",
        "formatted_value",
        "unit",
        "qualifier",
        "period",
        "period_start",
        "period_end",
        "geography",
        "geography_label",
        "source_publisher",
        "source_title",
        "source_url",
        "source_retrieved",
    ]

    def as_rows(self, language=None):
        rows = []
        for entry in self.entries():
            data = entry["statistic"].as_data(language)
            data["number"] = entry["number"]
            rows.append({field: data.get(field) for field in self.FIELDS})
        return rows

    def as_csv(self, language=None):
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=self.FIELDS)
        writer.writeheader()
        writer.writerows(self.as_rows(language))
        return buffer.getvalue()

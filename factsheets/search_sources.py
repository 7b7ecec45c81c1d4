"""What fact sheets and the statistics library give search.

- A fact sheet: myth, short answer and body with its figures written out,
  its key figure (the first statistic it cites) as a direct answer, and its
  topics, countries and verdict as facets.
- A statistic: a direct answer (value, period, geography, source), linked to
  its own page, where a reader sees it in context (source, history, the fact
  sheets citing it). Publishing a statistic re-indexes the pages citing it
  (their text shows its value).

Registered in ``FactsheetsConfig.ready()``.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from factsheets.choices import Verdict
from factsheets.figures import FigureSet
from factsheets.models import FactSheetPage, Statistic
from factsheets.references import citing_pages
from geography.places import country_choices, geography_choices
from languages.codes import language_codes
from search.sources import PageSource, SearchDoc, Source, day_start
from search.text import plain_text
from taxonomy.topics import strategic_area_choices


def statistic_answer(statistic, language):
    """What a reader needs to cite a figure: value, period, geography, source."""
    with translation.override(language):
        data = statistic.as_data(language)
        return {
            "label": getattr(statistic, f"label_{language}", None) or statistic.label,
            "value": data["formatted_value"] or str(statistic.value),
            "qualifier": data["qualifier"] or "",
            "period": data["period"] or "",
            "geography": data["geography_label"] or "",
            "source_publisher": data["source_publisher"] or "",
            "source_title": data["source_title"] or "",
            "source_url": data["source_url"] or "",
            "key": data["key"] or "",
        }


class FactSheetSource(PageSource):
    kind = "factsheet"
    label = _("Fact sheet")
    model = FactSheetPage
    lead_fields = ("myth", "short_answer")

    def facets(self, page):
        return {
            "topics": [str(code) for code in page.topics or [] if code],
            "countries": [str(code) for code in page.countries or [] if code],
            "verdict": page.verdict or "",
        }

    def facet_labels(self, facet):
        if facet == "topic":
            return dict(strategic_area_choices())
        if facet == "country":
            return dict(country_choices())
        if facet == "verdict":
            return dict(Verdict.choices)
        return {}

    def date(self, page):
        if page.last_reviewed:
            return day_start(page.last_reviewed)
        return super().date(page)

    def text(self, page, language):
        lead = " ".join(
            plain_text(getattr(page, f"{name}_{language}", None)) for name in self.lead_fields
        )
        stream = getattr(page, f"body_{language}", None)
        figures = FigureSet.for_stream(stream) if stream else None
        parts = [lead]
        with translation.override(language):
            for child in stream or []:
                if (
                    child.block_type == "paragraph"
                    and figures is not None
                    and hasattr(child.value, "source")
                ):
                    parts.append(plain_text(figures.render_rich_text(child.value.source)))
                else:
                    parts.append(plain_text(child.value, child.block))
            for statistic in getattr(figures, "statistics", []):
                parts.append(f"{statistic.label} {statistic.formatted_value(language)}")
        return " ".join(part for part in parts if part)

    def documents(self, page):
        docs = super().documents(page)
        for doc in docs:
            stream = getattr(page, f"body_{doc.language}", None)
            figures = FigureSet.for_stream(stream) if stream else None
            if figures is not None and figures.statistics:
                doc.answer = statistic_answer(figures.statistics[0], doc.language)
        return docs


class StatisticSource(Source):
    """A figure of the statistics library, answered directly (value, period, source)."""

    kind = "statistic"
    label = _("Statistic")
    model = Statistic
    answers = True

    def queryset(self):
        return Statistic.objects.live().order_by("pk")

    def dependents(self, statistic):
        return list(citing_pages(statistic, live_only=True))

    def facet_labels(self, facet):
        return dict(geography_choices()) if facet == "country" else {}

    def documents(self, statistic):
        return self.documents_in_bulk([statistic])[statistic.pk]

    def documents_in_bulk(self, statistics):
        return {
            statistic.pk: self._documents(statistic) if statistic.live else []
            for statistic in statistics
        }

    def _documents(self, statistic):
        languages = [
            code for code in language_codes() if getattr(statistic, f"label_{code}", None)
        ] or [settings.LANGUAGE_CODE]
        end = statistic.period_end or statistic.period_start
        docs = []
        for language in languages:
            answer = statistic_answer(statistic, language)
            text = " ".join(
                part
                for part in (
                    answer["value"],
                    answer["geography"],
                    answer["period"],
                    answer["source_title"],
                    answer["source_publisher"],
                    plain_text(getattr(statistic, f"notes_{language}", None) or ""),
                )
                if part
            )
            docs.append(
                SearchDoc(
                    kind=self.kind,
                    object_id=statistic.pk,
                    language=language,
                    title=answer["label"],
                    text=text,
                    url=statistic.page_url(language),
                    countries=[statistic.geography] if statistic.geography else [],
                    year=end.year if end else None,
                    date=day_start(end) if end else None,
                    answer=answer,
                )
            )
        return docs

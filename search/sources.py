"""What gets indexed: one ``SearchDoc`` per published item per language.

Each content type is a ``Source``; the models belong to other apps and are
looked up by label, so a source whose app has no model yet is skipped. Both
backends index exactly these documents (Elasticsearch, and the database
table ``search.SearchEntry``), so they answer the same questions.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from wagtail.models import Page

from languages.fallback import translated_languages
from search.text import plain_text

# Page fields that are not reading text.
SKIP_FIELDS = {"title", "slug", "seo_title", "url_path", "search_description"}


@dataclass
class SearchDoc:
    kind: str
    object_id: int
    language: str
    title: str
    text: str
    url: str
    topics: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    verdict: str = ""
    year: int | None = None
    date: datetime.datetime | None = None
    answer: dict | None = None

    @property
    def key(self):
        return doc_key(self.kind, self.object_id, self.language)


def doc_key(kind, object_id, language):
    return f"{kind}-{object_id}-{language}"


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def _as_list(value):
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if hasattr(value, "all"):  # a related manager
        return [getattr(item, "slug", None) or str(item.pk) for item in value.all()]
    return [str(item) for item in value if item]


def _country(code):
    return "region" if code == "REGION" else code


def _translated_fields(model):
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return [name for name in options.all_fields if name not in SKIP_FIELDS]


def statistic_answer(statistic, language):
    """What a reader needs to cite a figure: value, period, geography, source."""
    with translation.override(language):
        data = statistic.as_data(language) if hasattr(statistic, "as_data") else {}
        return {
            "label": getattr(statistic, f"label_{language}", None) or statistic.label,
            "value": data.get("formatted_value") or str(getattr(statistic, "value", "")),
            "qualifier": data.get("qualifier") or "",
            "period": data.get("period") or "",
            "geography": data.get("geography_label") or "",
            "source_publisher": data.get("source_publisher") or "",
            "source_title": data.get("source_title") or "",
            "source_url": data.get("source_url") or "",
            "key": data.get("key") or "",
        }


def site_path(page):
    """The page's path below the site root, without language: ``/facts/x/``."""
    parts = page.url_path.strip("/").split("/")[1:]
    return "/" + "".join(f"{part}/" for part in parts)


class Source:
    kind = ""
    label = ""
    model_label = ""

    def model(self):
        try:
            return apps.get_model(self.model_label)
        except LookupError:
            return None

    def handles(self, obj):
        model = self.model()
        return model is not None and isinstance(obj, model)

    def queryset(self):
        raise NotImplementedError

    def documents(self, obj):
        raise NotImplementedError


class PageSource(Source):
    """A page type: its title and every translated text field, per language."""

    #: Fields shown first in the snippet when nothing matched in them.
    lead_fields = ("search_description",)

    def queryset(self):
        model = self.model()
        if model is None:
            return Page.objects.none()
        return model.objects.live().public().order_by("pk")

    def handles(self, obj):
        model = self.model()
        return model is not None and type(obj) is model

    def facets(self, page):
        return {
            "topics": _as_list(getattr(page, "topics", None)),
            "countries": [
                _country(c)
                for c in _as_list(
                    getattr(page, "countries", None) or getattr(page, "country", None)
                )
            ],
            "verdict": getattr(page, "verdict", "") or "",
        }

    def date(self, page):
        return page.last_published_at or page.first_published_at

    def year(self, page):
        date = self.date(page)
        return date.year if date else None

    def text(self, page, language):
        fields = [*self.lead_fields, *_translated_fields(type(page))]
        seen, parts = set(), []
        for name in fields:
            if name in seen:
                continue
            seen.add(name)
            value = getattr(page, f"{name}_{language}", None)
            parts.append(plain_text(value))
        return " ".join(part for part in parts if part)

    def documents(self, page):
        facets = self.facets(page)
        date = self.date(page)
        docs = []
        for language in translated_languages(page):
            title = getattr(page, f"title_{language}", None) or page.title
            docs.append(
                SearchDoc(
                    kind=self.kind,
                    object_id=page.pk,
                    language=language,
                    title=title,
                    text=self.text(page, language),
                    url=f"/{language}{site_path(page)}",
                    date=date,
                    year=self.year(page),
                    **facets,
                )
            )
        return docs


class FactSheetSource(PageSource):
    """A fact sheet: myth, short answer and body (with its figures written
    out), and its key figure (the first statistic it cites) as a direct answer."""

    kind = "factsheet"
    label = _("Fact sheet")
    model_label = "factsheets.FactSheetPage"
    lead_fields = ("myth", "short_answer")

    def date(self, page):
        reviewed = getattr(page, "last_reviewed", None)
        if reviewed:
            return datetime.datetime.combine(reviewed, datetime.time(), tzinfo=datetime.UTC)
        return super().date(page)

    def _figures(self, stream):
        try:
            from factsheets.figures import FigureSet
        except ImportError:
            return None
        return FigureSet.for_stream(stream)

    def text(self, page, language):
        lead = " ".join(
            plain_text(getattr(page, f"{name}_{language}", None)) for name in self.lead_fields
        )
        stream = getattr(page, f"body_{language}", None)
        figures = self._figures(stream) if stream else None
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
            figures = self._figures(stream) if stream else None
            if figures is not None and figures.statistics:
                doc.answer = statistic_answer(figures.statistics[0], doc.language)
        return docs


class CampaignSource(PageSource):
    kind = "campaign"
    label = _("Campaign")
    model_label = "campaigns.CampaignPage"


class RightsGuideSource(PageSource):
    kind = "rights"
    label = _("Rights guide")
    model_label = "rights.RightsGuidePage"
    lead_fields = ("summary",)

    def date(self, page):
        reviewed = getattr(page, "last_reviewed", None)
        if reviewed:
            return datetime.datetime.combine(reviewed, datetime.time(), tzinfo=datetime.UTC)
        return super().date(page)


class StandardPageSource(PageSource):
    kind = "page"
    label = _("Page")
    model_label = "home.StandardPage"
    lead_fields = ("intro",)


class StatisticSource(Source):
    """A figure of the statistics library, answered directly (value, period, source)."""

    kind = "statistic"
    label = _("Statistic")
    model_label = "factsheets.Statistic"

    def queryset(self):
        model = self.model()
        if model is None:
            return []
        manager = model.objects
        return (manager.live() if hasattr(manager, "live") else manager.all()).order_by("pk")

    def _citing_page_path(self, statistic):
        """A fact sheet citing the statistic, where a reader sees it in context."""
        for page in citing_pages(statistic):
            return site_path(page)
        return None

    def documents(self, statistic):
        if getattr(statistic, "live", True) is False:
            return []
        languages = [
            code for code in language_codes() if getattr(statistic, f"label_{code}", None)
        ] or [settings.LANGUAGE_CODE]
        path = self._citing_page_path(statistic)
        start = getattr(statistic, "period_start", None)
        end = getattr(statistic, "period_end", None) or start
        date = datetime.datetime.combine(end, datetime.time(), tzinfo=datetime.UTC) if end else None
        geography = getattr(statistic, "geography", "")
        docs = []
        for language in languages:
            answer = statistic_answer(statistic, language)
            label = answer["label"]
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
                    title=label,
                    text=text,
                    url=f"/{language}{path}" if path else "",
                    countries=[_country(geography)] if geography else [],
                    year=end.year if end else None,
                    date=date,
                    answer=answer,
                )
            )
        return docs


SOURCES = [
    FactSheetSource(),
    StatisticSource(),
    CampaignSource(),
    RightsGuideSource(),
    StandardPageSource(),
]


def sources():
    return [source for source in SOURCES if source.model() is not None]


def source_for(obj):
    for source in sources():
        if source.handles(obj):
            return source
    return None


def source_by_kind(kind):
    for source in SOURCES:
        if source.kind == kind:
            return source
    return None


def citing_pages(obj):
    """Live pages that cite ``obj`` (e.g. a statistic), in tree order."""
    from factsheets.references import citing_pages

    return list(citing_pages(obj, live_only=True))

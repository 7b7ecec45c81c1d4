"""What a search returns, whichever backend answered: hits, facets, answers."""

import math
from dataclasses import dataclass, field

from search import conf, registry
from search.facets import label, language_label

ELASTICSEARCH = "elasticsearch"
DATABASE = "database"


@dataclass
class Hit:
    kind: str
    object_id: int
    language: str
    title: str  # safe HTML (escaped, matches in <mark>)
    snippet: str  # safe HTML
    url: str
    date: object = None
    year: int | None = None
    answer: dict | None = None
    topics: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    verdict: str = ""

    @property
    def kind_label(self):
        return label("type", self.kind)

    @property
    def language_label(self):
        return language_label(self.language)

    @property
    def is_answer(self):
        """A direct answer (a statistic), not a page that may show one."""
        return self.kind in registry.answer_kinds()

    @property
    def verdict_label(self):
        return label("verdict", self.verdict) if self.verdict else ""

    def as_json(self):
        return {
            "type": self.kind,
            "id": self.object_id,
            "language": self.language,
            "title": str(self.title),
            "snippet": str(self.snippet),
            "url": self.url,
            "date": self.date.isoformat() if hasattr(self.date, "isoformat") else self.date,
            "year": self.year,
            "topics": self.topics,
            "countries": self.countries,
            "verdict": self.verdict or None,
            "answer": self.answer,
        }


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SearchResponse:
    params: object
    backend: str
    hits: list = field(default_factory=list)
    total: int = 0
    facets: dict = field(default_factory=dict)  # name -> [FacetValue]
    languages: list = field(default_factory=list)  # [FacetValue] over all languages
    answers: list = field(default_factory=list)  # answers (statistics), first page only
    corrected: str = ""  # the query actually run when the typed one matched nothing
    fallback: bool = False
    more_than_total: bool = False  # more matches than counted: counts are estimates

    @property
    def pages(self):
        return min(conf.MAX_PAGE, max(1, math.ceil(self.total / conf.PAGE_SIZE)))

    def as_json(self):
        return {
            "query": self.params.q,
            "corrected_query": self.corrected or None,
            "backend": self.backend,
            "fallback": self.fallback,
            "language": self.params.language or self.params.lang,
            "sort": self.params.sort,
            "page": self.params.page,
            "pages": self.pages,
            "total": self.total,
            "more_than_total": self.more_than_total,
            "answers": [hit.as_json() for hit in self.answers],
            "results": [hit.as_json() for hit in self.hits],
            "facets": {
                name: [
                    {"value": v.value, "label": v.label, "count": v.count, "selected": v.selected}
                    for v in values
                ]
                for name, values in {**self.facets, "language": self.languages}.items()
            },
            "errors": [str(e) for e in self.params.errors],
        }


def answer_kinds_for(params):
    """The kinds answered on top (statistics) that the reader's type filter allows."""
    chosen = params.filters.get("type")
    return [kind for kind in registry.answer_kinds() if chosen is None or kind in chosen]


def facet_values(name, counts, params):
    selected = set(params.filters.get(name, []))
    values = [
        FacetValue(str(v), label(name, v), c, str(v) in selected)
        for v, c in counts
        if v not in (None, "")
    ]
    if name == "year":
        values.sort(key=lambda v: v.value, reverse=True)
    else:
        values.sort(key=lambda v: (-v.count, v.label))
    return values


def language_values(counts, params):
    chosen = params.language or params.lang
    return [
        FacetValue(code, language_label(code), count, code == chosen)
        for code, count in sorted(counts, key=lambda item: -item[1])
    ]

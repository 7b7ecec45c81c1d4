"""Search logic: one request in, one ``SearchResponse`` out, from either engine.

``search(params)`` asks Elasticsearch when it is configured and falls back to
the database backend when the engine is unreachable, times out or errors.
User text reaches Elasticsearch only through ``multi_match`` (never
``query_string``), and the database backend only as folded, stemmed words.
Nothing here logs the query.
"""

import difflib
import logging
import math
import time
from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count
from django.utils.html import escape
from django.utils.safestring import mark_safe
from elasticsearch.exceptions import ApiError, TransportError
from wagtail.search.query import Or, PlainText

from languages.codes import language_codes
from search import breaker, conf, registry
from search.connection import get_client
from search.facets import FACETS, label, language_label
from search.indexing import database_backend
from search.models import SearchEntry, SearchEntryFacet
from search.text import fold, highlight, stems, words

logger = logging.getLogger(__name__)

ENGINE_ERRORS = (TransportError, ApiError, OSError)
RERANK_DEPTH = 3000  # matches ranked in Python; later ones follow by date
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


def _answer_kinds(params):
    """The kinds answered on top (statistics) that the reader's type filter allows."""
    chosen = params.filters.get("type")
    return [kind for kind in registry.answer_kinds() if chosen is None or kind in chosen]


def _facet_values(name, counts, params):
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


def _language_values(counts, params):
    chosen = params.language or params.lang
    return [
        FacetValue(code, language_label(code), count, code == chosen)
        for code, count in sorted(counts, key=lambda item: -item[1])
    ]


# ------------------------------------------------------------------------------
# Elasticsearch
# ------------------------------------------------------------------------------
class BudgetSpent(Exception):
    """The search's time budget is spent: no further engine call starts."""


class ElasticsearchSearch:
    """Up to four engine calls per search (results, spelling suggestion,
    corrected results, direct answers), all within one time budget
    (``SEARCH_TIMEOUT``): each call may only take what is left of it."""

    name = ELASTICSEARCH
    MIN_CALL_SECONDS = 0.05

    def __init__(self, client, budget=None):
        self.client = client
        self.deadline = time.monotonic() + (budget or conf.timeout())

    def _search(self, body):
        remaining = self.deadline - time.monotonic()
        if remaining < self.MIN_CALL_SECONDS:
            raise BudgetSpent
        return self.client.options(request_timeout=remaining).search(
            index=conf.alias_name(), body=body
        )

    def _fields(self, languages):
        fields = []
        for code in languages:
            fields += [
                f"title_{code}^4",
                f"title_{code}.folded^3",
                f"body_{code}",
                f"body_{code}.folded",
            ]
        return fields

    def _text_query(self, q, languages):
        fields = self._fields(languages)
        return {
            "bool": {
                "should": [
                    # Every word, exactly (after folding and stemming): ranks first.
                    {
                        "multi_match": {
                            "query": q,
                            "fields": fields,
                            "type": "cross_fields",
                            "operator": "and",
                            "boost": 3,
                        }
                    },
                    # Spelling tolerance: most words, approximately.
                    {
                        "multi_match": {
                            "query": q,
                            "fields": fields,
                            "fuzziness": "AUTO",
                            "prefix_length": 1,
                            "minimum_should_match": "2<75%",
                        }
                    },
                ],
                "minimum_should_match": 1,
            }
        }

    def _filters(self, params, kinds=None):
        filters = []
        for name, values in params.filters.items():
            field_name = FACETS[name].field
            values = [int(v) for v in values] if name == "year" else values
            filters.append({"terms": {field_name: values}})
        if kinds:
            filters.append({"terms": {"kind": kinds}})
        return filters

    def _body(self, params, q, size, offset, kinds=None, with_aggs=True, language_filter=True):
        languages = params.languages
        query = {"bool": {"filter": self._filters(params, kinds)}}
        if q:
            # Every language's fields: the language facet counts matches in each,
            # while the post_filter keeps the hits to the languages asked for.
            every = language_codes()
            query["bool"]["must"] = [self._text_query(q, every if language_filter else languages)]
            # Answers (statistics) are shown on top already: pages come first in the list.
            query["bool"]["should"] = [
                {
                    "constant_score": {
                        "filter": {
                            "bool": {"must_not": [{"terms": {"kind": registry.answer_kinds()}}]}
                        },
                        "boost": 2,
                    }
                }
            ]
        language_term = {"terms": {"language": languages}}
        body = {
            "query": query,
            "from": offset,
            "size": size,
            "track_total_hits": True,
            "_source": {"excludes": ["body_*"]},
            "highlight": {
                "pre_tags": ["<mark>"],
                "post_tags": ["</mark>"],
                "encoder": "html",
                "fields": {
                    **{f"title_{c}.folded": {"number_of_fragments": 0} for c in languages},
                    **{
                        f"body_{c}.folded": {
                            "fragment_size": 200,
                            "number_of_fragments": 1,
                            "no_match_size": 200,
                        }
                        for c in languages
                    },
                },
            },
        }
        if language_filter:
            body["post_filter"] = language_term
        if params.sort == "newest" or not q:
            body["sort"] = [{"date": {"order": "desc", "missing": "_last"}}, "_score"]
        if with_aggs:
            facet_aggs = {
                name: {"terms": {"field": facet.field, "size": 50}}
                for name, facet in FACETS.items()
            }
            body["aggs"] = {
                "language": {"terms": {"field": "language", "size": 20}},
                "filtered": {"filter": language_term, "aggs": facet_aggs},
            }
        return body

    def _hit(self, raw, q):
        source = raw["_source"]
        code = source.get("language")
        highlights = raw.get("highlight", {})
        title = (
            highlights.get(f"title_{code}.folded") or [escape(source.get(f"title_{code}", ""))]
        )[0]
        snippet = (highlights.get(f"body_{code}.folded") or [""])[0]
        return Hit(
            kind=source.get("kind"),
            object_id=source.get("object_id"),
            language=code,
            title=mark_safe(title),
            snippet=mark_safe(snippet),
            url=source.get("url", ""),
            date=source.get("date"),
            year=source.get("year"),
            answer=source.get("answer"),
            topics=source.get("topics") or [],
            countries=source.get("countries") or [],
            verdict=source.get("verdict") or "",
        )

    def _suggest(self, q, languages):
        body = {
            "size": 0,
            "suggest": {
                f"s_{code}": {
                    "text": q,
                    "term": {"field": f"title_{code}.plain", "suggest_mode": "missing"},
                }
                for code in languages
            },
        }
        raw = self._search(body)
        best = None
        for code in languages:
            corrected, changed = [], False
            for entry in raw.get("suggest", {}).get(f"s_{code}", []):
                options = entry.get("options") or []
                if options:
                    corrected.append(options[0]["text"])
                    changed = True
                else:
                    corrected.append(entry["text"])
            if changed:
                best = " ".join(corrected)
                break
        return best

    def run(self, params):
        response = SearchResponse(params=params, backend=self.name)
        offset = (params.page - 1) * conf.PAGE_SIZE
        raw = self._search(self._body(params, params.q, conf.PAGE_SIZE, offset))
        q = params.q
        if q and raw["hits"]["total"]["value"] == 0 and not params.filters:
            corrected = self._optional(self._suggest, q, params.languages)
            if corrected and fold(corrected) != fold(q):
                retry = self._optional(
                    self._search, self._body(params, corrected, conf.PAGE_SIZE, offset)
                )
                if retry and retry["hits"]["total"]["value"]:
                    raw, response.corrected, q = retry, corrected, corrected
        response.total = raw["hits"]["total"]["value"]
        response.hits = [self._hit(hit, q) for hit in raw["hits"]["hits"]]
        aggs = raw.get("aggregations", {})
        response.languages = _language_values(
            [(b["key"], b["doc_count"]) for b in aggs.get("language", {}).get("buckets", [])],
            params,
        )
        filtered = aggs.get("filtered", {})
        for name in FACETS:
            buckets = filtered.get(name, {}).get("buckets", [])
            response.facets[name] = _facet_values(
                name, [(b["key"], b["doc_count"]) for b in buckets], params
            )
        answer_kinds = _answer_kinds(params)
        if q and params.page == 1 and answer_kinds:
            answers = self._optional(
                self._search, self._body(params, q, 2, 0, kinds=answer_kinds, with_aggs=False)
            )
            if answers:
                response.answers = [self._hit(hit, q) for hit in answers["hits"]["hits"]]
        return response

    def _optional(self, call, *args):
        """A call the results can do without: skipped once the budget is spent."""
        try:
            return call(*args)
        except BudgetSpent:
            return None


# ------------------------------------------------------------------------------
# Database
# ------------------------------------------------------------------------------
class DatabaseSearch:
    """Wagtail's database backend over ``SearchEntry``; facets with the ORM."""

    name = DATABASE

    def __init__(self):
        self.backend = database_backend()

    def _filtered(self, params, kinds=None, languages=True):
        queryset = SearchEntry.objects.all()
        if languages:
            queryset = queryset.filter(language__in=params.languages)
        for name, values in params.filters.items():
            if name == "type":
                queryset = queryset.filter(kind__in=values)
            elif name == "verdict":
                queryset = queryset.filter(verdict__in=values)
            elif name == "year":
                queryset = queryset.filter(year__in=[int(v) for v in values])
            else:
                facet = "topic" if name == "topic" else "country"
                queryset = queryset.filter(
                    pk__in=SearchEntryFacet.objects.filter(facet=facet, value__in=values).values(
                        "entry_id"
                    )
                )
        if kinds:
            queryset = queryset.filter(kind__in=kinds)
        return queryset

    def _query(self, q, languages, operator):
        parts = []
        for code in languages:
            terms = [t for t in dict.fromkeys(stems(q, code)) if t]
            if terms:
                parts.append(PlainText(" ".join(terms), operator=operator))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Or(parts)

    def _matching(self, params, q, queryset, operator, languages=None):
        """An unsliced queryset of the entries matching ``q``.

        The engine only selects; ranking happens in ``_reranked_page`` (asking
        the engine to order by its score costs a correlated full-text query
        per matching row).
        """
        languages = languages or params.languages
        if _is_sqlite_fts(self.backend):
            ids = _sqlite_fts_ids(q, languages, operator)
            if ids is None:
                return None
            return queryset.filter(pk__in=ids).order_by("-date", "-id")

        query = self._query(q, languages, operator)
        if query is None:
            return None
        results = self.backend.search(query, queryset.order_by(), order_by_relevance=False)
        compiler = results.query_compiler
        if hasattr(compiler, "search"):  # PostgreSQL (and SQLite) compilers
            matched = compiler.search(compiler.get_config(self.backend), None, None)
        else:  # the plain fallback backend (no full-text support in the database)
            matched = SearchEntry.objects.filter(pk__in=[entry.pk for entry in results])
        return matched.order_by("-date", "-id")

    def _search(self, params, q, queryset, languages=None):
        """AND first (every word), then OR (most words, best first)."""
        matched = self._matching(params, q, queryset, "and", languages)
        if matched is not None and not matched.exists():
            matched = self._matching(params, q, queryset, "or", languages)
        return matched

    def _vocabulary(self, language):
        """Folded words of titles and texts → their most common written form."""
        version = SearchEntry.objects.filter(language=language).aggregate(
            n=Count("pk"), m=models_max("pk")
        )
        key = f"search:vocabulary:{language}:{version['n']}:{version['m']}"
        vocabulary = cache.get(key)
        if vocabulary is None:
            counter = Counter()
            for title, text in SearchEntry.objects.filter(language=language).values_list(
                "display_title", "display_text"
            )[:5000]:
                counter.update(w for w in _words_as_written(f"{title} {text}") if len(w) > 3)
            vocabulary = {}
            for written, _count in counter.most_common():
                vocabulary.setdefault(fold(written), written)
            cache.set(key, vocabulary, 3600)
        return vocabulary

    def _correct(self, q, languages):
        for code in languages:
            vocabulary = self._vocabulary(code)
            if not vocabulary:
                continue
            corrected, changed = [], False
            for word in words(q):
                if word in vocabulary or len(word) <= 3:
                    corrected.append(vocabulary.get(word, word))
                    continue
                close = difflib.get_close_matches(word, list(vocabulary), n=1, cutoff=0.75)
                if close:
                    corrected.append(vocabulary[close[0]])
                    changed = True
                else:
                    corrected.append(word)
            if changed:
                return " ".join(corrected)
        return None

    def _reranked_page(self, matched, q, params, offset):
        """Rank the matches: entries containing more of the query's words
        first, pages before answers (statistics, shown on top), then words in the
        title, then how densely the words occur, then the newest."""
        wanted = {code: stems(q, code) for code in params.languages}
        answer_kinds = set(registry.answer_kinds())
        scored = []
        rows = matched.values_list("pk", "kind", "language", "title", "body")[:RERANK_DEPTH]
        for rank, (pk, kind, language, title, body) in enumerate(rows):
            terms = set(wanted.get(language) or ())
            title_words = title.split()
            body_words = body.split()
            present = set(title_words) | set(body_words)
            hits = sum(1 for word in body_words if word in terms) + 2 * sum(
                1 for w in title_words if w in terms
            )
            density = hits / (len(body_words) + len(title_words) + 20)
            scored.append(
                (
                    -len(terms & present),
                    kind in answer_kinds,
                    -len(terms & set(title_words)),
                    -density,
                    rank,
                    pk,
                )
            )
        scored.sort()
        ids = [key[-1] for key in scored[offset : offset + conf.PAGE_SIZE]]
        entries = SearchEntry.objects.filter(pk__in=ids).prefetch_related("facets").in_bulk()
        return [entries[pk] for pk in ids if pk in entries]

    def _hit(self, entry, q):
        return Hit(
            kind=entry.kind,
            object_id=entry.source_id,
            language=entry.language,
            title=highlight(entry.display_title, q, entry.language, length=500),
            snippet=highlight(entry.display_text, q, entry.language) if entry.display_text else "",
            url=entry.url,
            date=entry.date,
            year=entry.year,
            answer=entry.answer,
            topics=[f.value for f in entry.facets.all() if f.facet == "topic"],
            countries=[f.value for f in entry.facets.all() if f.facet == "country"],
            verdict=entry.verdict,
        )

    def _facets(self, response, params, matched_all, matched):
        ids = matched.values("pk")
        response.languages = _language_values(
            list(matched_all.values_list("language").annotate(n=Count("pk")).order_by()), params
        )
        scoped = SearchEntry.objects.filter(pk__in=ids)
        for name, column in (("type", "kind"), ("verdict", "verdict"), ("year", "year")):
            counts = scoped.values_list(column).annotate(n=Count("pk")).order_by()
            response.facets[name] = _facet_values(name, list(counts), params)
        many = (
            SearchEntryFacet.objects.filter(entry_id__in=ids)
            .values_list("facet", "value")
            .annotate(n=Count("entry_id"))
            .order_by()
        )
        grouped = {"topic": [], "country": []}
        for facet, value, count in many:
            grouped.setdefault(facet, []).append((value, count))
        response.facets["topic"] = _facet_values("topic", grouped["topic"], params)
        response.facets["country"] = _facet_values("country", grouped["country"], params)
        ordered = {name: response.facets.get(name, []) for name in FACETS}
        response.facets = ordered

    def run(self, params):
        response = SearchResponse(params=params, backend=self.name)
        q = params.q
        base = self._filtered(params)
        if q:
            matched = self._search(params, q, base)
            if matched is None:
                matched = base.none()
            elif not matched.exists() and not params.filters:
                corrected = self._correct(q, params.languages)
                if corrected:
                    retry = self._search(params, corrected, base)
                    if retry is not None and retry.exists():
                        matched, q, response.corrected = retry, corrected, corrected
            every = language_codes()
            matched_all = self._search(params, q, self._filtered(params, languages=False), every)
            if matched_all is None:
                matched_all = base.none()
            if not _is_sqlite_fts(self.backend):
                matched = _materialised(matched)
        else:
            matched = base.order_by("-date", "-id")
            matched_all = self._filtered(params, languages=False)
        response.total = matched.count()
        offset = (params.page - 1) * conf.PAGE_SIZE
        if q and params.sort == "relevance" and offset + conf.PAGE_SIZE <= RERANK_DEPTH:
            page = self._reranked_page(matched, q, params, offset)
        else:
            page = list(matched.prefetch_related("facets")[offset : offset + conf.PAGE_SIZE])
        response.hits = [self._hit(entry, q) for entry in page]
        self._facets(response, params, matched_all, matched)
        answer_kinds = _answer_kinds(params)
        if q and params.page == 1 and answer_kinds:
            answers = self._search(params, q, self._filtered(params, kinds=answer_kinds))
            if answers is not None:
                response.answers = [
                    self._hit(entry, q) for entry in self._reranked_page(answers, q, params, 0)[:2]
                ]
        return response


def _is_sqlite_fts(backend):
    return type(backend).__name__ == "SQLiteSearchBackend"


def _sqlite_fts_ids(q, languages, operator):
    """A subquery of the entry ids matching ``q`` in Wagtail's SQLite FTS5
    index. (Wagtail's compiler joins the FTS table inside an IN subquery that
    SQLite runs once per index row: seconds at a few thousand entries.) The
    match expression holds only quoted folded word stems, passed as a
    parameter."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models.expressions import RawSQL
    from wagtail.search.models import IndexEntry

    joiner = " AND " if operator == "and" else " OR "
    groups = []
    for code in languages:
        terms = [t for t in dict.fromkeys(stems(q, code)) if t]
        if terms:
            groups.append("(" + joiner.join(f'"{term}"' for term in terms) + ")")
    if not groups:
        return None
    expression = "{title body} : (" + " OR ".join(dict.fromkeys(groups)) + ")"
    table = IndexEntry._meta.db_table
    content_type = ContentType.objects.get_for_model(SearchEntry)
    # The FTS MATCH runs once, in a plain (non-correlated) subquery.
    return RawSQL(
        f"SELECT CAST(object_id AS INTEGER) FROM {table} WHERE content_type_id = %s "
        f"AND id IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH %s)",
        [content_type.pk, expression],
    )


def _materialised(queryset, limit=20_000):
    """The matches as a list of ids (one full-text query instead of one per
    facet), unless there are so many that a subquery is cheaper."""
    ids = list(queryset.values_list("pk", flat=True)[: limit + 1])
    if len(ids) > limit:
        return queryset
    return SearchEntry.objects.filter(pk__in=ids).order_by("-date", "-id")


def _words_as_written(text):
    import re

    return re.findall(r"\w+", text or "")


def models_max(name):
    from django.db.models import Max

    return Max(name)


# ------------------------------------------------------------------------------
# Entry point
# ------------------------------------------------------------------------------
def search(params):
    """Answer ``params`` from Elasticsearch if configured, else (or on failure,
    or while the circuit breaker is open after a failure) the database."""
    client = get_client()
    if client is None:
        return DatabaseSearch().run(params)
    if breaker.engine_allowed():
        try:
            return ElasticsearchSearch(client).run(params)
        except (*ENGINE_ERRORS, BudgetSpent) as error:
            # The type of error only: the query must never reach a log.
            breaker.record_failure(error)
    response = DatabaseSearch().run(params)
    response.fallback = True
    return response

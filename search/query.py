"""Search logic: one request in, one ``SearchResponse`` out, from either engine.

``search(params)`` asks Elasticsearch when it is configured and falls back to
the database backend (``search.database``) when the engine is unreachable,
times out or errors. User text reaches Elasticsearch only through
``multi_match`` (never ``query_string``), and the database backend only as
folded words. Nothing here logs the query.
"""

import logging
import time

from django.utils.html import escape
from django.utils.safestring import mark_safe
from elasticsearch.exceptions import ApiError, TransportError

from languages.codes import language_codes
from search import breaker, conf, registry
from search.connection import get_client
from search.database import DatabaseSearch
from search.facets import FACETS
from search.results import (
    ELASTICSEARCH,
    Hit,
    SearchResponse,
    answer_kinds_for,
    facet_values,
    language_values,
)
from search.text import fold

logger = logging.getLogger(__name__)

ENGINE_ERRORS = (TransportError, ApiError, OSError)

__all__ = ["DatabaseSearch", "ElasticsearchSearch", "search"]


# ------------------------------------------------------------------------------
# Elasticsearch
# ------------------------------------------------------------------------------
class BudgetSpent(Exception):
    """The search's time budget is spent: no further engine call starts."""


class ElasticsearchSearch:
    """One engine request per search: results, facets (aggregations), direct
    answers (a ``top_hits`` aggregation) and spelling suggestions together.
    Only a query that matches nothing and has a better spelling makes a
    second request, for the corrected words. Both share one time budget
    (``SEARCH_TIMEOUT``): the second may only take what is left of it."""

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

    def _filters(self, params):
        filters = []
        for name, values in params.filters.items():
            field_name = FACETS[name].field
            values = [int(v) for v in values] if name == "year" else values
            filters.append({"terms": {field_name: values}})
        return filters

    def _body(self, params, q, size, offset, answer_kinds=(), suggest=False):
        languages = params.languages
        query = {"bool": {"filter": self._filters(params)}}
        if q:
            # Every language's fields: the language facet counts matches in each,
            # while the post_filter keeps the hits to the languages asked for.
            query["bool"]["must"] = [self._text_query(q, language_codes())]
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
        body["post_filter"] = language_term
        if params.sort == "newest" or not q:
            body["sort"] = [{"date": {"order": "desc", "missing": "_last"}}, "_score"]
        facet_aggs = {
            name: {"terms": {"field": facet.field, "size": 50}} for name, facet in FACETS.items()
        }
        body["aggs"] = {
            "language": {"terms": {"field": "language", "size": 20}},
            "filtered": {"filter": language_term, "aggs": facet_aggs},
        }
        if answer_kinds:
            body["aggs"]["answers"] = {
                "filter": {
                    "bool": {"filter": [language_term, {"terms": {"kind": list(answer_kinds)}}]}
                },
                "aggs": {
                    "top": {
                        "top_hits": {
                            "size": 2,
                            "_source": {"excludes": ["body_*"]},
                            "highlight": body["highlight"],
                        }
                    }
                },
            }
        if suggest:
            body["suggest"] = {
                f"s_{code}": {
                    "text": q,
                    "term": {"field": f"title_{code}.plain", "suggest_mode": "missing"},
                }
                for code in languages
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

    def _suggestion(self, raw, languages):
        """The corrected query the engine suggests, in the first language it has one for."""
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
                return " ".join(corrected)
        return None

    def run(self, params):
        response = SearchResponse(params=params, backend=self.name)
        offset = (params.page - 1) * conf.PAGE_SIZE
        q = params.q
        kinds = answer_kinds_for(params) if q and params.page == 1 else []
        raw = self._search(
            self._body(params, q, conf.PAGE_SIZE, offset, answer_kinds=kinds, suggest=bool(q))
        )
        if q and raw["hits"]["total"]["value"] == 0 and not params.filters:
            corrected = self._suggestion(raw, params.languages)
            if corrected and fold(corrected) != fold(q):
                retry = self._optional(
                    self._search,
                    self._body(params, corrected, conf.PAGE_SIZE, offset, answer_kinds=kinds),
                )
                if retry and retry["hits"]["total"]["value"]:
                    raw, response.corrected, q = retry, corrected, corrected
        response.total = raw["hits"]["total"]["value"]
        response.hits = [self._hit(hit, q) for hit in raw["hits"]["hits"]]
        aggs = raw.get("aggregations", {})
        response.languages = language_values(
            [(b["key"], b["doc_count"]) for b in aggs.get("language", {}).get("buckets", [])],
            params,
        )
        filtered = aggs.get("filtered", {})
        for name in FACETS:
            buckets = filtered.get(name, {}).get("buckets", [])
            response.facets[name] = facet_values(
                name, [(b["key"], b["doc_count"]) for b in buckets], params
            )
        top = aggs.get("answers", {}).get("top", {}).get("hits", {}).get("hits", [])
        response.answers = [self._hit(hit, q) for hit in top]
        return response

    def _optional(self, call, *args):
        """A call the results can do without: skipped once the budget is spent."""
        try:
            return call(*args)
        except BudgetSpent:
            return None


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

"""The database backend: ``SearchEntry`` matched and ranked in SQL.

A search reads one page of results, never every match: the database ranks
(``search.fulltext``: FTS5 ``bm25()`` on SQLite, ``ts_rank_cd`` on
PostgreSQL) the newest ``COUNT_LIMIT + 1`` matches (what 50 pages can show),
pages before direct answers, and the newest first among equals.
Word coverage is part of the query: entries with every word when there are
any (one probe that stops at the first row), else entries with any word. The
total and every facet come from one statement that matches once and groups
the matching rows per facet. Nothing here logs the query.
"""

import difflib
import re
from collections import Counter

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Max

from languages.codes import language_codes
from search import conf, fulltext, registry
from search.facets import FACETS
from search.models import SearchEntry, SearchEntryFacet
from search.results import (
    DATABASE,
    Hit,
    SearchResponse,
    answer_kinds_for,
    facet_values,
    language_values,
)
from search.text import fold, highlight, words

TABLE = SearchEntry._meta.db_table
FACET_TABLE = SearchEntryFacet._meta.db_table
WRITTEN_WORD = re.compile(r"\w+")


def _in(column, values):
    return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)


class Scope:
    """The reader's filters (and optionally kinds), without the language: as
    SQL conditions on ``search_searchentry e`` and as ``[(name, values)]`` for
    a full-text match that filters itself (``fulltext``)."""

    def __init__(self, params, kinds=None):
        clauses, values, self.filters = [], [], []
        for name, chosen in params.filters.items():
            if name == "type":
                sql, args = _in("e.kind", chosen)
                self.filters.append(("kind", chosen))
            elif name == "verdict":
                sql, args = _in("e.verdict", chosen)
                self.filters.append(("verdict", chosen))
            elif name == "year":
                sql, args = _in("e.year", [int(v) for v in chosen])
                self.filters.append(("year", [int(v) for v in chosen]))
            else:
                facet = "topic" if name == "topic" else "country"
                inner, args = _in("f.value", chosen)
                # Correlated: checked per matching entry through the entry_id
                # index, never the list of every entry with that value.
                sql = (
                    f"EXISTS (SELECT 1 FROM {FACET_TABLE} f"
                    f" WHERE f.entry_id = e.id AND f.facet = %s AND {inner})"
                )
                args = [facet, *args]
                self.filters.append((facet, chosen))
            clauses.append(sql)
            values += args
        if kinds:
            sql, args = _in("e.kind", kinds)
            clauses.append(sql)
            values += args
            self.filters.append(("kind", kinds))
        self.sql = " AND ".join(clauses) or "1 = 1"
        self.params = values


class Matched:
    """The entries matching ``q`` (with every word, or any) in some languages,
    or, without ``q``, every entry in them."""

    def __init__(self, q, every, languages, scope):
        self.q, self.every = q, every
        match = self.match = (
            fulltext.build(q, languages, every, scope.filters) if q is not None else None
        )
        language_sql, language_params = _in("e.language", languages)
        if match is None:
            self.from_sql, self.from_params = f"{TABLE} e", []
            where, where_params = [language_sql, scope.sql], [*language_params, *scope.params]
        elif match.filters_in_match:
            self.from_sql, self.from_params = match.from_sql, match.from_params
            where, where_params = [match.where_sql], list(match.where_params)
        else:
            self.from_sql, self.from_params = match.from_sql, match.from_params
            where = [match.where_sql, language_sql, scope.sql]
            where_params = [*match.where_params, *language_params, *scope.params]
        self.where_sql = " AND ".join(where)
        self.where_params = where_params

    @property
    def empty(self):
        """``q`` has no word to search."""
        return self.q is not None and self.match is None

    def select(self, columns):
        return (
            f"SELECT {columns} FROM {self.from_sql} WHERE {self.where_sql}",
            [*self.from_params, *self.where_params],
        )

    def exists(self):
        sql, params = self.select("1")
        with connection.cursor() as cursor:
            cursor.execute(f"{sql} LIMIT 1", params)
            return cursor.fetchone() is not None

    def page_ids(self, relevance, limit, offset):
        if relevance and self.match is not None:
            return self._ranked_ids(limit, offset)
        sql, params = self.select("e.id")
        with connection.cursor() as cursor:
            cursor.execute(
                f"{sql} ORDER BY e.date DESC NULLS LAST, e.id DESC LIMIT %s OFFSET %s",
                [*params, limit, offset],
            )
            return [row[0] for row in cursor.fetchall()]

    def _ranked_ids(self, limit, offset):
        """Ranked among the newest ``COUNT_LIMIT + 1`` matches, the rows that
        ``counts`` reads: the work stays the same however many entries match
        (scoring is what costs), and no page shows a result the counts left
        out. Pages before direct answers, then the score, then the newest."""
        match = self.match
        if match.score_in_scan:
            sql, params = self.select(f"e.id, e.kind, e.date, {match.score_sql} AS score")
            params = [*match.score_params, *params]
            score, score_params = "e.score", []
        else:
            sql, params = self.select(f"e.id, e.kind, e.date, {match.carry}")
            score, score_params = match.score_sql, match.score_params
        kinds_sql, kinds_params = _in("e.kind", registry.answer_kinds() or [""])
        depth = conf.COUNT_LIMIT + 1
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH candidates AS MATERIALIZED ({sql} ORDER BY {match.newest_sql} LIMIT {depth})"
                f" SELECT e.id FROM candidates e ORDER BY CASE WHEN {kinds_sql} THEN 1 ELSE 0 END,"
                f" {score}, e.date DESC NULLS LAST, e.id DESC LIMIT %s OFFSET %s",
                [*params, *kinds_params, *score_params, limit, offset],
            )
            return [row[0] for row in cursor.fetchall()]


def counts(matched, matched_all):
    """``(total, {facet: [(value, count)]}, [(language, count)])``: each
    match runs once, reading at most ``COUNT_LIMIT + 1`` rows; its rows are
    grouped per facet. A total above ``COUNT_LIMIT`` means "more than": the
    counts then come from the newest matches, the ones results are ranked
    among."""
    limit = conf.COUNT_LIMIT + 1
    # The facets of the hits: the hits drive the join (SQLite's planner would
    # otherwise scan every facet row in facet order, to group them).
    join = "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"
    # The newest matches: the ones the results are ranked among.
    newest = f"ORDER BY {matched.match.newest_sql}" if matched.match is not None else ""
    hits, hits_params = matched.select("e.id, e.kind, e.verdict, e.year")
    every, every_params = matched_all.select("e.language")
    sql = f"""
        WITH hits AS MATERIALIZED ({hits} {newest} LIMIT {limit}),
        every_language AS MATERIALIZED ({every} LIMIT {limit * len(language_codes())})
        SELECT 'total', '', COUNT(*) FROM hits
        UNION ALL SELECT 'type', kind, COUNT(*) FROM hits GROUP BY kind
        UNION ALL SELECT 'verdict', verdict, COUNT(*) FROM hits GROUP BY verdict
        UNION ALL SELECT 'year', CAST(year AS VARCHAR(4)), COUNT(*) FROM hits GROUP BY year
        UNION ALL SELECT f.facet, f.value, COUNT(*) FROM hits
            {join} {FACET_TABLE} f ON f.entry_id = hits.id GROUP BY f.facet, f.value
        UNION ALL SELECT 'language', language, COUNT(*) FROM every_language GROUP BY language
    """
    grouped = {name: [] for name in FACETS}
    languages, total = [], 0
    with connection.cursor() as cursor:
        cursor.execute(sql, [*hits_params, *every_params])
        for facet, value, count in cursor.fetchall():
            if facet == "total":
                total = count
            elif facet == "language":
                languages.append((value, count))
            else:
                grouped.setdefault(facet, []).append((value, count))
    return total, grouped, languages


class DatabaseSearch:
    """Search over ``SearchEntry`` in the database (SQLite or PostgreSQL)."""

    name = DATABASE

    def _matches(self, q, scope, languages):
        """The entries with every word of ``q`` if there are any, else with any
        word; ``None`` when ``q`` has no word to search."""
        matched = Matched(q, True, languages, scope)
        if matched.empty:
            return None
        if matched.exists():
            return matched
        return Matched(q, False, languages, scope)

    def run(self, params):
        response = SearchResponse(params=params, backend=self.name)
        q = params.q
        scope = Scope(params)
        every_code = language_codes()
        if q:
            matched = self._matches(q, scope, params.languages)
            if matched is not None and not matched.exists() and not params.filters:
                corrected = self._correct(q, params.languages)
                if corrected:
                    retry = self._matches(corrected, scope, params.languages)
                    if retry is not None and retry.exists():
                        matched, q, response.corrected = retry, corrected, corrected
            if matched is None:
                response.facets = {name: [] for name in FACETS}
                return response
            matched_all = Matched(q, matched.every, every_code, scope)
        else:
            matched = Matched(None, True, params.languages, scope)
            matched_all = Matched(None, True, every_code, scope)
        total, grouped, languages = counts(matched, matched_all)
        response.more_than_total = total > conf.COUNT_LIMIT
        response.total = min(total, conf.COUNT_LIMIT)
        response.languages = language_values(languages, params)
        response.facets = {name: facet_values(name, grouped[name], params) for name in FACETS}
        offset = (params.page - 1) * conf.PAGE_SIZE
        ids = matched.page_ids(params.sort == "relevance", conf.PAGE_SIZE, offset) if total else []
        response.hits = [self._hit(entry, q) for entry in self._entries(ids)]
        kinds = answer_kinds_for(params)
        if q and params.page == 1 and kinds and total:
            answers = Matched(q, matched.every, params.languages, Scope(params, kinds))
            response.answers = [
                self._hit(entry, q) for entry in self._entries(answers.page_ids(True, 2, 0))
            ]
        return response

    def _entries(self, ids):
        if not ids:
            return []
        found = (
            SearchEntry.objects.filter(pk__in=ids)
            .defer("title", "body", "lead")
            .prefetch_related("facets")
            .in_bulk()
        )
        return [found[pk] for pk in ids if pk in found]

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

    # -- "Did you mean" ------------------------------------------------------------
    def _vocabulary(self, language):
        """Folded words of titles and texts → their most common written form,
        from a sample of entries, cached until the table changes."""
        version = SearchEntry.objects.filter(language=language).aggregate(
            n=Count("pk"), m=Max("pk")
        )
        key = f"search:vocabulary:{language}:{version['n']}:{version['m']}"
        vocabulary = cache.get(key)
        if vocabulary is None:
            counter = Counter()
            for title, text in SearchEntry.objects.filter(language=language).values_list(
                "display_title", "display_text"
            )[:5000]:
                counter.update(w for w in WRITTEN_WORD.findall(f"{title} {text}") if len(w) > 3)
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

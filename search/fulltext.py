"""The database's own full-text index of ``SearchEntry``, ranked in SQL.

- SQLite: an FTS5 table (``search_searchentry_fts``: title, lead, body, the
  folded and stemmed words of ``search.text``, and ``tags``, one token per
  language, kind, verdict, year, topic and country of the entry) whose rows
  share the entries' ids; ``bm25()`` ranks with the title and the lead above
  the body. The reader's language and filters are part of the MATCH
  expression, so FTS5 intersects them with the words in its own index instead
  of each match being checked against the entries table. Rows are added by
  ``add`` when entries are written and removed by a trigger when entries are
  deleted.
- PostgreSQL: a ``tsvector`` column filled by a trigger with the text
  configuration of the entry's language (english, spanish, french; ``simple``
  for Haitian Creole and any other), accents removed by ``unaccent``, weighted
  A (title), B (lead), D (body), with a GIN index; ``ts_rank_cd`` ranks.

The migrations ``search.0003`` (``install``) and ``search.0004`` (``add_tags``)
create one or the other and are no-ops on the other database. Only words (``\\w+``, folded) ever reach a match
expression, always as a query parameter.
"""

import re

from django.db import connection

from search.text import search_text, stems, words

TABLE = "search_searchentry"
FTS = "search_searchentry_fts"
# bm25() weights of the FTS5 columns: title, lead, body, tags (never scored).
BM25_WEIGHTS = (10.0, 4.0, 1.0, 0.0)
WORD_COLUMNS = "{title lead body}"
# ts_rank_cd() weights of D, C, B, A (body, -, lead, title).
TS_WEIGHTS = "{0.2, 0.2, 0.5, 1.0}"
PG_CONFIGS = {"en": "english", "es": "spanish", "fr": "french"}


def vendor():
    return connection.vendor


def pg_config(language):
    return PG_CONFIGS.get(language, "simple")


# ------------------------------------------------------------------------------
# Schema (migration search.0003)
# ------------------------------------------------------------------------------
SQLITE_INSTALL = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS} USING fts5("
    "title, lead, body, tokenize = 'unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER IF NOT EXISTS {FTS}_delete AFTER DELETE ON {TABLE} "
    f"BEGIN DELETE FROM {FTS} WHERE rowid = OLD.id; END",
    f"INSERT INTO {FTS} (rowid, title, lead, body) SELECT id, title, '', body FROM {TABLE}",
]
SQLITE_UNINSTALL = [
    f"DROP TRIGGER IF EXISTS {FTS}_delete",
    f"DROP TABLE IF EXISTS {FTS}",
]

_PG_CONFIG_CASE = (
    "CASE NEW.language "
    + " ".join(f"WHEN '{code}' THEN '{name}'" for code, name in PG_CONFIGS.items())
    + " ELSE 'simple' END::regconfig"
)
PG_INSTALL = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS search_vector tsvector",
    f"""CREATE OR REPLACE FUNCTION {TABLE}_vector() RETURNS trigger AS $$
    DECLARE config regconfig := {_PG_CONFIG_CASE};
    BEGIN
      NEW.search_vector :=
        setweight(to_tsvector(config, unaccent(coalesce(NEW.display_title, ''))), 'A') ||
        setweight(to_tsvector(config, unaccent(coalesce(NEW.lead, ''))), 'B') ||
        setweight(to_tsvector(config, unaccent(coalesce(NEW.display_text, ''))), 'D');
      RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    f"DROP TRIGGER IF EXISTS {TABLE}_vector ON {TABLE}",
    f"CREATE TRIGGER {TABLE}_vector BEFORE INSERT OR UPDATE ON {TABLE} "
    f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_vector()",
    f"UPDATE {TABLE} SET id = id",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_vector_gin ON {TABLE} USING gin (search_vector)",
]
PG_UNINSTALL = [
    f"DROP TRIGGER IF EXISTS {TABLE}_vector ON {TABLE}",
    f"DROP FUNCTION IF EXISTS {TABLE}_vector()",
    f"DROP INDEX IF EXISTS {TABLE}_vector_gin",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS search_vector",
]


def _run(schema_editor, statements):
    for statement in statements:
        schema_editor.execute(statement)


def install(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_INSTALL)
    elif vendor == "postgresql":
        _run(schema_editor, PG_INSTALL)


def uninstall(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_UNINSTALL)
    elif vendor == "postgresql":
        _run(schema_editor, PG_UNINSTALL)


SQLITE_TAGGED = [
    f"DROP TABLE IF EXISTS {FTS}",
    f"CREATE VIRTUAL TABLE {FTS} USING fts5("
    "title, lead, body, tags, tokenize = 'unicode61 remove_diacritics 2')",
]


def add_tags(apps, schema_editor):
    """SQLite: the FTS5 table again, with the ``tags`` column, filled from
    the entries and their facets."""
    if schema_editor.connection.vendor != "sqlite":
        return
    _run(schema_editor, SQLITE_TAGGED)
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"SELECT entry_id, facet, value FROM {TABLE}facet")
        facets = {}
        for entry_id, facet, value in cursor.fetchall():
            facets.setdefault(entry_id, []).append((facet, value))
        cursor.execute(f"SELECT id, language, kind, verdict, year, title, lead, body FROM {TABLE}")
        rows = [
            (
                pk,
                title,
                search_text(lead, language),
                body,
                tags((language, kind, verdict, year), facets.get(pk, ())),
            )
            for pk, language, kind, verdict, year, title, lead, body in cursor.fetchall()
        ]
        cursor.executemany(
            f"INSERT INTO {FTS} (rowid, title, lead, body, tags) VALUES (%s, %s, %s, %s, %s)", rows
        )


def remove_tags(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        _run(schema_editor, [f"DROP TABLE IF EXISTS {FTS}", SQLITE_INSTALL[0], SQLITE_INSTALL[2]])


# ------------------------------------------------------------------------------
# Writing (SQLite; PostgreSQL's trigger fills its column)
# ------------------------------------------------------------------------------
def tag(name, value):
    """The token of one filter value (``xcountryus``): letters and digits only,
    so the tokenizer keeps it whole; no word a reader types looks like it,
    and reader's words are only ever matched in the word columns."""
    return "x" + re.sub(r"[^0-9a-z]", "", f"{name}{value}".lower())


def tags(values, facets):
    """The ``tags`` text of an entry: ``values`` are its language, kind,
    verdict and year; ``facets`` its (facet, value) pairs."""
    named = zip(("language", "kind", "verdict", "year"), values, strict=True)
    return " ".join(
        tag(name, value) for name, value in [*named, *facets] if value not in (None, "")
    )


def add(entries, facets=()):
    """Index new entries (saved, with their ids) and their ``SearchEntryFacet``
    rows in SQLite's FTS5 table."""
    if vendor() != "sqlite" or not entries:
        return
    by_entry = {}
    for facet in facets:
        by_entry.setdefault(facet.entry_id, []).append((facet.facet, facet.value))
    rows = [
        (
            entry.pk,
            entry.title,
            search_text(entry.lead, entry.language),
            entry.body,
            tags(
                (entry.language, entry.kind, entry.verdict, entry.year),
                by_entry.get(entry.pk, ()),
            ),
        )
        for entry in entries
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {FTS} (rowid, title, lead, body, tags) VALUES (%s, %s, %s, %s, %s)", rows
        )


# ------------------------------------------------------------------------------
# Matching and ranking
# ------------------------------------------------------------------------------
class Match:
    """The SQL that selects the entries matching ``q`` in ``languages`` with
    every word (``every=True``) or any word, and scores them (lower is better).

    ``joins``/``where`` go into a query over ``search_searchentry e``;
    ``score`` is an SQL expression; ``params`` follow the order of
    ``joins + where + score`` as they appear in the query built by the caller
    (see ``sql``). ``None`` from ``build`` means no word to search.
    """

    def __init__(
        self,
        from_sql,
        where_sql,
        score_sql,
        from_params,
        where_params,
        score_params,
        newest_sql,
        score_in_scan,
        filters_in_match=False,
        carry="",
    ):
        self.from_sql = from_sql
        self.where_sql = where_sql
        self.score_sql = score_sql
        self.from_params = from_params
        self.where_params = where_params
        self.score_params = score_params
        #: The order of the newest matches, which the index reads without sorting.
        self.newest_sql = newest_sql
        #: bm25() can only be computed in the scan of the FTS table (SQLite);
        #: ts_rank_cd() on any row that carries its vector (``carry``).
        self.score_in_scan = score_in_scan
        #: The language and the filters are part of ``where`` (SQLite's tags).
        self.filters_in_match = filters_in_match
        self.carry = carry


def build(q, languages, every, filters=()):
    """The match of ``q`` in ``languages``; ``filters``: ``[(name, values)]``
    that SQLite matches in the ``tags`` column (PostgreSQL's caller keeps
    them as SQL conditions: ``Match.filters_in_match``)."""
    if vendor() == "postgresql":
        return _pg_match(q, languages, every)
    return _sqlite_match(q, languages, every, filters)


def _sqlite_match(q, languages, every, filters):
    joiner = " AND " if every else " OR "
    groups = []
    for code in languages:
        terms = [term for term in dict.fromkeys(stems(q, code)) if term]
        if terms:
            groups.append("(" + joiner.join(f'"{term}"' for term in terms) + ")")
    if not groups:
        return None
    expression = f"{WORD_COLUMNS} : (" + " OR ".join(dict.fromkeys(groups)) + ")"
    for name, values in [("language", languages), *filters]:
        expression += " AND tags : (" + " OR ".join(f'"{tag(name, v)}"' for v in values) + ")"
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    return Match(
        # CROSS JOIN keeps the FTS table as the outer loop: SQLite then runs
        # the MATCH once, instead of once per entry row it would otherwise scan.
        from_sql=f"{FTS} CROSS JOIN {TABLE} e ON e.id = {FTS}.rowid",
        where_sql=f"{FTS} MATCH %s",
        score_sql=f"bm25({FTS}, {weights})",
        from_params=[],
        where_params=[expression],
        score_params=[],
        newest_sql=f"{FTS}.rowid DESC",
        score_in_scan=True,
        filters_in_match=True,
    )


def _pg_match(q, languages, every):
    tokens = [token for token in dict.fromkeys(words(q)) if token]
    if not tokens:
        return None
    text = (" & " if every else " | ").join(tokens)
    where, where_params, cases, case_params = [], [], [], []
    for code in languages:
        config = pg_config(code)
        query = "to_tsquery(%s::regconfig, unaccent(%s))"
        where.append(f"(e.language = %s AND e.search_vector @@ {query})")
        where_params += [code, config, text]
        cases.append(f"WHEN %s THEN {query}")
        case_params += [code, config, text]
    rank = f"ts_rank_cd('{TS_WEIGHTS}', e.search_vector, CASE e.language {' '.join(cases)} END)"
    return Match(
        from_sql=f"{TABLE} e",
        where_sql="(" + " OR ".join(where) + ")",
        score_sql=f"-{rank}",
        from_params=[],
        where_params=where_params,
        score_params=case_params,
        newest_sql="e.id DESC",
        score_in_scan=False,
        carry="e.language, e.search_vector",
    )

"""The database backend matches the reader's language and filters in the
full-text index itself (SQLite: the ``tags`` column of the FTS5 table), with
the same results as the entries table says; the migration that adds the
column fills it from the entries already indexed."""

import pytest
from django.db import connection

from search import fulltext
from search.models import SearchEntry

pytestmark = pytest.mark.usefixtures("database_search", "indexed")


def api(client, **params):
    return client.get("/api/search/", params).json()


def every_result(client, **params):
    """(kind, source id) of every result, page after page."""
    found, page = set(), 1
    while True:
        response = api(client, page=page, **params)
        found |= {(r["type"], r["id"]) for r in response["results"]}
        if len(found) >= response["total"] or not response["results"]:
            return found
        page += 1


def with_facet(language, facet, value):
    return {
        (entry.kind, entry.source_id)
        for entry in SearchEntry.objects.filter(
            language=language, facets__facet=facet, facets__value=value
        )
    }


def test_filters_give_exactly_the_matches_that_carry_those_values(client):
    everything = every_result(client, q="migrants", lang="en")
    trafficking = every_result(client, q="migrants", lang="en", topic="trafficking")
    assert trafficking and trafficking < everything
    assert trafficking == everything & with_facet("en", "topic", "trafficking")
    both = every_result(client, q="migrants", lang="en", topic="trafficking", country="MX")
    assert both == trafficking & with_facet("en", "country", "MX")


def test_only_the_readers_language_matches(client):
    spanish = api(client, q="migrantes", lang="es")
    assert spanish["total"] > 0
    assert {r["language"] for r in spanish["results"]} == {"es"}


def test_a_word_shaped_like_a_tag_matches_no_entry():
    """Readers' words are matched in the word columns only."""
    from search.database import Matched, Scope
    from search.params import SearchParams

    assert fulltext.tag("language", "en") == "xlanguageen"
    scope = Scope(SearchParams())
    assert Matched("migrants", True, ["en"], scope).exists()
    assert not Matched("xlanguageen", True, ["en"], scope).exists()


class Editor:
    """What the migration functions use of a schema editor (the real one
    refuses to run on SQLite inside the test's transaction)."""

    connection = connection

    def execute(self, sql):
        with connection.cursor() as cursor:
            cursor.execute(sql)


def test_the_migration_fills_the_tags_of_entries_already_indexed(client):
    """On SQLite the table is made again from the entries; on PostgreSQL both
    steps do nothing and the results stay the same too."""
    before = api(client, q="migrants", lang="en", topic="trafficking")
    fulltext.remove_tags(None, Editor())  # the table as migration 0003 left it
    fulltext.add_tags(None, Editor())
    after = api(client, q="migrants", lang="en", topic="trafficking")
    assert after["total"] == before["total"] > 0
    assert {(r["type"], r["id"]) for r in after["results"]} == {
        (r["type"], r["id"]) for r in before["results"]
    }

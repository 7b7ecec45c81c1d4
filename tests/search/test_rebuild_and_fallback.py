"""Rebuilding behind an alias, and the database fallback when the engine is down."""

import io
import logging

import pytest
from django.core.management import call_command
from django.http import QueryDict
from osmem_server import OsmemServer

from search import conf
from search.connection import _client
from search.params import parse
from search.query import search
from search.rebuild import rebuild


def run(q, lang="en"):
    return search(parse(QueryDict(f"q={q}"), lang))


class SearchingProgress(io.StringIO):
    """A progress stream that searches each time the rebuild reports progress."""

    def __init__(self):
        super().__init__()
        self.totals = []

    def write(self, text):
        if text.startswith("\r"):
            self.totals.append(run("rights").total)
        return super().write(text)


def test_search_keeps_answering_during_a_rebuild_and_the_alias_moves_atomically(db, elasticsearch):
    first = rebuild()
    assert first.elasticsearch
    before = run("rights").total
    assert before > 0
    progress = SearchingProgress()
    second = rebuild(stream=progress)
    assert second.elasticsearch and second.index != first.index
    # Every search made while the new index was being filled answered in full.
    assert progress.totals and set(progress.totals) == {before}
    assert list(elasticsearch.indices.get_alias(name=conf.alias_name())) == [second.index]
    assert not elasticsearch.indices.exists(index=first.index)
    assert run("rights").total == before


def test_rebuild_command_prints_progress_and_counts(db, elasticsearch):
    out, err = io.StringIO(), io.StringIO()
    call_command("rebuild_search_index", stdout=out, stderr=err)
    assert "rights:" in out.getvalue()
    assert "documents/s" in out.getvalue()
    assert "alias now points at" in out.getvalue()
    assert "[" in err.getvalue() and "#" in err.getvalue()
    assert elasticsearch.count(index=conf.alias_name())["count"] > 0


def test_stopped_engine_falls_back_to_the_database_with_a_warning_and_answers_200(
    db, client, settings, caplog
):
    server = OsmemServer.start(japanese=False)
    settings.SEARCH_ELASTICSEARCH_URL = server.url
    settings.SEARCH_INDEX_PREFIX = "fallback"
    _client.cache_clear()
    rebuild()
    response = client.get("/en/api/search/?q=rights".replace("/en", ""), {"lang": "en"})
    assert response.json()["backend"] == "elasticsearch"
    server.close()
    with caplog.at_level(logging.WARNING, logger="search"):
        page = client.get("/es/search/", {"q": "derechos privados"})
        api = client.get("/api/search/", {"q": "derechos privados", "lang": "es"})
    assert page.status_code == 200 and api.status_code == 200
    assert api.json()["backend"] == "database" and api.json()["fallback"] is True
    assert api.json()["total"] > 0
    warnings = [
        record.getMessage() for record in caplog.records if record.name.startswith("search")
    ]
    assert warnings and all("privados" not in message for message in warnings)
    _client.cache_clear()


def test_rebuild_with_the_engine_down_still_rebuilds_the_database_and_says_so(db, settings):
    settings.SEARCH_ELASTICSEARCH_URL = "http://127.0.0.1:9"
    _client.cache_clear()
    with pytest.raises(Exception, match="database index was rebuilt"):
        call_command("rebuild_search_index", stdout=io.StringIO(), stderr=io.StringIO())
    settings.SEARCH_ELASTICSEARCH_URL = None
    _client.cache_clear()
    assert run("rights").total > 0

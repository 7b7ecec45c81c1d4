"""Search tests run against a real engine: osmem-server, an in-memory
Elasticsearch-compatible server started once per session on 127.0.0.1.

If it cannot start, the tests fail (they are never skipped).
"""

import json
import uuid

import pytest
from django.utils.html import escape
from osmem_server import OsmemServer

from search.connection import _client


@pytest.fixture(scope="session")
def osmem():
    try:
        server = OsmemServer.start(japanese=False)
    except Exception as error:  # noqa: BLE001 - any failure to start is a test failure
        pytest.fail(
            f"osmem-server could not start ({error}): pip install -r requirements-dev.txt",
            pytrace=False,
        )
    yield server
    server.close()


@pytest.fixture
def elasticsearch(osmem, settings):
    """Elasticsearch configured (osmem), with an index prefix of this test's own."""
    prefix = f"t{uuid.uuid4().hex[:10]}"
    settings.SEARCH_ELASTICSEARCH_URL = osmem.url
    settings.SEARCH_INDEX_PREFIX = prefix
    _client.cache_clear()
    from search.connection import get_client

    client = get_client()
    yield client
    client.indices.delete(index=f"{prefix}-*", ignore_unavailable=True, allow_no_indices=True)
    _client.cache_clear()


@pytest.fixture
def database_search(settings):
    """No engine configured: the database backend answers."""
    settings.SEARCH_ELASTICSEARCH_URL = None
    _client.cache_clear()
    yield
    _client.cache_clear()


@pytest.fixture
def indexed(db):
    """The demo content in the database index (and Elasticsearch, if configured first)."""
    from search.rebuild import rebuild

    return rebuild()


@pytest.fixture(params=["elasticsearch", "database"])
def backend(request, db, osmem, settings):
    """Runs a test once per backend, with the demo content indexed."""
    if request.param == "elasticsearch":
        request.getfixturevalue("elasticsearch")
    else:
        request.getfixturevalue("database_search")
    from search.rebuild import rebuild

    stats = rebuild()
    if request.param == "elasticsearch":
        assert stats.elasticsearch, stats.error
    return request.param


def publish(page):
    """Publish through a revision, as the admin does (sends page_published)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_page(parent, slug, title, intro, **extra):
    """A StandardPage under ``parent``, published; ``title``/``intro`` are {lang: text}."""
    from home.models import StandardPage
    from languages.translated import translated_fields

    fields = translated_fields(title=title, intro=intro)
    for code, text in intro.items():
        fields[f"body_{code}"] = json.dumps(
            [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"}]
        )
    page = StandardPage(slug=slug, live=False, **fields, **extra)
    parent.add_child(instance=page)
    return page


@pytest.fixture(autouse=True)
def closed_circuit():
    """Every test starts with the engine's circuit breaker closed."""
    from search import breaker

    breaker.reset()
    yield
    breaker.reset()

"""The suite runs on SQLite and on PostgreSQL (scripts/test.sh runs it twice)."""

import os

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

pytestmark = pytest.mark.django_db


def test_the_postgresql_pass_really_runs_on_postgresql():
    expected = os.environ.get("MF_EXPECT_DATABASE")
    if expected:
        assert connection.vendor == expected
    assert connection.vendor in ("sqlite", "postgresql")


def test_database_search_uses_the_engine_full_text_search():
    """wagtail.search.backends.database picks the engine's own full-text search."""
    backend = get_search_backend()
    name = type(backend).__module__
    if "elasticsearch" in name:
        pytest.skip("ELASTICSEARCH_URL is set: search is Elasticsearch")
    if connection.vendor == "postgresql":
        assert name.endswith("backends.database.postgres.postgres")  # (model)search
    else:
        assert name.endswith("backends.database.sqlite.sqlite")


def test_translated_page_columns_exist_on_this_database():
    """wagtail-modeltranslation adds wagtailcore_page columns with raw ALTER
    TABLE outside migrations: they must exist on every engine."""
    with connection.cursor() as cursor:
        columns = {
            c.name
            for c in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
    for lang in ("en", "es", "fr", "ht"):
        assert f"title_{lang}" in columns
        assert f"search_description_{lang}" in columns


def test_demo_pages_render_on_this_database(client):
    from tests.production.conftest import live_page_paths

    paths = live_page_paths()
    assert paths
    for path in paths:
        assert client.get(f"/es{path}").status_code == 200, path

"""The Elasticsearch path, against a real engine (osmem-server)."""

import logging

import pytest
from django.http import QueryDict

from search.params import parse
from search.query import search
from tests.search.conftest import add_page, publish


def run(q, lang="en", **extra):
    data = QueryDict(mutable=True)
    data["q"] = q
    for key, value in extra.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return search(parse(data, lang))


def titles(response):
    return [str(hit.title).replace("<mark>", "").replace("</mark>", "") for hit in response.hits]


@pytest.fixture
def economy_page(home_page, elasticsearch, django_capture_on_commit_callbacks):
    page = add_page(
        home_page,
        "economy-test",
        title={
            "en": "Migrant workers in Haïti",
            "es": "La contribución económica de los trabajadores migrantes",
            "fr": "Les travailleurs migrants en Haïti",
            "ht": "Travayè migran yo ann Ayiti",
        },
        intro={
            "en": "Working migrants sent remittances home.",
            "es": "Un aporte económico importante para Haití.",
            "fr": "Leur apport économique est important.",
            "ht": "Kontribisyon ekonomik travayè migran yo enpòtan.",
        },
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)
    return page


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("es", "economico"),  # accent folding
        ("es", "ECONÓMICA trabajador"),  # case, and the singular finds the plural
        ("es", "haiti"),
        ("en", "Haiti"),
        ("en", "worker remittance"),  # English stemming
        ("fr", "travailleur economique"),  # French stemming and folding
        ("fr", "haiti"),
        ("ht", "ayiti ekonomik"),  # Haitian Creole: standard tokens, folded
    ],
)
def test_each_language_is_stemmed_and_accent_insensitive_in_elasticsearch(
    economy_page, lang, query
):
    response = run(query, lang)
    assert response.backend == "elasticsearch"
    assert f"/{lang}/economy-test/" in [hit.url for hit in response.hits]


def test_elasticsearch_highlights_matches_in_the_readers_language(economy_page):
    response = run("economico", "es")
    hit = next(hit for hit in response.hits if hit.url == "/es/economy-test/")
    assert hit.language == "es"
    assert "<mark>económica</mark>" in str(hit.title)
    assert "<mark>económico</mark>" in str(hit.snippet)


def test_published_page_is_searchable_without_manual_reindex_and_unpublished_page_is_gone(
    economy_page, django_capture_on_commit_callbacks
):
    assert run("remittances").total == 1
    with django_capture_on_commit_callbacks(execute=True):
        economy_page.unpublish()
    assert run("remittances").total == 0


def test_deleted_page_leaves_the_index(economy_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        economy_page.delete()
    assert run("remittances").total == 0


def test_moved_page_is_found_at_its_new_address(
    economy_page, home_page, django_capture_on_commit_callbacks
):
    target = add_page(home_page, "section", title={"en": "Section"}, intro={"en": "A section."})
    with django_capture_on_commit_callbacks(execute=True):
        publish(target)
        economy_page.move(target, pos="last-child")
    urls = [hit.url for hit in run("remittances").hits]
    assert urls == ["/en/section/economy-test/"]


def test_facets_count_the_matching_documents(backend, home_page):
    response = run("Costa Rica", "en")
    counts = {value.value: value.count for value in response.facets["type"]}
    assert counts.get("rights", 0) >= 1
    assert sum(counts.values()) == response.total
    languages = {value.value: value.count for value in response.languages}
    assert languages["en"] == response.total
    assert languages["es"] >= 1


def test_publishing_with_the_engine_down_still_publishes_and_logs_no_content(
    home_page, settings, caplog, django_capture_on_commit_callbacks
):
    settings.SEARCH_ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    from search.connection import _client

    _client.cache_clear()
    page = add_page(
        home_page, "offline", title={"en": "Secret title words"}, intro={"en": "Body words."}
    )
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        publish(page)
    assert page.live
    # The indexing job failed: logged, and kept for a retry (Reports → Background jobs).
    assert any("search.jobs.sync failed" in record.getMessage() for record in caplog.records)
    from jobs.models import JobFailure

    assert JobFailure.objects.filter(task_path="search.jobs.sync").exists()
    assert not any("Secret" in record.getMessage() for record in caplog.records)
    # The database index is up to date: the fallback finds it.
    response = run("secret title")
    assert response.fallback and response.total == 1
    _client.cache_clear()

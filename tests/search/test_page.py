"""The search page and the JSON API as readers and newsroom tools see them."""

import re

from django.utils.html import escape

from search import conf
from search.models import SearchEntry
from tests.search.conftest import add_page, publish


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_search_page_is_private_noindex_and_never_cached(client, backend):
    response = client.get("/en/search/", {"q": "rights"})
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    api = client.get("/api/search/", {"q": "rights", "lang": "en"})
    assert api["X-Robots-Tag"] == "noindex" and "no-store" in api["Cache-Control"]
    for private in ({"q": ""}, {"country": "MX"}):
        assert client.get("/en/search/", private)["X-Robots-Tag"] == "noindex"
    # The bare search page holds nothing private: search engines may list it.
    bare = client.get("/en/search/")
    assert "X-Robots-Tag" not in bare
    assert 'name="robots"' not in bare.content.decode()


def test_every_page_has_a_labelled_search_box_in_the_header(client, db):
    html = client.get("/fr/about/").content.decode()
    assert 'action="/fr/search/"' in html
    assert re.search(r'<label [^>]*for="site-search-q">[^<]+</label>', html)
    assert 'id="site-search-q"' in html


def test_results_show_highlighted_snippets_in_the_readers_language(client, backend):
    html = client.get("/es/search/", {"q": "derechos trabajo"}).content.decode()
    assert "<mark>derechos</mark>" in html
    assert "/es/rights/" in html
    assert "/en/rights/" not in html


def test_facets_combine_as_get_parameters_and_show_counts(client, backend):
    all_results = client.get("/api/search/", {"q": "derechos", "lang": "es"}).json()
    countries = {v["value"]: v["count"] for v in all_results["facets"]["country"]}
    assert countries, all_results["facets"]
    country, count = next(iter(countries.items()))
    narrowed = client.get(
        "/api/search/", {"q": "derechos", "lang": "es", "country": country}
    ).json()
    assert narrowed["total"] == count
    assert all(country in hit["countries"] for hit in narrowed["results"])
    topic = narrowed["facets"]["topic"][0]
    both = client.get(
        "/api/search/", {"q": "derechos", "lang": "es", "country": country, "topic": topic["value"]}
    ).json()
    assert both["total"] == topic["count"]
    html = client.get("/es/search/", {"q": "derechos", "country": country}).content.decode()
    assert 'aria-current="true"' in html
    assert f"({count})" in html


def test_filters_sit_in_a_disclosure_that_counts_the_active_ones(client, backend):
    """On a phone the results come first: the filters are a <details> (no
    JavaScript) whose summary says how many filters narrow the results."""
    html = client.get("/es/search/", {"q": "derechos"}).content.decode()
    summary = re.search(
        r'<details class="search-filters">\s*<summary[^>]*>(.*?)</summary>', html, re.S
    )
    assert summary and text_of(summary.group(1)).strip() == "Filtrar resultados"
    api = client.get("/api/search/", {"q": "derechos", "lang": "es"}).json()
    country = api["facets"]["country"][0]["value"]
    html = client.get(
        "/es/search/", {"q": "derechos", "country": country, "language": "all"}
    ).content.decode()
    summary = re.search(
        r'<details class="search-filters"[^>]*>\s*<summary[^>]*>(.*?)</summary>', html, re.S
    )
    assert "2 activos" in text_of(summary.group(1))
    # The disclosure is closed: the first result is not pushed down by the filter lists.
    assert re.search(r'<details class="search-filters" data-active="2">', html)


def test_all_languages_switch_labels_each_results_language(client, backend):
    html = client.get("/en/search/", {"q": "Costa Rica", "language": "all"}).content.decode()
    assert 'lang="es"' in html and 'lang="fr"' in html
    assert "Spanish" in text_of(html) and "French" in text_of(html)
    api = client.get("/api/search/", {"q": "Costa Rica", "lang": "en", "language": "all"}).json()
    assert {hit["language"] for hit in api["results"]} >= {"en", "es"}


def test_sort_by_newest_orders_by_date(client, backend):
    api = client.get("/api/search/", {"q": "rights", "lang": "en", "sort": "newest"}).json()
    dates = [hit["date"] for hit in api["results"] if hit["date"]]
    assert dates == sorted(dates, reverse=True)


def test_pagination_is_bounded_and_links_keep_the_parameters(client, backend, settings):
    conf.PAGE_SIZE, saved = 1, conf.PAGE_SIZE
    try:
        html = client.get("/en/search/", {"q": "rights", "topic": "work"}).content.decode()
        api = client.get("/api/search/", {"q": "rights", "lang": "en", "page": "2"}).json()
    finally:
        conf.PAGE_SIZE = saved
    assert api["page"] == 2 and len(api["results"]) == 1
    assert 'rel="next"' not in html or "topic=work" in html
    deep = client.get("/api/search/", {"q": "rights", "lang": "en", "page": str(conf.MAX_PAGE + 1)})
    assert deep.status_code == 400


def test_misspelled_query_is_corrected_when_nothing_matches(client, backend):
    api = client.get("/api/search/", {"q": "derechoss trabajoo", "lang": "es"}).json()
    assert api["total"] > 0
    html = client.get("/en/search/", {"q": "rihgts"}).content.decode()
    assert "/en/rights/" in html


def test_markup_in_content_is_escaped_in_titles_and_snippets(
    client, home_page, database_search, django_capture_on_commit_callbacks
):
    page = add_page(
        home_page,
        "markup",
        title={"en": "Tom & <b>Jerry</b> zebra"},
        intro={"en": 'A zebra <script>alert("x")</script> story.'},
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)
    html = client.get("/en/search/", {"q": "zebra"}).content.decode()
    assert "<b>Jerry</b>" not in html and "<script>alert" not in html
    assert "<mark>zebra</mark>" in html
    assert escape("<b>") in html or "&lt;b&gt;" in html


def test_admin_dashboard_shows_the_active_backend(admin_client, database_search):
    html = admin_client.get("/admin/").content.decode()
    assert "Site search" in html
    assert "No ELASTICSEARCH_URL is set" in html


def test_admin_dashboard_shows_elasticsearch_when_it_answers(admin_client, elasticsearch, indexed):
    html = admin_client.get("/admin/").content.decode()
    assert "Elasticsearch answers" in html


def test_search_uses_a_constant_number_of_queries(
    client, database_search, indexed, django_assert_max_num_queries
):
    with django_assert_max_num_queries(30):
        client.get("/en/search/", {"q": "rights"})
    with django_assert_max_num_queries(30):
        client.get("/en/search/", {"q": "rights", "language": "all"})


def test_search_promotions_and_query_logging_are_not_installed(settings):
    assert "wagtail.contrib.search_promotions" not in settings.INSTALLED_APPS


def test_the_database_counts_up_to_a_limit_and_says_more_than(client, db, database_search):
    """Counting and scoring every match of a common word grows with the
    content: the database backend reads the newest ``COUNT_LIMIT + 1``
    matches, ranks those, and says "more than"."""
    from search.rebuild import rebuild

    rebuild()
    exact = client.get("/api/search/", {"q": "migrants", "lang": "en"}).json()
    assert exact["total"] > 3 and exact["more_than_total"] is False
    conf.COUNT_LIMIT, saved = 3, conf.COUNT_LIMIT
    try:
        capped = client.get("/api/search/", {"q": "migrants", "lang": "en"}).json()
        html = client.get("/es/search/", {"q": "migrantes"}).content.decode()
    finally:
        conf.COUNT_LIMIT = saved
    assert capped["total"] == 3 and capped["more_than_total"] is True
    # The rows read (the 4 newest matches) are both what is counted and what
    # is ranked: no result the counts left out, none of the older matches.
    assert sum(value["count"] for value in capped["facets"]["type"]) == 4
    entry_ids = {
        (entry.kind, entry.source_id): entry.pk
        for entry in SearchEntry.objects.filter(language="en")
    }
    every, page = [], 1
    while len(every) < exact["total"]:
        every += client.get("/api/search/", {"q": "migrants", "lang": "en", "page": page}).json()[
            "results"
        ]
        page += 1
    newest = sorted(every, key=lambda r: entry_ids[(r["type"], r["id"])], reverse=True)[:4]
    assert sorted(capped["results"], key=str) == sorted(newest, key=str)
    assert "Más de 3 resultados" in html
    assert "los recuentos son los de las primeras 3 coincidencias" in html

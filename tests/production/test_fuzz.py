"""Hostile input: every public URL and query parameter, fuzzed with
hypothesis through the Django test client. No input gives a 500 or comes back
as unescaped markup. Examples are bounded so the suite stays fast."""

import re

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.production.conftest import live_page_paths

pytestmark = pytest.mark.django_db

LANGS = ["en", "es", "fr", "ht"]
# Query parameters the site's views read, plus junk.
PARAMS = [
    "q",
    "page",
    "lang",
    "language",
    "topic",
    "country",
    "region",
    "year",
    "type",
    "format",
    "sort",
    "order",
    "tag",
    "category",
    "statistic",
    "sheet",
    "id",
    "from",
    "to",
    "next",
    "utm_source",
]
MARKER = "<x-fuzz-7 onload=alert(1)>"
ROUTES = [
    "/{lang}/search/",
    "/api/search/",
    "/api/statistics/",
    "/sitemap.xml",
    "/robots.txt",
    "/{lang}/embed/",
]

hostile_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            MARKER,
            '"><script>alert(1)</script>',
            "' OR 1=1 --",
            "%00",
            "\x00",
            "../../etc/passwd",
            "{{ 7*7 }}",
            "{% debug %}",
            "-1",
            "999999999999999999999",
            "1e309",
            "NaN",
            "[]",
            "{}",
            "\u202e\u0000",
            "ó" * 300,
            "a" * 3000,
            "javascript:alert(1)",
            "%",
            "&amp;",
            "\ud7ff",
        ]
    ),
)


def paths():
    return [p.format(lang=lang) for p in ROUTES for lang in LANGS[:1]] + [
        f"/{lang}{path}" for path in live_page_paths() for lang in LANGS
    ]


def assert_safe(response, payloads):
    assert response.status_code < 500, (response.status_code, response.request)
    body = response.content.decode("utf-8", "replace")
    for payload in payloads:
        if "<" in payload and len(payload) > 3:
            assert payload not in body, f"unescaped input reflected: {payload!r}"


@pytest.mark.django_db
def test_fuzz_query_parameters_on_every_public_url(home_page):
    client = Client(raise_request_exception=False)
    urls = paths()

    @settings(
        max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
    )
    @given(
        url=st.sampled_from(urls),
        query=st.dictionaries(
            st.one_of(st.sampled_from(PARAMS), st.text(min_size=1, max_size=10)),
            hostile_text,
            max_size=4,
        ),
    )
    def check(url, query):
        response = client.get(url, query)
        assert_safe(response, list(query.values()) + list(query.keys()))

    check()


@pytest.mark.django_db
def test_every_public_url_survives_markup_in_every_parameter(home_page):
    """Deterministic sweep: the marker in each known parameter of each URL."""
    client = Client(raise_request_exception=False)
    for url in paths():
        response = client.get(url, dict.fromkeys(PARAMS, MARKER))
        assert_safe(response, [MARKER])


@pytest.mark.django_db
def test_fuzz_paths_give_404_not_500(home_page):
    client = Client(raise_request_exception=False)
    segment = st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/?#"),
        min_size=1,
        max_size=30,
    )

    @settings(
        max_examples=50, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
    )
    @given(
        lang=st.sampled_from([*LANGS, "xx", ""]), segments=st.lists(segment, min_size=1, max_size=3)
    )
    def check(lang, segments):
        path = "/" + "/".join(([lang] if lang else []) + segments) + "/"
        response = client.get(path)
        assert response.status_code < 500, path
        body = response.content.decode("utf-8", "replace")
        for seg in segments:
            if re.search(r"<[a-zA-Z]", seg):
                assert seg not in body

    check()


@pytest.mark.django_db
def test_fuzz_post_to_public_urls_never_500s(home_page):
    client = Client(raise_request_exception=False, enforce_csrf_checks=True)
    for url in paths()[:20]:
        response = client.post(url, {"q": MARKER})
        assert response.status_code < 500, url

"""What a fact sheet costs to render does not grow with the figures it cites:
the same SQL queries for 5 and 50 statistics, all figures in one query, and
each figure formatted once per language however often the page shows it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factsheets.models import Statistic
from factsheets.models import statistic as statistic_module

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}
MAX_QUERIES = 12


def _render(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **HOST)
    assert response.status_code == 200, url
    return response.content.decode(), queries.captured_queries


def test_fact_sheet_with_5_or_50_statistics_runs_the_same_few_queries(client, make_fact_sheet):
    small, _ = make_fact_sheet(n=5, inline=5)
    large, _ = make_fact_sheet(n=50, inline=50)
    counts = {}
    for language in ("en", "es"):
        for page in (small, large):  # the first view draws the page's share card, once
            client.get(f"/{language}/facts/{page.slug}/", **HOST)
        _html, small_queries = _render(client, f"/{language}/facts/{small.slug}/")
        html, large_queries = _render(client, f"/{language}/facts/{large.slug}/")
        assert html.count('<li id="figure-') == 50
        assert html.count('class="callout"') == 49  # the first is the key figure on top
        counts[language] = (len(small_queries), len(large_queries))
        statistic_table = Statistic._meta.db_table
        figure_queries = [
            q["sql"] for q in large_queries if f'FROM "{statistic_table}"' in q["sql"]
        ]
        assert len(figure_queries) == 1, figure_queries  # callouts, inline and sources: one query
    for language, (small_count, large_count) in counts.items():
        assert small_count == large_count <= MAX_QUERIES, (language, counts)


def test_each_figure_is_formatted_once_per_language(client, make_fact_sheet, monkeypatch):
    page, statistics = make_fact_sheet(n=20, inline=20, translated=["fr"])
    calls = []
    real = statistic_module.format_statistic_value

    def counting(value, unit, language=None, *args, **kwargs):
        calls.append((value, language))
        return real(value, unit, language, *args, **kwargs)

    monkeypatch.setattr(statistic_module, "format_statistic_value", counting)
    for language in ("en", "fr"):
        expected = [statistic.formatted_value(language) for statistic in statistics]
        calls.clear()
        html, _queries = _render(client, f"/{language}/facts/{page.slug}/")
        rendered = [value for value, _language in calls]
        # Every figure shows three times: its callout (or the key figure),
        # inside a sentence, in the sources.
        for text in expected:
            assert html.count(f">{text}<") >= 3, (language, text)
        assert len(rendered) == len(set(rendered)) == 20, (language, len(rendered))


def test_an_edited_statistic_is_formatted_anew(db):
    from factsheets.factories import StatisticFactory

    statistic = StatisticFactory(value=12, unit="count")
    assert statistic.formatted_value("en") == "12"
    statistic.value = 13
    assert statistic.formatted_value("en") == "13"

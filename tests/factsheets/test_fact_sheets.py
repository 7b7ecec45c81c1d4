"""Fact sheets as readers, journalists and search engines see them."""

import csv
import io
import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from factsheets.blocks import FIGURE_FEATURES
from factsheets.factories import FactSheetPageFactory, StatisticFactory, inline_figure
from factsheets.models import FactSheetIndexPage, FactSheetPage, Statistic
from factsheets.references import citing_pages

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}


def get(client, url):
    response = client.get(url, **HOST)
    assert response.status_code == 200, url
    return response.content.decode()


def claim_review(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    reviews = [data for data in map(json.loads, blocks) if data.get("@type") == "ClaimReview"]
    assert len(reviews) == 1
    return reviews[0]


def test_fact_sheet_shows_claim_verdict_and_sources_grouped_by_document(client, make_fact_sheet):
    other = StatisticFactory(
        value=99, label="Figure from elsewhere", source_title="Another report", source_url=""
    )
    page, statistics = make_fact_sheet(n=3, inline=2)
    page, _ = make_fact_sheet(statistics=[*statistics, other], inline=2)
    html = get(client, f"/en{page.url_path.split('/home', 1)[1]}")
    sources = re.search(r'<ol class="sources">(.*?)</ol>\s*</section>', html, re.DOTALL).group(1)
    # Four statistics from two documents, two of them cited twice: two numbered
    # entries, each listing the figures it supports.
    assert re.findall(r'<li id="source-(\d+)">', sources) == ["1", "2"]
    first, second = sources.split('<li id="source-2">')
    assert "International Organization for Migration (IOM)" in first
    assert "Figure 0" in first and "Figure 2" in first and "Figure from elsewhere" not in first
    assert "Another report" in second and "Figure from elsewhere" in second
    for statistic in [*statistics, other]:
        assert sources.count(f'id="figure-{statistic.key}"') == 1
    # Inline figures show the formatted value and link to their own entry
    # under their document, which links on to the statistic's page.
    assert re.search(
        rf'<a class="figure-inline" href="#figure-{statistics[0].key}"[^>]*>'
        r'<data value="10">10%</data><sup class="figure-inline__ref">\[1\]</sup>',
        html,
    )
    assert re.search(
        rf'<li id="figure-{statistics[0].key}">.*?<a href="/en/statistics/{statistics[0].key}/">',
        sources,
    )
    # Claim and verdict in one block: the word, its colour class and an icon.
    claim = re.search(r'<div class="claim claim--false">(.*?)</div>\s*</div>', html, re.S).group(1)
    assert "Our verdict" in claim and 'class="verdict verdict--false verdict--large"' in claim
    assert "<svg" in claim and '<span class="verdict__word">False</span>' in claim


def test_claim_review_json_ld_describes_the_verdict(client, make_fact_sheet):
    page, _stats = make_fact_sheet(n=1, verdict="misleading", myth="Migrants are a burden.")
    html = get(client, f"/en/facts/{page.slug}/")
    review = claim_review(html)
    assert review["@context"] == "https://schema.org"
    assert review["claimReviewed"] == "Migrants are a burden."
    assert review["reviewRating"]["alternateName"] == "Misleading"
    assert review["reviewRating"]["ratingValue"] == 2
    assert review["author"]["@type"] == "Organization"
    assert review["url"].endswith(f"/en/facts/{page.slug}/")
    assert review["itemReviewed"]["@type"] == "Claim"
    assert re.match(r"\d{4}-\d{2}-\d{2}$", review["datePublished"])


def test_claim_review_is_in_the_reader_language(client):
    html = get(client, "/es/facts/migration-only-goes-south-to-north/")
    review = claim_review(html)
    assert review["claimReviewed"] == "La migración solo va de sur a norte."
    assert review["url"].endswith("/es/facts/migration-only-goes-south-to-north/")


def test_cite_this_fact_sheet_gives_permalink_and_last_reviewed_date(client):
    html = get(client, "/en/facts/migration-only-goes-south-to-north/")
    citation = re.search(r'<p class="citation" id="citation-page">(.*?)</p>', html).group(1)
    assert "Does migration only go from south to north?" in citation
    assert "http://testserver/en/facts/migration-only-goes-south-to-north/" in citation
    assert "November 28, 2026" in citation


def test_every_figure_on_the_page_downloads_as_csv_and_json(client):
    base = "/en/facts/our-region-is-a-main-migration-region/"
    html = get(client, base)
    assert f'href="{base}figures/csv/"' in html
    response = client.get(base + "figures/csv/", **HOST)
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    by_key = {row["key"]: row for row in rows}
    assert (
        by_key["iom-funding-2014-2016-operations-emergencies-post-crisis"]["value"] == "188100000"
    )
    assert by_key["region-world-population-share"]["formatted_value"] == "7.2%"
    assert [row["number"] for row in rows] == [str(n) for n in range(1, len(rows) + 1)]
    data = json.loads(client.get(base + "figures/json/", **HOST).content)
    assert [f["key"] for f in data["figures"]] == [row["key"] for row in rows]
    assert data["last_reviewed"] == "2026-11-28"


def test_funding_chart_renders_as_a_table_without_javascript(client):
    html = get(client, "/es/facts/our-region-is-a-main-migration-region/")
    chart = re.search(r'<figure class="chart">(.*?)</figure>', html, re.DOTALL).group(1)
    assert "<table" in chart and 'scope="row"' in chart
    assert "188.100.000\xa0US$" in chart
    assert 'style="--bar: 100%"' in chart
    # Labels drop the words every bar shares (the title says them once).
    assert '<th scope="row">Operaciones, emergencias y poscrisis</th>' in chart
    assert "Necesidades de financiación de la OIM 2014–2016" not in chart.split("</thead>")[1]
    assert "<script" not in chart


def test_a_page_cannot_cite_an_unpublished_statistic(facts_index):
    draft = StatisticFactory(key="draft-figure", live=False)
    page = FactSheetPageFactory.build(
        slug="cites-a-draft",
        body=[{"type": "callout", "value": {"statistic": draft.pk, "label_override": ""}}],
    )
    with pytest.raises(ValidationError) as error:
        facts_index.add_child(instance=page)
    assert "not published" in str(error.value.message_dict["body"])
    inline = FactSheetPageFactory.build(
        slug="cites-a-draft-inline",
        body=[{"type": "paragraph", "value": f"<p>See {inline_figure(draft)}.</p>"}],
    )
    with pytest.raises(ValidationError):
        facts_index.add_child(instance=inline)
    assert not FactSheetPage.objects.filter(slug__startswith="cites-a-draft").exists()


def test_statistic_correction_updates_every_citing_page(client, django_capture_on_commit_callbacks):
    statistic = Statistic.objects.get(key="north-america-migrants")
    pages = {p.slug for p in citing_pages(statistic)}
    assert pages == {
        "home",  # one of the region's key figures
        "migrants-are-a-burden-on-the-economy",
        "our-region-is-a-main-migration-region",
    }
    urls = [
        "/en/facts/migrants-are-a-burden-on-the-economy/",
        "/es/facts/our-region-is-a-main-migration-region/",
        "/es/facts/migrants-are-a-burden-on-the-economy/",
        "/es/",
    ]
    for url in urls:  # warm any page cache
        get(client, url)
    revision = statistic.save_revision()
    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()
    statistic.value = 54000000
    with django_capture_on_commit_callbacks(execute=True):
        statistic.save_revision().publish()
    assert "54 million" in get(client, urls[0])
    assert "54\xa0millones" in get(client, urls[1]) or "54 millones" in get(client, urls[1])
    assert "54 millones" in get(client, urls[2]).replace("\xa0", " ")
    assert "53 millones" not in get(client, urls[2]).replace("\xa0", " ")
    assert "54 millones" in get(client, urls[3]).replace("\xa0", " ")


def test_fact_sheet_renders_in_constant_queries(
    client, make_fact_sheet, django_assert_max_num_queries
):
    small, _ = make_fact_sheet(n=5, inline=5)
    large, _ = make_fact_sheet(n=30, inline=30)
    with CaptureQueriesContext(connection) as baseline:
        get(client, f"/en/facts/{small.slug}/")
    with django_assert_max_num_queries(len(baseline.captured_queries)):
        html = get(client, f"/en/facts/{large.slug}/")
    assert html.count('<li id="figure-') == 30


def test_index_filters_by_topic_country_and_verdict_without_javascript(client):
    html = get(client, "/en/facts/")
    assert '<form class="filters" method="get"' in html
    assert html.count('class="card factsheet-card"') >= 6
    html = get(client, "/en/facts/?topic=climate")
    assert "Has climate change nothing to do with migration?" in html
    assert "Does migration only go from south to north?" not in html
    html = get(client, "/en/facts/?verdict=true")
    assert "Is our region one of the world" in html
    assert "Are irregular migrants criminals?" not in html
    html = get(client, "/es/facts/?country=HT")
    assert "¿El cambio climático no tiene nada que ver con la migración?" in html
    assert "Haití" in html


def test_index_is_paginated(client, facts_index):
    for n in range(FactSheetIndexPage.per_page):
        FactSheetPageFactory(parent=facts_index, slug=f"extra-sheet-{n}", verdict="true")
    html = get(client, "/en/facts/?verdict=true")
    assert 'rel="next" href="?verdict=true&amp;page=2"' in html
    assert "Page 1 of 2" in html
    assert "Page 2 of 2" in get(client, "/en/facts/?verdict=true&page=2")


def test_fact_sheet_without_translation_shows_fallback_language(client):
    html = get(client, "/fr/facts/trafficking-does-not-affect-our-region/")
    # The English content is marked English; <main> and its labels stay French.
    assert re.search(r'<main id="main"[^>]*class="wrap">', html)
    assert '<h1 lang="en">Does human trafficking spare people from our region?</h1>' in html
    assert re.search(r'<p class="lead factsheet__answer" lang="en">', html)
    assert "Notre verdict" in html


def test_fact_sheet_has_a_print_stylesheet(client):
    html = get(client, "/en/facts/migration-only-goes-south-to-north/")
    assert re.search(
        r'<link rel="stylesheet" href="[^"]*factsheets/print\.css" media="print">', html
    )


def test_admin_can_create_a_fact_sheet_with_a_callout(admin_client, facts_index):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    statistic = Statistic.objects.get(key="region-world-migrants-share")
    data = nested_form_data(
        {
            "title_en": "A new fact sheet",
            "slug": "a-new-fact-sheet",
            "myth_en": "A myth.",
            "verdict": "false",
            "short_answer_en": "No.",
            "body_en": streamfield(
                [
                    ("callout", {"statistic": statistic.pk, "label_override": ""}),
                    (
                        "paragraph",
                        rich_text(
                            f"<p>About {inline_figure(statistic)} of migrants.</p>",
                            features=FIGURE_FEATURES,
                        ),
                    ),
                ]
            ),
            "body_es": streamfield([]),
            "body_fr": streamfield([]),
            "body_ht": streamfield([]),
            **{f"appearances_{code}": streamfield([]) for code in ("en", "es", "fr", "ht")},
            "last_reviewed": "2026-11-28",
            "action-publish": "publish",
        }
    )
    url = reverse("wagtailadmin_pages:add", args=["factsheets", "factsheetpage", facts_index.pk])
    response = admin_client.post(url, data, **HOST)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    page = FactSheetPage.objects.get(slug="a-new-fact-sheet")
    assert page.live
    html = get(admin_client, "/es/facts/a-new-fact-sheet/")
    assert "25\xa0%" in html
    # The page has no Spanish body: the English sentence is marked English and
    # its figure formatted as English, as the sentence around it.
    assert '<div class="factsheet__body" lang="en">' in html
    assert 'data-statistic="region-world-migrants-share"><data value="25">25%</data>' in html
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]), **HOST)
    assert edit.status_code == 200
    assert "factsheets/statistic-entity.js" in edit.content.decode()


def test_fact_sheets_live_under_the_single_fact_sheet_index(home_page, facts_index):
    from home.models import HomePage

    assert FactSheetPage.can_create_at(facts_index)
    assert not FactSheetPage.can_create_at(home_page)
    assert FactSheetIndexPage.allowed_subpage_models() == [FactSheetPage]
    assert FactSheetPage.allowed_subpage_models() == []
    assert not FactSheetIndexPage.can_create_at(home_page)  # max_count = 1: /facts/ exists
    assert isinstance(facts_index.get_parent().specific, HomePage)
    assert facts_index.show_in_menus

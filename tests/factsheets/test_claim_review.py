"""ClaimReview as Google's fact-check documentation asks for it, read from the
rendered page of every fact sheet in every language."""

import datetime
import json
import re

import pytest
from django.conf import settings
from django.utils import translation

from factsheets.models import FactSheetPage
from languages.fallback import display_language
from tests.page_types import LANGUAGES

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "localhost"}


def claim_review(html):
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    reviews = [data for data in map(json.loads, scripts) if data.get("@type") == "ClaimReview"]
    assert len(reviews) == 1
    return reviews[0]


def assert_google_fields(review, canonical):
    """Required: claimReviewed, reviewRating (alternateName), url. Recommended:
    author (with url), datePublished, itemReviewed (Claim with appearance),
    rating bounds."""
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"].strip()
    assert review["url"] == canonical
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"].strip()
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    author = review["author"]
    assert author["@type"] == "Organization" and author["name"]
    assert author["url"] == f"{settings.SITE_BASE_URL}/"
    published = datetime.date.fromisoformat(review["datePublished"])
    modified = datetime.date.fromisoformat(review["dateModified"])
    assert modified >= published
    claim = review["itemReviewed"]
    assert claim["@type"] == "Claim" and claim["name"] == review["claimReviewed"]
    assert claim["appearance"] and claim["firstAppearance"] == claim["appearance"][0]
    for work in claim["appearance"]:
        assert work["@type"] == "CreativeWork" and (work.get("url") or work.get("name"))
        assert work.get("url") != review["url"]  # where the claim appeared, not our page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_demo_fact_sheet_has_a_complete_claim_review_in_every_language(client, lang):
    sheets = list(FactSheetPage.objects.live())
    assert len(sheets) >= 5
    for sheet in sheets:
        path = f"/{lang}/facts/{sheet.slug}/"
        html = client.get(path, **HOST).content.decode()
        review = claim_review(html)
        assert_google_fields(review, f"{settings.SITE_BASE_URL}{path}")
        # The language actually shown: a fallback page shown in English says en.
        shown = display_language(sheet, lang)
        assert review["inLanguage"] == shown, (sheet.slug, lang)
        with translation.override(shown):
            assert review["claimReviewed"] == sheet.myth


def test_a_fallback_page_declares_the_language_it_shows(client):
    sheet = FactSheetPage.objects.get(slug="climate-has-nothing-to-do-with-migration")
    assert not sheet.myth_ht and not sheet.myth_fr  # written in English and Spanish only
    review = claim_review(client.get(f"/ht/facts/{sheet.slug}/", **HOST).content.decode())
    assert review["inLanguage"] == "en"
    assert review["claimReviewed"] == sheet.myth_en


def test_appearances_with_link_author_and_date_fill_the_claim(client, make_fact_sheet):
    page, _stats = make_fact_sheet(n=1, myth="Migrants take our jobs.")
    page.appearances = [
        {
            "type": "appearance",
            "value": {
                "medium": "social-media",
                "url": "https://social.example.org/post/1",
                "description": "A post shared widely",
                "author": "A sample account",
                "first_seen": "2026-10-02",
            },
        },
        {
            "type": "appearance",
            "value": {
                "medium": "saying",
                "url": "",
                "description": "A common saying",
                "author": "",
                "first_seen": "2026-09-15",
            },
        },
    ]
    page.save_revision().publish()
    html = client.get(f"/en/facts/{page.slug}/", **HOST).content.decode()
    review = claim_review(html)
    claim = review["itemReviewed"]
    assert claim["author"] == {"@type": "Person", "name": "A sample account"}
    assert claim["datePublished"] == "2026-09-15"  # the earliest first sighting
    assert claim["appearance"][0] == {
        "@type": "CreativeWork",
        "url": "https://social.example.org/post/1",
        "name": "A post shared widely",
        "author": {"@type": "Person", "name": "A sample account"},
        "datePublished": "2026-10-02",
    }
    assert claim["appearance"][1]["name"] == "A common saying"
    # Readers see where the claim appeared too.
    assert 'href="https://social.example.org/post/1">A post shared widely</a>' in html


def test_date_modified_is_the_last_publication_and_never_before_the_first(client, make_fact_sheet):
    page, _stats = make_fact_sheet(n=1)
    page.save_revision().publish()
    page.refresh_from_db()
    first = page.first_published_at.date()
    page.last_reviewed = datetime.date(2020, 1, 1)  # an old review date changes nothing
    page.save_revision().publish()
    page.refresh_from_db()
    review = claim_review(client.get(f"/en/facts/{page.slug}/", **HOST).content.decode())
    assert review["datePublished"] == first.isoformat()
    assert review["dateModified"] == page.last_published_at.date().isoformat()

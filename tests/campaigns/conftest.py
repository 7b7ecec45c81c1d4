"""Helpers to drive the campaign admin forms like an editor does."""

import datetime

import pytest
from django.core.cache import caches
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import CampaignIndexPage

LANGS = ("en", "es", "fr", "ht")


def campaign_form(slug, hero_image, body=(), **overrides):
    """POST data of the campaign add/edit form: every language's fields."""
    data = {
        "slug": slug,
        "hero_image": hero_image.pk if hero_image else "",
        "start_date": "2025-01-01",
        "end_date": "",
        "toolkit": streamfield([]),
        "comments": inline_formset([]),
    }
    for lang in LANGS:
        data[f"title_{lang}"] = f"Campaign {slug} ({lang})"
        data[f"tagline_{lang}"] = f"Tagline in {lang}"
        data[f"hashtag_{lang}"] = ""
        data[f"seo_title_{lang}"] = ""
        data[f"search_description_{lang}"] = ""
        data[f"body_{lang}"] = streamfield(list(body) if lang == "en" else [])
    data.update(overrides)
    return nested_form_data(data)


def paragraph(html):
    return ("paragraph", rich_text(html))


@pytest.fixture
def campaign_index(db):
    return CampaignIndexPage.objects.get()


@pytest.fixture
def today():
    return datetime.date.today()


@pytest.fixture(autouse=True)
def _fresh_rendition_cache():
    """Wagtail caches renditions by image id; ids are reused after each rolled-back test."""
    for cache in caches.all():
        cache.clear()
    yield

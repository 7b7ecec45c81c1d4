"""Every block offered in a page type's editor has a description and a
preview that Wagtail's block preview view draws from the site's own content
(the block picker shows it), in the editor's language."""

import inspect
import re
from importlib import import_module

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail import blocks
from wagtail.blocks.base import BlockField
from wagtail.models import get_page_models
from wagtail.users.models import UserProfile

OUR_APPS = set(settings.LOCAL_APPS)


def offered_blocks():
    """(page type, field, block name, block) for each block of the block
    picker of every StreamField in every page type's edit form."""
    found = []
    for model in get_page_models():
        if model._meta.app_label not in OUR_APPS:
            continue
        form_class = model.get_edit_handler().get_form_class()
        for field_name, field in form_class.base_fields.items():
            if isinstance(field, BlockField):
                for name, block in field.block.child_blocks.items():
                    found.append((model.__name__, field_name, name, block))
    return found


OFFERED = offered_blocks()


def main_of(html):
    return re.search(r"<main>(.*)</main>", html, re.S).group(1)


@pytest.fixture
def editor(admin_client, admin_user):
    def preview(block, lang="en"):
        profile = UserProfile.get_for_user(admin_user)
        profile.preferred_language = lang
        profile.save()
        response = admin_client.get(
            reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
        )
        assert response.status_code == 200
        return response.content.decode()

    return preview


def test_every_page_type_with_a_stream_offers_blocks():
    page_types = {page_type for page_type, *_rest in OFFERED}
    assert {"StandardPage", "CampaignPage", "FactSheetPage", "RightsGuidePage"} <= page_types
    assert len(OFFERED) > 40  # every language's field has its own block definitions


@pytest.mark.parametrize(
    "block", [b for *_names, b in OFFERED], ids=["-".join(names) for *names, _b in OFFERED]
)
def test_block_has_a_description_and_a_preview_drawn_from_the_site(block, editor):
    assert block.get_description(), "no description for the block picker"
    assert block.is_previewable
    html = editor(block)
    main = main_of(html)
    text = re.sub(r"<[^>]+>", " ", main)
    assert text.strip() or "<img" in main, main
    assert "None" not in text, main
    # Statistic blocks cite a real figure of the library, never the gap.
    assert "figure-gap" not in main
    assert 'rel="stylesheet" href="/static/css/site.css"' in html


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_block_previews_are_in_the_editors_language(lang, editor):
    unique = {type(block): block for *_names, block in OFFERED}
    for block in unique.values():
        english, translated = main_of(editor(block)), main_of(editor(block, lang))
        assert translated != english, f"{type(block).__name__} preview is not translated"


def test_heading_preview_speaks_spanish(editor):
    from home.blocks import HeadingBlock

    heading = next(b for *_n, b in OFFERED if isinstance(b, HeadingBlock))
    assert "La migración en la región" in editor(heading, "es")


def test_statistic_previews_cite_the_library(editor):
    from factsheets.blocks import StatisticCalloutBlock, StatisticChartBlock
    from factsheets.models import Statistic

    callout = next(b for *_n, b in OFFERED if isinstance(b, StatisticCalloutBlock))
    chart = next(b for *_n, b in OFFERED if isinstance(b, StatisticChartBlock))
    statistic = Statistic.objects.live().order_by("key").first()
    assert statistic.formatted_value() in editor(callout)
    assert editor(chart).count('class="chart__bar') >= 2


def test_every_block_class_of_our_apps_has_a_preview_value_and_description():
    missing = []
    for app in OUR_APPS:
        try:
            module = import_module(f"{app}.blocks")
        except ModuleNotFoundError:
            continue
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if (
                cls.__module__ == module.__name__
                and issubclass(cls, blocks.Block)
                and not issubclass(cls, blocks.StreamBlock)
            ):
                block = cls()
                if not hasattr(block.meta, "preview_value") or not block.get_description():
                    missing.append(f"{app}.blocks.{name}")
    assert not missing, missing

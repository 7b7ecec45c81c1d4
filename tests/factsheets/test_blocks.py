"""The figure blocks other apps reuse (campaigns import the callout)."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from factsheets.blocks import FigureRichTextBlock, StatisticCalloutBlock, StatisticChartBlock
from factsheets.factories import StatisticFactory, inline_figure
from factsheets.models import Statistic

pytestmark = pytest.mark.django_db


def test_callout_outside_a_fact_sheet_links_to_the_statistic_page():
    block = StatisticCalloutBlock()
    statistic = Statistic.objects.get(key="north-america-foreign-born-share")
    value = block.to_python({"statistic": statistic.pk, "label_override": ""})
    with translation.override("fr"):
        html = block.render(value)
    assert '<data value="15">15\xa0%</data>' in html
    assert "près de" in html
    assert "Part de la population de l&#x27;Amérique du Nord née à l&#x27;étranger" in html
    # "Source" leads to the statistic's page (source, history, citing fact
    # sheets), in the reader's language; never a bare embed card.
    assert 'href="/fr/statistics/north-america-foreign-born-share/"' in html


def test_callout_refuses_an_unpublished_statistic():
    draft = StatisticFactory(key="a-draft", live=False)
    block = StatisticCalloutBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"statistic": draft.pk, "label_override": ""}))


def test_chart_bars_are_proportional_to_the_largest_value():
    keys = [
        "iom-funding-2014-2016-operations-emergencies-post-crisis",
        "iom-funding-2014-2016-migration-health",
    ]
    ids = [Statistic.objects.get(key=k).pk for k in keys]
    block = StatisticChartBlock()
    value = block.to_python({"title": "Funding", "statistics": ids, "caption": ""})
    assert [bar["width"] for bar in value.bars] == [100, 12]
    html = block.render(value)
    assert "US$188,100,000" in html and "US$22,710,000" in html


def test_rich_text_refuses_an_unknown_statistic_and_renders_a_known_one():
    block = FigureRichTextBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python('<p>See <a linktype="statistic" id="999999">x</a>.</p>'))
    statistic = Statistic.objects.get(key="north-america-migrants")
    value = block.clean(
        block.to_python(f"<p>Some {inline_figure(statistic, 'old text')} migrants.</p>")
    )
    with translation.override("es"):
        html = block.render(value)
    assert "53 millones" in html.replace("\xa0", " ")
    assert "old text" not in html

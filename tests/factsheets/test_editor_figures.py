"""In the editor an inline statistic reads as its figure, formatted from the
library now (not the key or an old value stored in the database), and saves
back as a reference to the statistic."""

import json

import pytest
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from factsheets.factories import StatisticFactory, inline_figure

pytestmark = pytest.mark.django_db


def test_inline_statistic_reads_as_its_current_figure_and_saves_as_a_reference():
    statistic = StatisticFactory(value=53_000_000, unit="count", label="Migrants in the north")
    converter = ContentstateConverter(features=["statistic", "bold"])
    stored = f"<p>In 2013 <b>some</b> {inline_figure(statistic)} people lived there.</p>"
    state = json.loads(converter.from_database_format(stored))
    block = state["blocks"][0]
    figure = statistic.formatted_value()
    assert block["text"] == f"In 2013 some {figure} people lived there."
    (entity,) = state["entityMap"].values()
    assert entity["type"] == "STATISTIC"
    assert entity["data"] == {
        "id": statistic.pk,
        "figure": figure,
        "label": "Migrants in the north",
    }
    (entity_range,) = block["entityRanges"]
    start = entity_range["offset"]
    assert block["text"][start : start + entity_range["length"]] == figure

    # A corrected value shows at once; saving keeps only the reference.
    statistic.value = 54_000_000
    statistic.save()
    state = json.loads(converter.from_database_format(stored))
    assert statistic.formatted_value() in state["blocks"][0]["text"]
    saved = converter.to_database_format(json.dumps(state))
    assert f'<a linktype="statistic" id="{statistic.pk}">' in saved

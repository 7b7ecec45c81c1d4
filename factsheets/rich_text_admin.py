"""Draftail (contentstate) conversion of the inline statistic entity."""

from draftjs_exporter import DOM
from wagtail.admin.rich_text.converters.html_to_contentstate import LinkElementHandler


def statistic_entity(props):
    """Contentstate → database: ``<a linktype="statistic" id="…">``."""
    return DOM.create_element(
        "a", {"linktype": "statistic", "id": props.get("id")}, props["children"]
    )


class StatisticElementHandler(LinkElementHandler):
    """Database → contentstate."""

    def get_attribute_data(self, attrs):
        try:
            return {"id": int(attrs["id"])}
        except (KeyError, ValueError):
            return {}


ContentstateStatisticConversionRule = {
    "from_database_format": {'a[linktype="statistic"]': StatisticElementHandler("STATISTIC")},
    "to_database_format": {"entity_decorators": {"STATISTIC": statistic_entity}},
}

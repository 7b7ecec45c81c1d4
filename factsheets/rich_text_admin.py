"""Draftail (contentstate) conversion of the inline statistic entity.

In the editor an inline figure reads as the figure itself ("53 million"),
formatted now from the library, whatever text the database holds (the
key, or a value since corrected); its label is the entity's tooltip."""

from draftjs_exporter import DOM
from wagtail.admin.rich_text.converters.html_to_contentstate import LinkElementHandler


def statistic_entity(props):
    """Contentstate → database: ``<a linktype="statistic" id="…">``."""
    return DOM.create_element(
        "a", {"linktype": "statistic", "id": props.get("id")}, props["children"]
    )


def editor_data(statistic):
    """What the editor shows for ``statistic``: its figure and its label."""
    figure = statistic.formatted_value()
    if statistic.approximate:
        figure = f"{statistic.approximate} {figure}"
    return {"figure": figure, "label": statistic.label}


class StatisticElementHandler(LinkElementHandler):
    """Database → contentstate."""

    def get_attribute_data(self, attrs):
        from factsheets.models import Statistic

        try:
            pk = int(attrs["id"])
        except (KeyError, ValueError):
            return {}
        statistic = Statistic.objects.filter(pk=pk).first()
        if statistic is None:
            return {"id": pk}
        return {"id": pk, **editor_data(statistic)}

    def handle_endtag(self, name, state, contentstate):
        entity_range = state.current_entity_ranges[-1]
        figure = contentstate.entity_map[entity_range.key].data.get("figure")
        if figure:
            block = state.current_block
            block.text = block.text[: entity_range.offset] + figure
        super().handle_endtag(name, state, contentstate)


ContentstateStatisticConversionRule = {
    "from_database_format": {'a[linktype="statistic"]': StatisticElementHandler("STATISTIC")},
    "to_database_format": {"entity_decorators": {"STATISTIC": statistic_entity}},
}

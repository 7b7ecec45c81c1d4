"""``{% region_map %}``: the region's map, drawn inline.

    {% load geography_tags %}
    {% region_map highlight="HT" %}                 a country or an area highlighted
    {% region_map urls=country_urls highlight=code %}  countries as links, with a list beside
    {% region_map urls=country_urls listed=False %}    the page lists the links itself
    {% region_map highlight=codes %}                 several places (a list of codes)

Pages that show it add ``{% static 'geography/region-map.css' %}`` to their
stylesheets (the map is legible without it).
"""

from django import template

from geography.map import region_map as region_map_context

register = template.Library()


@register.inclusion_tag("geography/region_map.html")
def region_map(highlight=None, urls=None, language=None, listed=True):
    return {
        "map": region_map_context(highlight=highlight, urls=urls, language=language, listed=listed)
    }

"""Links that change one search parameter and keep the others."""

from urllib.parse import urlencode

from django import template

register = template.Library()


def _url(items):
    return "?" + urlencode(items) if items else "?"


@register.simple_tag
def toggle_url(params, name, value):
    """Add ``value`` to facet ``name``, or remove it if already chosen (back to page 1)."""
    current = list(params.filters.get(name, []))
    value = str(value)
    current = [v for v in current if v != value] if value in current else [*current, value]
    return _url(params.query_items(**{name: current, "page": ""}))


@register.simple_tag
def language_url(params, code):
    return _url(params.query_items(language=code, page=""))


@register.simple_tag
def sort_url(params, sort):
    return _url(params.query_items(sort="" if sort == "relevance" else sort, page=""))


@register.simple_tag
def page_url(params, number):
    return _url(params.query_items(page="" if number == 1 else str(number)))


@register.filter
def hidden_filters(params):
    """(name, value) pairs of the chosen filters, for hidden inputs of the search form."""
    return [(n, v) for n, v in params.query_items(q="", page="") if n != "sort"]


@register.filter
def active_filter_count(params):
    """How many filters narrow the results (facet values and a chosen language)."""
    return sum(len(values) for values in params.filters.values()) + (1 if params.language else 0)

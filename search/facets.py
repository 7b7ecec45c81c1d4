"""The facets readers filter by, their values and their labels.

The facets are the same for every kind of content; their values and labels
come from the sources the content apps register (``search.registry``).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from search import registry


@dataclass(frozen=True)
class Facet:
    name: str  # the GET parameter
    field: str  # the indexed field
    label: str


FACETS = {
    "type": Facet("type", "kind", _("Content type")),
    "topic": Facet("topic", "topics", _("Topic")),
    "country": Facet("country", "countries", _("Country or region")),
    "verdict": Facet("verdict", "verdict", _("Verdict")),
    "year": Facet("year", "year", _("Year")),
}


def labels(name):
    """``{value: label}`` of a facet, from the registered sources (labels are
    lazy: rendered in the reader's language)."""
    if name == "type":
        return registry.kind_labels()
    return registry.facet_labels(name)


def valid_values(name):
    if name == "year":
        return {str(year) for year in range(1950, 2101)}
    return set(labels(name))


def label(name, value):
    if name == "year":
        return str(value)
    return str(labels(name).get(str(value), value))


def language_label(code):
    """A language's name in the reader's language."""
    from languages.names import translated_name

    return str(translated_name(code))

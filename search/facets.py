"""The facets readers filter by, their values and their labels."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


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


def _kinds():
    from search.sources import SOURCES

    return {source.kind: source.label for source in SOURCES}


def _topics():
    labels = {}
    try:
        from rights.places import TOPIC_NAMES

        labels.update({str(k): v for k, v in TOPIC_NAMES.items()})
    except ImportError:
        pass
    try:
        from factsheets.choices import Topic

        labels.update(dict(Topic.choices))
    except ImportError:
        pass
    return labels


def _countries():
    labels = {}
    try:
        from rights.places import COUNTRY_NAMES

        labels.update({("region" if k == "REGION" else k): v for k, v in COUNTRY_NAMES.items()})
    except ImportError:
        pass
    try:
        from factsheets.choices import geography_choices

        labels.update(dict(geography_choices()))
    except ImportError:
        pass
    return labels


def _verdicts():
    try:
        from factsheets.choices import Verdict

        return dict(Verdict.choices)
    except ImportError:
        return {}


def labels(name):
    """``{value: label}`` of a facet (labels are lazy: rendered in the reader's language)."""
    if name == "type":
        return _kinds()
    if name == "topic":
        return _topics()
    if name == "country":
        return _countries()
    if name == "verdict":
        return _verdicts()
    return {}


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

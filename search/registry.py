"""The search sources the content apps register.

Each content app registers its sources (``search.sources.Source``) in its
``AppConfig.ready()``::

    from search import registry
    registry.register(FactSheetSource(), StatisticSource())

Indexing, rebuilding, the signals and the facets read this registry only:
``search`` imports no content app. Sources are kept in the order they were
registered (the order of ``INSTALLED_APPS``); when two sources label the same
facet value, the first registered names it.
"""

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import get_language

_sources = {}
_labels = {}  # (facet, language, registry state) -> {value: label}


def register(*sources):
    """Add sources; registering the same kind twice is a configuration error."""
    for source in sources:
        known = _sources.get(source.kind)
        if known is not None and type(known) is not type(source):
            raise ImproperlyConfigured(
                f"Two search sources of kind {source.kind!r}: {known!r} and {source!r}."
            )
        _sources[source.kind] = source
    _labels.clear()


def sources():
    return list(_sources.values())


def source(kind):
    """The source of ``kind`` (e.g. for a background job given ids), or ``None``."""
    return _sources.get(kind)


def source_for(obj):
    """The source that indexes ``obj``, or ``None``."""
    for source in _sources.values():
        if source.handles(obj):
            return source
    return None


def answer_kinds():
    """Kinds whose documents are direct answers (figures shown on top)."""
    return [kind for kind, source in _sources.items() if source.answers]


def kind_labels():
    return {kind: source.label for kind, source in _sources.items()}


def facet_labels(facet):
    """``{value: label}`` of facet ``facet`` over every source, computed once
    per language (a search page labels dozens of values)."""
    key = (facet, get_language(), id(_sources), len(_sources))
    labels = _labels.get(key)
    if labels is None:
        labels = {}
        for source in _sources.values():
            for value, label in source.facet_labels(facet).items():
                labels.setdefault(str(value), label)
        _labels[key] = labels
    return labels

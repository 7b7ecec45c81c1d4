"""Indexing jobs that follow publishing (queued by ``search.signals``).

Each job takes ids, reads the current state and writes it to both indexes,
so running it late, twice or after a retry is always right. A job fails (and
is retried, see ``jobs.queue``) when the engine could not be written.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from jobs.queue import background
from search import indexing, registry


class EngineUnavailable(Exception):
    """Elasticsearch could not be written; the job will be retried."""


def _check(written):
    if written is False:
        raise EngineUnavailable("the search engine could not be written")


@background(label=_("Search index: update items"))
def sync(kind, ids):
    """Index the items of ``kind`` that are live, remove the others."""
    source = registry.source(kind)
    if source is None:
        return
    objects = list(source.model._default_manager.filter(pk__in=ids))
    gone = set(ids) - {obj.pk for obj in objects}
    results = [indexing.index_objects(objects)] if objects else []
    if gone:
        results.append(indexing.remove(kind, sorted(gone)))
    for written in results:
        _check(written)


@background(label=_("Search index: an item and the pages showing it"))
def reindex_with_dependents(kind, object_id):
    """A statistic's new value: it and what shows it (the pages citing it)."""
    source = registry.source(kind)
    obj = source.model._default_manager.filter(pk=object_id).first() if source else None
    if obj is None:
        return sync.call(kind, [object_id])
    _check(indexing.index_objects([obj, *source.dependents(obj)]))


@background(label=_("Search index: a moved page and its descendants"))
def reindex_tree(page_id):
    """A move or a new slug changes the URL of the page and its descendants."""
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        pages = Page.objects.live().descendant_of(page, inclusive=True).specific()
        _check(indexing.index_objects(list(pages)))

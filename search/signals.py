"""Indexing follows publishing.

Connected once, in ``SearchConfig.ready()``, with a ``dispatch_uid`` each.
Work runs after the transaction commits, so an unpublished draft is never
indexed and a failing engine never rolls back (or blocks) a publication.
"""

import logging

from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from search import indexing
from search.registry import source_for

logger = logging.getLogger(__name__)


def _later(fn, *args):
    def run():
        try:
            fn(*args)
        except Exception:  # indexing must never break publishing
            logger.warning("Search indexing failed; run rebuild_search_index.", exc_info=True)

    transaction.on_commit(run)


def _snippet_source(instance):
    """The source of a non-page item (e.g. a statistic), or ``None``."""
    return None if isinstance(instance, Page) else source_for(instance)


def on_page_published(sender, instance, **kwargs):
    _later(indexing.index_objects, [instance.specific])


def on_page_unpublished(sender, instance, **kwargs):
    _later(indexing.remove_objects, [instance.specific])


def on_page_deleted(sender, instance, **kwargs):
    # Sent once per model of the inheritance chain: only the specific class has a source.
    if isinstance(instance, Page) and source_for(instance) is not None:
        _later(indexing.remove_objects, [instance])


def on_page_moved(sender, instance, **kwargs):
    """A move or a new slug changes the URL of the page and its descendants."""

    def reindex(page_id):
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            pages = Page.objects.live().descendant_of(page, inclusive=True).specific()
            indexing.index_objects(list(pages))

    _later(reindex, instance.pk)


def on_snippet_published(sender, instance, **kwargs):
    """A statistic's new value: re-index it and what shows it (its source's
    ``dependents``: the pages citing it)."""
    source = _snippet_source(instance)
    if source is None:
        return

    def reindex(object_id):
        obj = source.model._default_manager.filter(pk=object_id).first()
        if obj is not None:
            indexing.index_objects([obj, *source.dependents(obj)])

    _later(reindex, instance.pk)


def on_snippet_unpublished(sender, instance, **kwargs):
    source = _snippet_source(instance)
    if source is not None:
        _later(indexing.remove, source.kind, [instance.pk])


def on_snippet_deleted(sender, instance, **kwargs):
    source = _snippet_source(instance)
    if source is not None:
        _later(indexing.remove, source.kind, [instance.pk])


def connect():
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    post_delete.connect(on_page_deleted, dispatch_uid="search_page_deleted")
    post_page_move.connect(on_page_moved, dispatch_uid="search_page_moved")
    page_slug_changed.connect(on_page_moved, dispatch_uid="search_page_slug_changed")
    published.connect(on_snippet_published, dispatch_uid="search_snippet_published")
    unpublished.connect(on_snippet_unpublished, dispatch_uid="search_snippet_unpublished")
    post_delete.connect(on_snippet_deleted, dispatch_uid="search_snippet_deleted")

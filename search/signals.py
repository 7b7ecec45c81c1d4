"""Indexing follows publishing.

Connected once, in ``SearchConfig.ready()``, with a ``dispatch_uid`` each.
Each handler queues a background job (``search.jobs``) when the transaction
commits: an unpublished draft is never indexed, publishing never waits for
the index, and a failing engine never rolls back (or blocks) a publication;
the job is retried until it succeeds.
"""

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

from jobs.queue import enqueue_on_commit
from search import jobs
from search.registry import source_for


def _snippet_source(instance):
    """The source of a non-page item (e.g. a statistic), or ``None``."""
    return None if isinstance(instance, Page) else source_for(instance)


def _sync(instance):
    source = source_for(instance)
    if source is not None:
        enqueue_on_commit(jobs.sync, source.kind, [instance.pk])


def on_page_published(sender, instance, **kwargs):
    _sync(instance.specific)


def on_page_unpublished(sender, instance, **kwargs):
    _sync(instance.specific)


def on_page_deleted(sender, instance, **kwargs):
    # Sent once per model of the inheritance chain: only the specific class has a source.
    if isinstance(instance, Page):
        _sync(instance)


def on_page_moved(sender, instance, **kwargs):
    """A move or a new slug changes the URL of the page and its descendants."""
    enqueue_on_commit(jobs.reindex_tree, instance.pk)


def on_snippet_published(sender, instance, **kwargs):
    """A statistic's new value: re-index it and what shows it (its source's
    ``dependents``: the pages citing it)."""
    source = _snippet_source(instance)
    if source is not None:
        enqueue_on_commit(jobs.reindex_with_dependents, source.kind, instance.pk)


def on_snippet_unpublished(sender, instance, **kwargs):
    source = _snippet_source(instance)
    if source is not None:
        enqueue_on_commit(jobs.sync, source.kind, [instance.pk])


def on_snippet_deleted(sender, instance, **kwargs):
    source = _snippet_source(instance)
    if source is not None:
        enqueue_on_commit(jobs.sync, source.kind, [instance.pk])


def connect():
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    post_delete.connect(on_page_deleted, dispatch_uid="search_page_deleted")
    post_page_move.connect(on_page_moved, dispatch_uid="search_page_moved")
    page_slug_changed.connect(on_page_moved, dispatch_uid="search_page_slug_changed")
    published.connect(on_snippet_published, dispatch_uid="search_snippet_published")
    unpublished.connect(on_snippet_unpublished, dispatch_uid="search_snippet_unpublished")
    post_delete.connect(on_snippet_deleted, dispatch_uid="search_snippet_deleted")

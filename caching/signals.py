"""Invalidate exactly the cached pages a change affects.

- A page published: the page, its parent (index pages list their children)
  and every page citing it (Wagtail's ReferenceIndex). A page in the site menu
  changes every page's menu: then everything is invalidated.
- A page unpublished, moved or deleted: also its descendants (their URLs or
  reachability changed).
- A statistic, snippet, image or document published, changed, unpublished or
  deleted: every page citing it, directly or through another cited object,
  and its own page if it has one (a statistic's page).
- A page published, unpublished, moved or deleted also refreshes the own
  pages of the objects it cites (a statistic's page lists its citing pages).

Each invalidation runs at once and again when the transaction commits, so a
request rendering old data during the transaction cannot leave a stale copy.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import DraftStateMixin, Page, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from caching import jobs, pagecache
from factsheets.references import citing_pages
from jobs.queue import enqueue


def _run(fn, *args):
    """Invalidate now and again once the transaction commits; if the cache
    cannot be reached then, a background job retries until it can."""
    fn(*args)

    def after_commit():
        if fn(*args) is not False:
            return
        if fn is pagecache.invalidate_all:
            enqueue(jobs.invalidate_all)
        else:
            enqueue(jobs.purge, sorted(str(pk) for pk in args[0] if pk is not None))

    transaction.on_commit(after_commit)


def _citing_page_ids(obj):
    """Ids of the pages citing ``obj``, directly or through another cited
    object (a snippet, an image)."""
    return set(citing_pages(obj, through_snippets=True).values_list("pk", flat=True))


def _page_targets(page, descendants=False):
    ids = {page.pk}
    parent_path = page.path[: -page.steplen] if page.depth > 1 else None
    if parent_path:
        ids |= set(Page.objects.filter(path=parent_path).values_list("pk", flat=True))
    if descendants:
        ids |= set(Page.objects.descendant_of(page).values_list("pk", flat=True))
    ids |= _citing_page_ids(page)
    ids |= _cited_object_ids(page)
    return ids


def _cited_object_ids(page):
    """``cache_id`` of every non-page object ``page`` cites (the reference
    index's rows from it): their own pages list the pages citing them."""
    rows = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page), object_id=str(page.pk)
    ).values_list("to_content_type_id", "to_object_id")
    ids = set()
    for content_type_id, object_id in rows.distinct():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None and not issubclass(model, Page):
            ids.add(f"{model._meta.label_lower}:{object_id}")
    return ids


def _invalidate_page(page, descendants=False):
    if page.show_in_menus:
        _run(pagecache.invalidate_all)
    _run(pagecache.invalidate_pages, _page_targets(page, descendants))


@receiver(page_published)
def on_page_published(sender, instance, **kwargs):
    _invalidate_page(instance)


@receiver(page_unpublished)
def on_page_unpublished(sender, instance, **kwargs):
    _invalidate_page(instance, descendants=True)


@receiver(post_page_move)
def on_page_moved(sender, instance, parent_page_before=None, **kwargs):
    _invalidate_page(instance, descendants=True)
    if parent_page_before is not None:
        _run(pagecache.invalidate_pages, {parent_page_before.pk})


@receiver(pre_delete)
def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _invalidate_page(instance, descendants=True)


@receiver(published)
@receiver(unpublished)
def on_object_published(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        _run(
            pagecache.invalidate_pages,
            _citing_page_ids(instance) | {pagecache.cache_id(instance)},
        )


def _is_cited_model(model):
    """Models pages cite: snippets (statistics, contacts…), images, documents,
    plus any listed in ``PAGE_CACHE_CITED_MODELS``."""
    from django.conf import settings
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.snippets.models import get_snippet_models

    if issubclass(model, Page):
        return False
    extra = {m.lower() for m in getattr(settings, "PAGE_CACHE_CITED_MODELS", [])}
    return (
        model in get_snippet_models()
        or model in (get_image_model(), get_document_model())
        or model._meta.label_lower in extra
    )


@receiver(post_save)
def on_object_saved(sender, instance, raw=False, **kwargs):
    if raw or isinstance(instance, (Page, DraftStateMixin)):
        return  # pages and draftable objects: only publishing changes what readers see
    if _is_cited_model(type(instance)):
        _run(pagecache.invalidate_pages, _citing_page_ids(instance))


@receiver(pre_delete)
def on_object_deleted(sender, instance, **kwargs):
    if not isinstance(instance, Page) and _is_cited_model(type(instance)):
        _run(
            pagecache.invalidate_pages,
            _citing_page_ids(instance) | {pagecache.cache_id(instance)},
        )

"""Which pages cite an object, from Wagtail's reference index.

The one answer to "where is this used" for every app: search re-indexes the
pages citing a corrected statistic, the page cache purges them, the workspace
asks editors to re-read them and the statistics admin lists them. It works for
any object the index records (a statistic, a help contact, an image, a
document, another page).

With ``through_snippets`` it also follows citations through non-page objects
(a page showing an image that belongs to a collection, a snippet that cites a
statistic), a few levels deep, one query per level however many objects each
level holds.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, ReferenceIndex

#: How many non-page objects a citation may pass through.
MAX_DEPTH = 3


def citing_pages(obj, *, live_only=False, through_snippets=False):
    """The pages (specific, in tree order) whose current content cites ``obj``:
    a chooser, a block, a link or an inline figure in rich text.

    ``live_only``: only published pages. ``through_snippets``: also the pages
    citing an object (snippet, image, document) that cites ``obj``.
    """
    return _pages(_citing_page_ids([obj], through_snippets).get(_node(obj), set()), live_only)


def citing_pages_in_bulk(objects, *, live_only=False, through_snippets=False):
    """``citing_pages`` for many objects at once: ``{object: [pages]}``, with
    one reference-index query (per level followed) and one page query in all."""
    objects = list(objects)
    ids_by_node = _citing_page_ids(objects, through_snippets)
    every_id = set().union(*ids_by_node.values()) if ids_by_node else set()
    pages = {page.pk: page for page in _pages(every_id, live_only)}
    return {
        obj: sorted(
            (pages[pk] for pk in ids_by_node.get(_node(obj), ()) if pk in pages),
            key=lambda page: page.path,
        )
        for obj in objects
    }


def _pages(ids, live_only):
    pages = Page.objects.filter(pk__in=ids)
    if live_only:
        pages = pages.live()
    return pages.specific().order_by("path")


def _node(obj):
    """``(content type id, pk as text)`` as the reference index records an
    object: under the content type of its base model (``Page`` for pages)."""
    parents = obj._meta.get_parent_list()
    model = parents[-1] if parents else type(obj)
    return ContentType.objects.get_for_model(model, for_concrete_model=False).pk, str(obj.pk)


def _citing_page_ids(objects, through_snippets):
    """``{node: {page id…}}`` for the given objects, walking the reference index
    breadth first: one query per level for all the objects of that level."""
    page_type = ContentType.objects.get_for_model(Page).pk
    found = {}
    # Each object reached so far, with the starting objects it leads back to.
    reached = {}
    for obj in objects:
        if obj.pk is not None:
            node = _node(obj)
            reached[node] = {node}
            found[node] = set()
    frontier = dict(reached)
    for depth in range(MAX_DEPTH + 1):
        if not frontier:
            break
        condition = Q()
        for content_type, ids in _group(frontier).items():
            condition |= Q(to_content_type_id=content_type, to_object_id__in=ids)
        rows = (
            ReferenceIndex.objects.filter(condition)
            .values_list("to_content_type_id", "to_object_id", "base_content_type_id", "object_id")
            .distinct()
        )
        following = {}
        for to_type, to_id, from_type, from_id in rows:
            origins = frontier[(to_type, to_id)]
            if from_type == page_type:
                for origin in origins:
                    found[origin].add(int(from_id))
            elif through_snippets and depth < MAX_DEPTH:
                node = (from_type, from_id)
                new = origins - reached.get(node, set())
                if new:
                    reached.setdefault(node, set()).update(new)
                    following.setdefault(node, set()).update(new)
        frontier = following
    return found


def _group(nodes):
    grouped = {}
    for content_type, object_id in nodes:
        grouped.setdefault(content_type, []).append(object_id)
    return grouped

"""Where an image or document is in use, from Wagtail's reference index.

A page's row holds its published content (drafts live in revisions), so the
index of a live page says what readers see. References through other objects
(a snippet a page cites) are followed a few levels deep.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

MAX_DEPTH = 3


def _page_ids(obj, depth=0, seen=None):
    seen = set() if seen is None else seen
    page_type = ContentType.objects.get_for_model(Page)
    ids = set()
    sources = ReferenceIndex.get_references_to(obj).values_list("base_content_type_id", "object_id")
    for content_type_id, object_id in set(sources):
        if (content_type_id, object_id) in seen:
            continue
        seen.add((content_type_id, object_id))
        if content_type_id == page_type.id:
            ids.add(int(object_id))
        elif depth < MAX_DEPTH:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            source = model and model._default_manager.filter(pk=object_id).first()
            if source is not None:
                ids |= _page_ids(source, depth + 1, seen)
    return ids


def live_pages_using(obj):
    """Live pages whose published content uses ``obj``, in tree order."""
    return list(Page.objects.live().filter(pk__in=_page_ids(obj)).order_by("path"))

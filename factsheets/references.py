"""Where statistics are used, from Wagtail's reference index.

Search and cache code call ``pages_citing(statistic)`` to find the pages to
reindex or purge when a statistic is published.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex


def _page_ids(references):
    page_type = ContentType.objects.get_for_model(Page)
    ids = references.filter(base_content_type=page_type).values_list("object_id", flat=True)
    return {int(pk) for pk in ids}


def pages_citing(statistic):
    """Every page (specific, live or not) whose current content cites ``statistic``:
    in a callout, a chart or inline in rich text."""
    return Page.objects.filter(
        pk__in=_page_ids(ReferenceIndex.get_references_to(statistic))
    ).specific()


def pages_citing_any(statistics):
    return Page.objects.filter(
        pk__in=_page_ids(ReferenceIndex.get_references_to_in_bulk(statistics))
    ).specific()

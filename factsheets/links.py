"""Where a statistic is shown to readers, with its source and context.

Every link to "a statistic" (campaign callouts, home key figures, figures in
rich text outside fact sheets) goes through ``statistic_urls``: when statistic
pages exist at ``/<lang>/statistics/<key>/``, this is the one function to
change.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex


def statistic_urls(statistics):
    """``{statistic pk: url}``. Until statistics have their own page: the
    figure in the sources of the first live fact sheet citing it
    (``…/facts/slug/#figure-<key>``), else its card. Two queries for any
    number of statistics."""
    # By name, not import: the pages module imports the blocks that render
    # figures through this one.
    Statistic = apps.get_model("factsheets", "Statistic")
    FactSheetPage = apps.get_model("factsheets", "FactSheetPage")
    statistics = [s for s in statistics if s is not None]
    if not statistics:
        return {}
    rows = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(Statistic),
        to_object_id__in=[str(s.pk) for s in statistics],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("to_object_id", "object_id")
    citing = {}
    for statistic_id, page_id in rows:
        citing.setdefault(int(statistic_id), set()).add(int(page_id))
    page_ids = set().union(*citing.values()) if citing else set()
    sheets = list(FactSheetPage.objects.live().filter(pk__in=page_ids).order_by("path"))
    urls = {}
    for statistic in statistics:
        sheet = next((p for p in sheets if p.pk in citing.get(statistic.pk, ())), None)
        urls[statistic.pk] = (
            f"{sheet.get_url()}#figure-{statistic.key}" if sheet else statistic.card_url()
        )
    return urls


def statistic_url(statistic):
    return statistic_urls([statistic])[statistic.pk]

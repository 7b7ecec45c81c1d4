"""Keep cached rights pages fresh when a help contact changes what readers see.

Guides show the contacts chosen for them (Wagtail's ReferenceIndex knows
those, and the caching app follows ``published``) and every published
contact of their country (it does not): publishing, unpublishing, saving or
deleting a contact therefore makes every rights page stale. Guides are few,
so this is one cache write per page. (Saving a draft of a live contact
changes nothing readers see; it costs one needless refresh, not a stale page.)
"""

from django.apps import apps
from django.db import transaction


def refresh_rights_pages(sender, instance, **kwargs):
    if kwargs.get("raw") or not apps.is_installed("caching"):
        return
    from caching import pagecache
    from rights.models import RightsGuideIndexPage, RightsGuidePage

    def run():
        ids = list(RightsGuidePage.objects.values_list("pk", flat=True))
        ids += list(RightsGuideIndexPage.objects.values_list("pk", flat=True))
        pagecache.invalidate_pages(ids)

    run()
    transaction.on_commit(run)


def connect():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import published, unpublished

    from rights.models import HelpContact

    for signal, name in (
        (published, "published"),
        (unpublished, "unpublished"),
        (post_save, "saved"),
        (post_delete, "deleted"),
    ):
        signal.connect(
            refresh_rights_pages, sender=HelpContact, dispatch_uid=f"rights-contact-{name}"
        )

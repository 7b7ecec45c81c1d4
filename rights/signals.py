"""Keep cached rights pages fresh when a help contact changes.

Guides show the contacts chosen for them (Wagtail's ReferenceIndex knows
those) and every contact of their country (it does not): a contact saved or
deleted therefore makes every rights page stale. Guides are few, so this is
one cache write per page.
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

    from rights.models import HelpContact

    post_save.connect(refresh_rights_pages, sender=HelpContact, dispatch_uid="rights-contact-saved")
    post_delete.connect(
        refresh_rights_pages, sender=HelpContact, dispatch_uid="rights-contact-deleted"
    )

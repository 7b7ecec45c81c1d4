"""The consent rule: an image of identifiable people without consent on file
cannot appear on a published page.

The check is generic: it reads every reference a page holds (foreign keys,
StreamField blocks in every language, inline child objects) the way Wagtail's
reference index does, so every page type of every app is covered without
declaring its image fields.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ReferenceIndex

from media.models import CustomImage


def referenced_image_ids(page):
    """IDs of the images an (unsaved or saved) page object refers to."""
    image_type = ContentType.objects.get_for_model(CustomImage)
    ids = set()
    for (
        content_type_id,
        object_id,
        _model_path,
        _content_path,
    ) in ReferenceIndex._extract_references_from_object(page):
        if content_type_id == image_type.id:
            try:
                ids.add(int(object_id))
            except (TypeError, ValueError):
                continue
    return ids


def images_without_consent(page):
    """The images on ``page`` that show identifiable people without consent on file."""
    ids = referenced_image_ids(page)
    if not ids:
        return []
    return list(
        CustomImage.objects.filter(
            pk__in=ids, shows_identifiable_people=True, consent_on_file=False
        ).order_by("pk")
    )

from django.shortcuts import redirect
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages

from media.consent import images_without_consent


@hooks.register("before_publish_page")
def refuse_publishing_images_without_consent(request, page):
    """Publishing is refused while the page shows identifiable people without
    consent on file; the editor's changes are kept as a draft."""
    blocked = images_without_consent(page)
    if not blocked:
        return None
    match = getattr(request, "resolver_match", None)
    if match is not None and match.view_name == "wagtailadmin_pages:add" and page.live:
        # The admin's create view adds a new page as live before publishing
        # it: keep that new page a draft. (An edited live page keeps its
        # published version: the edit view does not save it before publishing.)
        type(page).objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
        page.live = False
    titles = ", ".join(f"“{image.title}”" for image in blocked)
    messages.error(
        request,
        ngettext(
            "This page was not published: the image %(titles)s shows identifiable people "
            "and no consent is on file. Record the consent on the image, or remove it from "
            "the page. Your changes were saved as a draft.",
            "This page was not published: the images %(titles)s show identifiable people "
            "and no consent is on file. Record the consent on the images, or remove them from "
            "the page. Your changes were saved as a draft.",
            len(blocked),
        )
        % {"titles": titles},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_images_without_consent(
    request, action_type, objects, action_class_instance
):
    """The same rule for the page listing's bulk "Publish" action: it publishes
    each page's latest revision, so that is what is checked."""
    if action_type != "publish":
        return None
    blocked = {}
    for page in objects:
        latest = (
            page.get_latest_revision_as_object()
            if hasattr(page, "get_latest_revision_as_object")
            else page
        )
        for image in images_without_consent(latest):
            blocked.setdefault(page.get_admin_display_title(), []).append(image)
    if not blocked:
        return None
    messages.error(
        request,
        ngettext(
            "Nothing was published: the page %(pages)s shows identifiable people without consent on file.",
            "Nothing was published: the pages %(pages)s show identifiable people without consent on file.",
            len(blocked),
        )
        % {"pages": ", ".join(f"“{title}”" for title in blocked)},
    )
    return redirect(action_class_instance.next_url)

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext, ngettext
from wagtail import hooks
from wagtail.actions.delete import DeleteAction
from wagtail.admin import messages
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from factsheets.references import citing_pages
from media import views
from media.consent import images_without_consent


@hooks.register("register_admin_urls", order=-1)
def media_views_that_protect_content():
    """Before Wagtail's own (same paths, resolved first): see ``media.views``."""
    return [
        path("images/add/", views.ImageCreateView.as_view()),
        path("images/<int:image_id>/", views.ImageEditView.as_view()),
        path("images/<int:image_id>/delete/", views.ImageDeleteView.as_view()),
        path("images/multiple/add/", views.ImageMultipleAddView.as_view()),
        path("documents/add/", views.DocumentCreateView.as_view()),
        path("documents/edit/<int:document_id>/", views.DocumentEditView.as_view()),
        path("documents/delete/<int:document_id>/", views.DocumentDeleteView.as_view()),
        path("documents/multiple/add/", views.DocumentMultipleAddView.as_view()),
    ]


class MediaInUse(PermissionDenied):
    pass


class MediaDeleteAction(DeleteAction):
    """Every path through Wagtail's delete action (views, API) refuses media
    that live pages use."""

    def execute(self, skip_permission_checks=False):
        if citing_pages(self.instance, live_only=True, through_snippets=True):
            raise MediaInUse(f"{self.instance} is used by live pages.")
        return super().execute(skip_permission_checks=skip_permission_checks)


@hooks.register("register_actions")
def register_media_delete_action(registry):
    registry.register(get_image_model(), MediaDeleteAction)
    registry.register(get_document_model(), MediaDeleteAction)


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_media_in_use(request, action_type, objects, action_class_instance):
    """The image and document listings' bulk "Delete" obeys the same rule."""
    if action_type != "delete":
        return None
    media_models = (get_image_model(), get_document_model())
    in_use = {}
    for obj in objects:
        if isinstance(obj, media_models):
            pages = citing_pages(obj, live_only=True, through_snippets=True)
            if pages:
                in_use[str(obj)] = pages
    if not in_use:
        return None
    messages.error(
        request,
        gettext(
            "Nothing was deleted: live pages use %(items)s. Change those pages first: %(pages)s."
        )
        % {
            "items": ", ".join(f"“{title}”" for title in in_use),
            "pages": ", ".join(
                dict.fromkeys(
                    page.get_admin_display_title() for pages in in_use.values() for page in pages
                )
            ),
        },
    )
    return redirect(action_class_instance.next_url)


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

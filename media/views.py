"""Admin views for images and documents, replacing Wagtail's at the same
paths (``media.wagtail_hooks``):

- delete views that refuse to delete media a live page uses, and list those
  pages (Wagtail's own only look at ``on_delete=PROTECT`` references, which
  StreamField blocks never are);
- upload and edit views that fail cleanly when the media storage cannot be
  written (full or read-only disk): the form comes back with a clear message
  and what the editor typed, and nothing is saved.
"""

from django.contrib import messages
from django.db import transaction
from django.http import JsonResponse
from django.utils.translation import gettext as _
from wagtail.documents.views import documents
from wagtail.documents.views import multiple as multiple_documents
from wagtail.images.views import images
from wagtail.images.views import multiple as multiple_images

from factsheets.references import citing_pages
from hardening.storage import STORAGE_FAILURE_MESSAGE, StorageWriteError


class RefuseWhenUsedMixin:
    refused_template_name = "media/admin/delete_refused.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.live_pages = list(citing_pages(self.object, live_only=True, through_snippets=True))

    def get_template_names(self):
        if self.live_pages:
            return [self.refused_template_name]
        return super().get_template_names()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["live_pages"] = self.live_pages
        if self.live_pages:
            context["is_protected"] = True
        return context

    def form_valid(self, form):
        if self.live_pages:
            messages.error(
                self.request,
                _("“%(title)s” was not deleted: live pages use it.") % {"title": self.object},
            )
            return self.render_to_response(self.get_context_data(), status=409)
        return super().form_valid(form)


class ImageDeleteView(RefuseWhenUsedMixin, images.DeleteView):
    pass


class DocumentDeleteView(RefuseWhenUsedMixin, documents.DeleteView):
    pass


class StorageFailureMixin:
    """Single upload and edit forms: a storage failure is a form error."""

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except StorageWriteError:
            form.add_error("file", STORAGE_FAILURE_MESSAGE)
            self.produced_error_message = STORAGE_FAILURE_MESSAGE
            return self.form_invalid(form)


class MultipleStorageFailureMixin:
    """The drag-and-drop uploader: a storage failure is a failed upload."""

    def post(self, request, *args, **kwargs):
        try:
            with transaction.atomic():  # nothing half-created is kept
                return super().post(request, *args, **kwargs)
        except StorageWriteError:
            return JsonResponse({"success": False, "error_message": str(STORAGE_FAILURE_MESSAGE)})


class ImageCreateView(StorageFailureMixin, images.CreateView):
    pass


class ImageEditView(StorageFailureMixin, images.EditView):
    pass


class ImageMultipleAddView(MultipleStorageFailureMixin, multiple_images.AddView):
    pass


class DocumentCreateView(StorageFailureMixin, documents.CreateView):
    pass


class DocumentEditView(StorageFailureMixin, documents.EditView):
    pass


class DocumentMultipleAddView(MultipleStorageFailureMixin, multiple_documents.AddView):
    pass

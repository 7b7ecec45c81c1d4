"""Admin delete views for images and documents that refuse to delete media a
live page uses, and list those pages instead (Wagtail's own views only look
at ``on_delete=PROTECT`` references, which StreamField blocks never are)."""

from django.contrib import messages
from django.utils.translation import gettext as _
from wagtail.documents.views import documents
from wagtail.images.views import images

from media.usage import live_pages_using


class RefuseWhenUsedMixin:
    refused_template_name = "media/admin/delete_refused.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.live_pages = live_pages_using(self.object)

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

"""Previewing a page in each language.

Wagtail previews a page in the editor's admin language, and the admin is not
offered in every site language (Wagtail has no Haitian Creole). Page types
that mix this in get one preview mode per language (the preview panel's
"Preview mode" choice): the preview request is made under that language's
URL prefix, so the page renders exactly as readers of that language see it.
"""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from languages.codes import language_codes
from languages.names import local_name


class LanguagePreviewMixin:
    """One preview mode per language, besides the editor's own language."""

    @property
    def preview_modes(self):
        return [
            ("", _("In the editor's language")),
            *((code, local_name(code)) for code in language_codes()),
        ]

    def make_preview_request(
        self, original_request=None, preview_mode=None, extra_request_attrs=None
    ):
        if preview_mode in language_codes():
            # The preview request's URL, built in this language, carries its
            # prefix: the locale middleware then activates it.
            with translation.override(preview_mode):
                return super().make_preview_request(original_request, "", extra_request_attrs)
        return super().make_preview_request(original_request, preview_mode, extra_request_attrs)

"""Admin forms for images and documents that show every language.

The base field (``title``, ``alt_text``, …) is edited as the default
language, whatever language the editor's admin is in; the other languages
get their own fields (``alt_text_es``, …), optional, falling back to the
default language when empty.
"""

from django.conf import settings
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from languages.codes import language_codes


class AllLanguagesFormMixin:
    def __init__(self, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            super().__init__(*args, **kwargs)
        default = settings.LANGUAGE_CODE
        try:
            translated = translator.get_options_for_model(self._meta.model).fields
        except NotRegistered:
            translated = {}
        for field_name in translated:
            if field_name in self.fields:
                self.fields[field_name].label = f"{self.fields[field_name].label} [{default}]"
            for code in language_codes():
                localized_name = f"{field_name}_{code}"
                if code != default and localized_name in self.fields:
                    # Other languages are optional: an empty one falls back.
                    self.fields[localized_name].required = False

    def _post_clean(self):
        # Assigning the base field writes the default language's column.
        with translation.override(settings.LANGUAGE_CODE):
            super()._post_clean()


class TranslatedImageForm(AllLanguagesFormMixin, BaseImageForm):
    """The image form: alt text, title, credit and licence in every language."""


class TranslatedDocumentForm(AllLanguagesFormMixin, BaseDocumentForm):
    """The document form: title and credit in every language."""

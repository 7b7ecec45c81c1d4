"""Which language a translated object is read in.

wagtail-modeltranslation falls back field by field; readers must also be told
when a whole page is shown in another language. A page counts as translated
into a language when every field in its ``translation_fields`` is filled.
"""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

from languages.codes import language_codes


def fallback_chain(language):
    """The reader's language, then its fallbacks, then the default language."""
    chains = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    fallbacks = chains.get(language, chains.get("default", ()))
    chain = [language, *fallbacks, settings.LANGUAGE_CODE]
    return list(dict.fromkeys(chain))


def is_translated(obj, language, fields):
    return all(
        _has_content(getattr(obj, build_localized_fieldname(field, language), None))
        for field in fields
    )


def _has_content(value):
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:  # StreamValue, lists
        return len(value) > 0
    except TypeError:
        return bool(value)


def translated_languages(obj, fields=None):
    fields = fields or getattr(obj, "translation_fields", ("title",))
    return [code for code in language_codes() if is_translated(obj, code, fields)]


def display_language(obj, language=None, fields=None):
    """The language ``obj`` is actually read in by a reader of ``language``."""
    language = language or get_language() or settings.LANGUAGE_CODE
    available = translated_languages(obj, fields)
    for code in fallback_chain(language):
        if code in available:
            return code
    return settings.LANGUAGE_CODE

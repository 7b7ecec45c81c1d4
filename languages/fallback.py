"""Which language a translated object is read in.

wagtail-modeltranslation falls back field by field; readers must also be told
when a whole page is shown in another language. A page counts as translated
into a language when every field in its ``translation_fields`` is filled
with a translation: a field whose text is still the source language's text
(a translation started by copying the English, never translated) is not
one, unless the workspace says it is identical on purpose (a proper name):
the ``translation_identical_on_purpose`` hook, ``fn(obj, language)`` → the
names of such fields.
"""

import json
import re

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks

from languages.codes import language_codes


def fallback_chain(language):
    """The reader's language, then its fallbacks, then the default language."""
    chains = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    fallbacks = chains.get(language, chains.get("default", ()))
    chain = [language, *fallbacks, settings.LANGUAGE_CODE]
    return list(dict.fromkeys(chain))


def is_translated(obj, language, fields):
    values = {field: _value(obj, field, language) for field in fields}
    if not all(_has_content(value) for value in values.values()):
        return False
    if language == settings.LANGUAGE_CODE:
        return True
    copies = {
        field
        for field, value in values.items()
        if same_text(value, _value(obj, field, settings.LANGUAGE_CODE))
    }
    return not copies or copies <= identical_on_purpose(obj, language)


def is_copy_of_source(obj, field, language):
    """True when ``field`` shows the source language's text in ``language``
    (a copy, or nothing: modeltranslation then falls back)."""
    value = _value(obj, field, language)
    if not _has_content(value):
        return True
    if language == settings.LANGUAGE_CODE:
        return False
    if not same_text(value, _value(obj, field, settings.LANGUAGE_CODE)):
        return False
    return field not in identical_on_purpose(obj, language)


def field_language(obj, field, language=None):
    """The language readers of ``language`` actually read ``field`` of ``obj``
    in: the first of their chain whose text is there and is not a copy of
    the source text (the source language when none is)."""
    language = language or get_language() or settings.LANGUAGE_CODE
    for code in fallback_chain(language):
        if not is_copy_of_source(obj, field, code):
            return code
    return settings.LANGUAGE_CODE


def identical_on_purpose(obj, language):
    cache = obj.__dict__.setdefault("_languages_identical", {})
    if language not in cache:
        kept = set()
        for hook in hooks.get_hooks("translation_identical_on_purpose"):
            kept |= set(hook(obj, language))
        cache[language] = kept
    return cache[language]


def _value(obj, field, language):
    return getattr(obj, build_localized_fieldname(field, language), None)


# The rich-text editor gives every paragraph a new random key on each save.
BLOCK_KEY = re.compile(r'\s+data-block-key=\\?"[^"\\]*\\?"')


def same_text(value, other):
    """True when two values of a field read the same: text as text, rich
    text without the editor's paragraph keys, StreamField content without
    block ids (a copy gets the source's ids, an edit may renumber them)."""
    return _comparable(value) == _comparable(other)


def _comparable(value):
    if value is None:
        return ""
    raw = getattr(value, "raw_data", None)
    if raw is not None:
        value = list(raw)
    source = getattr(value, "source", None)  # RichText
    if source is not None:
        value = source
    if isinstance(value, (list, dict)):
        value = json.dumps(_strip_ids(value), sort_keys=True, ensure_ascii=False)
    if not isinstance(value, str):
        return value
    return BLOCK_KEY.sub("", value).strip()


def _strip_ids(value):
    if isinstance(value, list):
        return [_strip_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _strip_ids(item) for key, item in value.items() if key != "id"}
    return value


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

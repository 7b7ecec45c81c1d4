"""Helpers for writing translated field values in code (demo content, tests)."""

from modeltranslation.utils import build_localized_fieldname


def translated(field, values):
    """``translated("title", {"en": "A", "es": "B"})`` → ``{"title_en": "A", "title_es": "B"}``."""
    return {build_localized_fieldname(field, lang): value for lang, value in values.items()}


def translated_fields(**fields):
    """Several fields at once: ``translated_fields(title={...}, intro={...})``."""
    kwargs = {}
    for field, values in fields.items():
        kwargs.update(translated(field, values))
    return kwargs

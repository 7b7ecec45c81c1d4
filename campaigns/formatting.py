"""Dates in the reader's language."""

from babel.dates import format_date
from django.utils.translation import get_language

# CLDR has no Kreyòl month names.
HT_MONTHS = (
    "janvye",
    "fevriye",
    "mas",
    "avril",
    "me",
    "jen",
    "jiyè",
    "out",
    "septanm",
    "oktòb",
    "novanm",
    "desanm",
)


def format_day(value, language=None):
    """``1 June 2025`` / ``1 de junio de 2025`` / ``1 juin 2025`` / ``1 jen 2025``."""
    language = (language or get_language() or "en").split("-")[0]
    if language == "ht":
        return f"{value.day} {HT_MONTHS[value.month - 1]} {value.year}"
    try:
        return format_date(value, format="long", locale=language)
    except (ValueError, LookupError):  # an unknown locale: an unambiguous date
        return value.isoformat()

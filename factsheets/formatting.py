"""A statistic's value written for the reader: its unit decides the form
(percent, US dollars, a count, in words when large). The formatting itself is
the site's one formatter, ``languages.formatting``.

Formatting is a pure function of its inputs, so each process remembers the
strings it wrote: a page citing fifty figures does not run Babel fifty
times per request."""

import functools

from django.conf import settings
from django.utils.translation import get_language

from languages.formatting import format_compact, format_currency, format_number, format_percent


def format_statistic_value(value, unit, language=None, precision=0, compact=False):
    """``53000000`` people, compact → ``53 million`` / ``53 millones`` / ``53 millions`` / ``53 milyon``."""
    if value is None:
        return ""
    language = language or get_language() or settings.LANGUAGE_CODE
    # str(value) keeps 53000000 and 5.3E+7 apart (equal Decimals, same hash).
    return _formatted(value, str(value), unit, language, precision, compact)


@functools.lru_cache(maxsize=8192)
def _formatted(value, _exact, unit, language, precision, compact):
    if unit == "percent":
        return format_percent(value, language, precision)
    if unit == "usd":
        return format_currency(value, "USD", language, precision, compact)
    if compact and abs(value) >= 10**6:
        return format_compact(value, language, precision)
    return format_number(value, language, precision)

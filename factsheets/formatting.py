"""Numbers formatted for the reader's language with Babel (CLDR).

``15%`` in English is ``15 %`` in Spanish and French; ``53 million`` is
``53 millones`` / ``53 millions``; currency and thousands separators follow
the locale. Haitian Creole has CLDR number symbols but no long compact forms,
so those words come from a small table here.
"""

import re
from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_compact_decimal, parse_pattern
from django.utils.translation import get_language

# CLDR lacks long compact forms ("53 million") for these locales.
_COMPACT_WORDS = {"ht": [(10**9, "milya"), (10**6, "milyon")]}


def babel_locale(language=None):
    language = (language or get_language() or "en").replace("_", "-").split("-")[0]
    try:
        return Locale.parse(language)
    except (ValueError, LookupError):
        return Locale.parse("en")


def _apply(pattern_text, number, locale, precision, **kwargs):
    pattern = parse_pattern(pattern_text)
    pattern.frac_prec = (precision, precision)
    return pattern.apply(Decimal(number), locale, **kwargs)


def format_number(value, language=None, precision=0):
    """``366840000`` → ``366,840,000`` (en), ``366.840.000`` (es), ``366 840 000`` (fr)."""
    locale = babel_locale(language)
    return _apply(locale.decimal_formats[None].pattern, value, locale, precision)


def format_compact(value, language=None, precision=0):
    """``53000000`` → ``53 million`` (en), ``53 millones`` (es), ``53 millions`` (fr)."""
    locale = babel_locale(language)
    words = _COMPACT_WORDS.get(locale.language)
    if words:
        for size, word in words:
            if abs(value) >= size:
                return f"{format_number(Decimal(value) / size, locale.language, precision)} {word}"
        return format_number(value, locale.language, precision)
    return format_compact_decimal(
        Decimal(value), format_type="long", locale=locale, fraction_digits=precision
    )


def format_percent(value, language=None, precision=0):
    """``15`` (a percentage) → ``15%`` (en), ``15 %`` (es, fr)."""
    locale = babel_locale(language)
    return _apply(locale.percent_formats[None].pattern, Decimal(value) / 100, locale, precision)


def _currency_symbol(locale, currency="USD"):
    symbol = locale.currency_symbols.get(currency, currency)
    # A bare "$" is ambiguous in this region (Mexican, Canadian, Caribbean dollars).
    return "US$" if symbol == "$" else symbol


def format_usd(value, language=None, precision=0, compact=False):
    """``366840000`` → ``US$366,840,000`` (en), ``366.840.000 US$`` (es)."""
    locale = babel_locale(language)
    pattern = locale.currency_formats["standard"].pattern.split(";")[0]
    number = (
        format_compact(value, locale.language, precision)
        if compact
        else format_number(value, locale.language, precision)
    )
    text = re.sub(r"[#0,.]+", lambda _m: "\x00", pattern, count=1)
    return text.replace("¤", _currency_symbol(locale)).replace("\x00", number)


def format_statistic_value(value, unit, language=None, precision=0, compact=False):
    """The one entry point the models use."""
    if value is None:
        return ""
    if unit == "percent":
        return format_percent(value, language, precision)
    if unit == "usd":
        return format_usd(value, language, precision, compact)
    if compact and abs(value) >= 10**6:
        return format_compact(value, language, precision)
    return format_number(value, language, precision)


def format_day(value, language=None):
    """A date in the reader's language: ``1 January 2014`` / ``1 de enero de 2014``."""
    locale = babel_locale(language)
    if locale.language == "ht":
        # CLDR has no Kreyòl month names; ISO dates are unambiguous.
        return value.isoformat()
    return format_date(value, format="long", locale=locale)

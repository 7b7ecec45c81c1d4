"""Dates and numbers written for the reader's language, from CLDR (Babel).

One place for every app: ``June 1, 2025`` / ``1 de junio de 2025`` /
``1 juin 2025`` / ``1 jen 2025``; ``15%`` / ``15 %``; ``53 million`` /
``53 millones`` / ``53 millions`` / ``53 milyon``; ``US$366,840,000`` /
``366.840.000 US$``. CLDR has number symbols for Haitian Creole but no month
names and no long compact forms, so those words come from the tables here.
Language names are in ``languages.names``.
"""

import re
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.numbers import format_compact_decimal, parse_pattern
from django.utils.translation import get_language

# Month names CLDR lacks.
MONTHS = {
    "ht": (
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
    ),
}
# Long compact forms ("53 million") CLDR lacks, largest first.
COMPACT_WORDS = {"ht": [(10**9, "milya"), (10**6, "milyon")]}


def language_of(language=None):
    """``"es-mx"`` → ``"es"``; the active language when none is given."""
    return (language or get_language() or "en").replace("_", "-").split("-")[0].lower()


def babel_locale(language=None):
    """The CLDR locale of ``language`` (English if CLDR does not know it)."""
    try:
        return Locale.parse(language_of(language))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def format_date(value, language=None):
    """A date written out: ``June 1, 2025`` (en), ``1 de junio de 2025`` (es), ``1 jen 2025`` (ht)."""
    language = language_of(language)
    if language in MONTHS:
        return f"{value.day} {MONTHS[language][value.month - 1]} {value.year}"
    try:
        return babel_format_date(value, format="long", locale=Locale.parse(language))
    except (UnknownLocaleError, ValueError):  # a locale CLDR does not know: an unambiguous date
        return value.isoformat()


def _apply(pattern_text, number, locale, precision):
    pattern = parse_pattern(pattern_text)
    pattern.frac_prec = (precision, precision)
    return pattern.apply(Decimal(number), locale)


def format_number(value, language=None, precision=0):
    """``366840000`` → ``366,840,000`` (en), ``366.840.000`` (es), ``366 840 000`` (fr)."""
    locale = babel_locale(language)
    return _apply(locale.decimal_formats[None].pattern, value, locale, precision)


def format_compact(value, language=None, precision=0):
    """``53000000`` → ``53 million`` (en), ``53 millones`` (es), ``53 millions`` (fr), ``53 milyon`` (ht)."""
    locale = babel_locale(language)
    words = COMPACT_WORDS.get(locale.language)
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


def _currency_symbol(locale, currency):
    symbol = locale.currency_symbols.get(currency, currency)
    # A bare "$" is ambiguous in this region (Mexican, Canadian, Caribbean dollars).
    return f"{currency[:2]}$" if symbol == "$" else symbol


def format_currency(value, currency="USD", language=None, precision=0, compact=False):
    """``366840000`` → ``US$366,840,000`` (en), ``366.840.000 US$`` (es); ``compact``:
    ``US$366 million``."""
    locale = babel_locale(language)
    pattern = locale.currency_formats["standard"].pattern.split(";")[0]
    number = (
        format_compact(value, locale.language, precision)
        if compact
        else format_number(value, locale.language, precision)
    )
    text = re.sub(r"[#0,.]+", lambda _m: "\x00", pattern, count=1)
    return text.replace("¤", _currency_symbol(locale, currency)).replace("\x00", number)

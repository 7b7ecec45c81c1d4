"""A statistic's value written for the reader: its unit decides the form
(percent, US dollars, a count, in words when large). The formatting itself is
the site's one formatter, ``languages.formatting``."""

from languages.formatting import format_compact, format_currency, format_number, format_percent


def format_statistic_value(value, unit, language=None, precision=0, compact=False):
    """``53000000`` people, compact → ``53 million`` / ``53 millones`` / ``53 millions`` / ``53 milyon``."""
    if value is None:
        return ""
    if unit == "percent":
        return format_percent(value, language, precision)
    if unit == "usd":
        return format_currency(value, "USD", language, precision, compact)
    if compact and abs(value) >= 10**6:
        return format_compact(value, language, precision)
    return format_number(value, language, precision)

"""A date the browser writes in the reader's language without Intl (which
does not know Haitian Creole): the server gives the month names and the
order of day, month and year, taken from the site's own dates
(``languages.formatting.format_date``), so both always agree."""

import datetime

from languages.formatting import format_date


def _common_start(texts):
    start = texts[0]
    for text in texts[1:]:
        while not text.startswith(start):
            start = start[:-1]
    return start


def date_format(language=None):
    """``{"pattern": "{d} de {m} de {y}", "months": [12 names]}``: the month is
    what differs between the twelve dates, the rest is the pattern."""
    samples = [format_date(datetime.date(2001, month, 28), language) for month in range(1, 13)]
    prefix = _common_start(samples)
    suffix = _common_start([sample[::-1] for sample in samples])[::-1]
    months = [sample[len(prefix) : len(sample) - len(suffix)] for sample in samples]
    pattern = f"{prefix}{{m}}{suffix}".replace("28", "{d}", 1).replace("2001", "{y}", 1)
    return {"pattern": pattern, "months": months}

"""The values a statistic has been published with, for its public page.

Read from Wagtail's log of publications (each names the revision it made
live): one entry per publication that changed what a reader sees (value,
unit, qualifier or period), newest first. A statistic published without a
logged revision (e.g. loaded by a script) has one entry: its current value.
"""

from wagtail.models import ModelLogEntry

from languages.formatting import format_date


def _shown(statistic):
    """What a reader sees of a version: equal tuples mean no visible change."""
    return (
        statistic.value,
        statistic.unit,
        statistic.precision,
        statistic.compact,
        statistic.approximate,
        statistic.period_start,
        statistic.period_end,
    )


def _entry(version, when):
    qualifier = f"{version.approximate} " if version.approximate else ""
    return {
        "date": when,
        "date_label": format_date(when.date()) if when else "",
        "value": f"{qualifier}{version.formatted_value()}",
        "machine_value": version.machine_value,
        "period": version.period_label,
        "shown": _shown(version),
        "current": False,
    }


def value_history(statistic):
    """Every published value of ``statistic``, newest first; the first entry
    is the current one (``current`` is true)."""
    entries = (
        ModelLogEntry.objects.for_instance(statistic)
        .filter(action="wagtail.publish", revision__isnull=False)
        .select_related("revision")
        .order_by("timestamp", "pk")
    )
    history = []
    for log in entries:
        version = log.revision.as_object()
        if history and history[-1]["shown"] == _shown(version):
            continue
        history.append(_entry(version, log.timestamp))
    if not history or history[-1]["shown"] != _shown(statistic):
        history.append(_entry(statistic, statistic.last_published_at))
    history[-1]["current"] = True
    return list(reversed(history))

"""Reader-facing notice: this translation is older than its English source."""

from django import template
from django.utils.translation import get_language, get_language_info, pgettext
from django.utils.translation import gettext as _

from languages.fallback import display_language
from workspace import status

register = template.Library()

MONTHS = (
    lambda: pgettext("month name", "January"),
    lambda: pgettext("month name", "February"),
    lambda: pgettext("month name", "March"),
    lambda: pgettext("month name", "April"),
    lambda: pgettext("month name", "May"),
    lambda: pgettext("month name", "June"),
    lambda: pgettext("month name", "July"),
    lambda: pgettext("month name", "August"),
    lambda: pgettext("month name", "September"),
    lambda: pgettext("month name", "October"),
    lambda: pgettext("month name", "November"),
    lambda: pgettext("month name", "December"),
)


def long_date(value):
    """A date written out in the active language ("12 March 2026")."""
    return _("%(day)s %(month)s %(year)s") % {
        "day": value.day,
        "month": MONTHS[value.month - 1](),
        "year": value.year,
    }


@register.inclusion_tag("workspace/outdated_notice.html")
def outdated_notice(obj=None):
    """Shown when the version the reader reads was last saved before the
    English text it translates changed."""
    if obj is None or not hasattr(obj, "pk") or not status.is_tracked(type(obj)):
        return {"show": False}
    shown = display_language(obj, get_language())
    if shown == status.source_language():
        return {"show": False}
    language_status = status.object_status(obj, languages=[shown])[shown]
    if language_status.state != status.OUTDATED or language_status.source_changed_at is None:
        return {"show": False}
    changed = language_status.source_changed_at
    return {
        "show": True,
        # The language's own name, as written inside a sentence ("español").
        "language": get_language_info(shown)["name_local"],
        "language_code": shown,
        "date": long_date(changed.date()),
        "iso_date": changed.date().isoformat(),
    }

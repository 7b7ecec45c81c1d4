"""Reader-facing notice: this translation is older than its English source."""

from django import template
from django.utils.translation import get_language

from languages.fallback import display_language
from languages.formatting import format_date
from languages.names import local_name
from workspace import status

register = template.Library()


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
        "language": local_name(shown, capitalised=False),
        "language_code": shown,
        "date": format_date(changed.date()),
        "iso_date": changed.date().isoformat(),
    }

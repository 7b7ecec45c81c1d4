"""What the editor tells moderators (and everyone editing) before a
translation is approved: which fields of which language are still the
English text, so that a copy is never published as a translation unnoticed."""

from django.contrib import messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import ngettext

from languages.names import translated_name
from workspace import status


def copied_fields(obj):
    """``[(language, [field label, …])]`` of the languages in which ``obj``'s
    working copy (its latest draft) still holds the English text."""
    if getattr(obj, "pk", None) is None or not status.is_tracked(type(obj)):
        return []
    draft = status.working_copy(obj)
    found = []
    for language, language_status in status.object_status(draft).items():
        copied = language_status.fields_in(status.COPIED)
        if copied:
            found.append((language, [status.field_label(type(obj), f) for f in copied]))
    return found


def warn_copied(request, obj):
    if request.method != "GET":
        return
    report = reverse("workspace:translation_status")
    for language, labels in copied_fields(obj):
        text = ngettext(
            "%(count)s field of the %(language)s version is still the English text: %(fields)s.",
            "%(count)s fields of the %(language)s version are still the English text: %(fields)s.",
            len(labels),
        ) % {
            "count": len(labels),
            "language": translated_name(language),
            "fields": ", ".join(labels),
        }
        messages.warning(
            request,
            format_html(
                '{} <a href="{}?language={}&amp;state=copied">{}</a>',
                text,
                report,
                language,
                _keep_hint(len(labels)),
            ),
        )


def _keep_hint(count):
    return ngettext(
        "Translate it, or keep it the same on purpose.",
        "Translate them, or keep some the same on purpose.",
        count,
    )

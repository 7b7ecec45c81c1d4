"""Translation exchange: the texts of chosen objects that need translating
into one language, out as XLIFF 2.0 or gettext PO, and back in.

``units`` says what is exchanged, ``inline`` maps rich text to XLIFF inline
elements, ``xliff`` and ``po`` write and read the files, ``plan`` checks a
file whole and applies it as new revisions. The admin views and the
``export_translations`` / ``import_translations`` commands use only the
names below.
"""

import datetime

from django.utils import timezone
from wagtail.models import Revision

from languages.names import local_name
from workspace import status
from workspace.exchange import po, xliff
from workspace.exchange.plan import (
    ImportPlan,
    apply_plan,
    markup_problems,
    normalize_language,
    plan_import,
    save_as_revision,
)
from workspace.exchange.units import ImportRefused, object_key, title_of, units_for, working_copy

FORMATS = {"xliff": "xlf", "po": "po"}
CONTENT_TYPES = {"xliff": "application/xliff+xml", "po": "text/x-gettext-translation"}


def last_revision(objects, language):
    """``(when, who)`` this language of ``objects`` was last saved, from the
    translation records and the revision saved then (PO-Revision-Date and
    Last-Translator)."""
    records = status.records_for(objects)
    latest = None
    for by_field in records.values():
        for (_field, code), record in by_field.items():
            if code == language and (latest is None or record.saved_at > latest.saved_at):
                latest = record
    if latest is None:
        return None, None
    revision = (
        Revision.objects.filter(
            content_type_id=latest.content_type_id,
            object_id=latest.object_id,
            created_at__lte=latest.saved_at + datetime.timedelta(seconds=5),
            user__isnull=False,
        )
        .select_related("user")
        .order_by("-created_at")
        .first()
    )
    return latest.saved_at, revision.user if revision else None


def person(user):
    """``Full Name <email>``, as PO headers name people."""
    if user is None:
        return None
    name = user.get_full_name() or user.get_username()
    return f"{name} <{user.email}>" if user.email else name


def export_file(objects, language, file_format="xliff", changed_since=None, user=None):
    """``(file bytes, units)`` for ``objects`` in ``language``."""
    units = units_for(objects, language, changed_since=changed_since)
    now = timezone.now()
    source = status.source_language()
    if file_format == "po":
        revised_at, translator = last_revision([working_copy(o) for o in objects], language)
        data = po.write(
            units,
            language,
            source,
            exported_at=now,
            revised_at=revised_at or now,
            last_translator=person(translator) or person(user) or "Migration Facts",
            team=local_name(language),
        )
    else:
        data = xliff.write(units, language, source, exported_at=now)
    return data, units


__all__ = [
    "CONTENT_TYPES",
    "FORMATS",
    "ImportPlan",
    "ImportRefused",
    "apply_plan",
    "export_file",
    "markup_problems",
    "normalize_language",
    "object_key",
    "plan_import",
    "save_as_revision",
    "title_of",
    "working_copy",
]

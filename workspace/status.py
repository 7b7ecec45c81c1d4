"""Translation status of every translated object, field by field.

A field of an object, in a target language, is:

- ``missing`` when the source (English) text exists and the translation is empty;
- ``copied`` when the translation is still the source text (what "Start the
  … translation" leaves, or English pasted into the Spanish field): not a
  translation, for the report, for moderators and for readers, unless a
  translator kept it identical on purpose (a proper name: ``keep_identical``);
- ``incomplete`` when a StreamField's translation lacks blocks of the
  source (a heading, a quote, a cited statistic: ``languages.completeness``);
- ``outdated`` when the English text changed after the translation was last
  saved (the hash of the English text recorded with the translation differs
  from the hash of today's English text);
- ``complete`` otherwise.

Everything here works on any model registered with modeltranslation, so new
apps are covered without edits.
"""

import hashlib
import json
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from languages.codes import language_codes
from languages.completeness import missing_blocks
from languages.fallback import same_text
from languages.names import local_name

MISSING = "missing"
COPIED = "copied"
INCOMPLETE = "incomplete"
OUTDATED = "outdated"
COMPLETE = "complete"
STATES = {
    COMPLETE: _("Complete"),
    OUTDATED: _("Outdated"),
    INCOMPLETE: _("Incomplete"),
    COPIED: _("Still English"),
    MISSING: _("Missing"),
}
# An object's state in one language is its worst field's.
SEVERITY = {COMPLETE: 0, OUTDATED: 1, INCOMPLETE: 2, COPIED: 3, MISSING: 4}


def source_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def target_languages():
    return [code for code in language_codes() if code != source_language()]


def translated_field_names(model):
    """The translated fields of ``model`` (inherited ones included), in the
    order they are declared on the model."""
    try:
        names = set(translator.get_options_for_model(model).get_field_names())
    except NotRegistered:
        return []
    ordered = [f.name for f in model._meta.get_fields() if f.name in names]
    return ordered + sorted(names - set(ordered))


def is_tracked(model):
    return bool(translated_field_names(model))


def tracked_models_contains(model):
    return model in tracked_models()


def tracked_models():
    """Page types and snippets with translated fields: what the status report lists."""
    models = []
    for model in translator.get_registered_models():
        if model._meta.abstract or model._meta.proxy:
            continue
        if (issubclass(model, Page) and model is not Page) or model in get_snippet_models():
            models.append(model)
    return models


def raw_value(obj, field, language):
    """The stored value of one language of a field, comparable and hashable:
    text as it is, StreamField content as its raw JSON list."""
    value = getattr(obj, build_localized_fieldname(field, language), None)
    if value is None:
        return ""
    if hasattr(value, "raw_data"):  # StreamValue
        return list(value.raw_data)
    if isinstance(value, (list, tuple)):
        return list(value)
    if hasattr(value, "source"):  # RichText
        return value.source or ""
    return value


def has_content(value):
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)


def text_hash(value):
    if not isinstance(value, str):
        value = json.dumps(strip_ids(value), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def strip_ids(value):
    """Block ids change when content is copied; only the content counts."""
    if isinstance(value, list):
        return [strip_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: strip_ids(item) for key, item in value.items() if key != "id"}
    return value


def is_stream(model, field):
    return isinstance(model._meta.get_field(field), StreamField)


@dataclass
class LanguageStatus:
    language: str
    state: str = COMPLETE
    fields: dict = dataclass_field(default_factory=dict)  # field → state
    saved_at: object = None  # when this language was last saved (latest field)
    source_changed_at: object = None  # latest English change of an outdated field

    @property
    def label(self):
        return STATES[self.state]

    @property
    def language_name(self):
        return local_name(self.language)

    @property
    def needs_work(self):
        return self.state != COMPLETE

    def fields_in(self, state):
        return [field for field, field_state in self.fields.items() if field_state == state]


def records_for(objects):
    """``{(content_type_id, object_id): {(field, language): record}}`` in one query."""
    from workspace.models import FieldTranslation

    keys = {}
    for obj in objects:
        keys.setdefault(content_type_for(obj).pk, set()).add(str(obj.pk))
    result = {}
    if not keys:
        return result
    from django.db.models import Q

    query = Q()
    for content_type_id, ids in keys.items():
        query |= Q(content_type_id=content_type_id, object_id__in=ids)
    for record in FieldTranslation.objects.filter(query):
        result.setdefault((record.content_type_id, record.object_id), {})[
            (record.field, record.language)
        ] = record
    return result


def content_type_for(obj):
    """Pages are tracked under their specific type, whichever class loaded them."""
    model = type(obj)
    if isinstance(obj, Page) and model is Page:
        return ContentType.objects.get_for_id(obj.content_type_id)
    return ContentType.objects.get_for_model(model)


def object_status(obj, records=None, languages=None):
    """``{language: LanguageStatus}`` for every target language."""
    languages = languages or target_languages()
    if records is None:
        records = records_for([obj]).get((content_type_for(obj).pk, str(obj.pk)), {})
    source = source_language()
    result = {}
    for language in languages:
        status = LanguageStatus(language)
        for field in translated_field_names(type(obj)):
            source_value = raw_value(obj, field, source)
            if not has_content(source_value):
                continue
            value = raw_value(obj, field, language)
            record = records.get((field, language))
            source_record = records.get((field, source))
            if not has_content(value):
                state = MISSING
            elif same_text(value, source_value):
                # An untouched copy of the source (see "Start a translation")
                # is not a translation, unless it was kept on purpose for
                # this very source text.
                kept = (
                    record is not None
                    and record.same_as_source
                    and record.source_hash == text_hash(source_value)
                )
                state = COMPLETE if kept else COPIED
            elif record is not None and record.source_hash != text_hash(source_value):
                state = OUTDATED
                if source_record and (
                    status.source_changed_at is None
                    or source_record.saved_at > status.source_changed_at
                ):
                    status.source_changed_at = source_record.saved_at
            else:
                state = COMPLETE
            if (
                state in (COMPLETE, OUTDATED)
                and isinstance(source_value, list)
                and missing_blocks(source_value, value)
            ):
                state = INCOMPLETE
            if record is not None and (
                status.saved_at is None or record.saved_at > status.saved_at
            ):
                status.saved_at = record.saved_at
            status.fields[field] = state
            if SEVERITY[state] > SEVERITY[status.state]:
                status.state = state
        result[language] = status
    return result


def record_saved(obj, previous=None, now=None):
    """Update the translation records of ``obj`` after a save.

    ``previous`` is the object as it was stored before (None when new). The
    source language's record follows its text; a translation's record takes
    the current source hash when the translation's text changed (or is seen
    for the first time).
    """
    from workspace.models import FieldTranslation

    now = now or timezone.now()
    content_type = content_type_for(obj)
    existing = {
        (r.field, r.language): r
        for r in FieldTranslation.objects.filter(content_type=content_type, object_id=str(obj.pk))
    }
    source = source_language()
    for field in translated_field_names(type(obj)):
        source_value = raw_value(obj, field, source)
        source_hash = text_hash(source_value)
        for language in [source, *target_languages()]:
            value = raw_value(obj, field, language)
            record = existing.get((field, language))
            if language == source:
                changed = record is None or record.source_hash != source_hash
            else:
                if not has_content(value):
                    if record is not None:
                        record.delete()
                    continue
                old = raw_value(previous, field, language) if previous is not None else None
                changed = record is None or old is None or text_hash(old) != text_hash(value)
            if not changed:
                continue
            if record is None:
                FieldTranslation.objects.create(
                    content_type=content_type,
                    object_id=str(obj.pk),
                    field=field,
                    language=language,
                    source_hash=source_hash,
                    saved_at=now,
                )
            elif record.source_hash != source_hash or language != source:
                record.source_hash = source_hash
                record.saved_at = now
                record.same_as_source = False  # a new text: kept on purpose no more
                record.save(update_fields=["source_hash", "saved_at", "same_as_source"])


def field_label(model, field):
    """The field's name as editors read it ("Short answer")."""
    return str(model._meta.get_field(field).verbose_name).capitalize()


def keep_identical(obj, language, fields, now=None):
    """Record that ``fields`` of ``obj`` stay the same as the source text in
    ``language`` on purpose (a proper name, an acronym): they count as
    translated until the source text changes. Only fields whose text is the
    source text are kept; returns them."""
    from workspace.models import FieldTranslation

    now = now or timezone.now()
    source = source_language()
    content_type = content_type_for(obj)
    kept = []
    for field in fields:
        if field not in translated_field_names(type(obj)):
            continue
        source_value = raw_value(obj, field, source)
        value = raw_value(obj, field, language)
        if not has_content(value) or not same_text(value, source_value):
            continue
        FieldTranslation.objects.update_or_create(
            content_type=content_type,
            object_id=str(obj.pk),
            field=field,
            language=language,
            defaults={
                "source_hash": text_hash(source_value),
                "saved_at": now,
                "same_as_source": True,
            },
        )
        kept.append(field)
    return kept


def identical_on_purpose(obj, language):
    """The fields of ``obj`` kept identical to today's source text on purpose
    in ``language`` (for readers: see ``languages.fallback``)."""
    records = records_for([obj]).get((content_type_for(obj).pk, str(obj.pk)), {})
    source = source_language()
    return {
        field
        for (field, code), record in records.items()
        if code == language
        and record.same_as_source
        and record.source_hash == text_hash(raw_value(obj, field, source))
    }


def working_copy(obj):
    """What editors see: the latest revision when it is not the live one."""
    from wagtail.models import DraftStateMixin

    if isinstance(obj, DraftStateMixin) and obj.has_unpublished_changes and obj.latest_revision_id:
        return obj.get_latest_revision_as_object()
    return obj


def listing(languages=None, working=False):
    """Every tracked page and snippet with its status: a list of
    ``(object, {language: LanguageStatus})``, pages first in tree order.
    With ``working``, the status of each object's unpublished draft, if any
    (what translators and moderators work on)."""
    objects = []
    for model in tracked_models():
        queryset = model._default_manager.all()
        if issubclass(model, Page):
            queryset = queryset.filter(content_type=ContentType.objects.get_for_model(model))
        objects.extend(queryset)
    objects.sort(
        key=lambda o: (0, o.path) if isinstance(o, Page) else (1, type(o).__name__, str(o))
    )
    if working:
        objects = [working_copy(obj) for obj in objects]
    records = records_for(objects)
    return [
        (
            obj,
            object_status(obj, records.get((content_type_for(obj).pk, str(obj.pk)), {}), languages),
        )
        for obj in objects
    ]

"""Translation status of every translated object, field by field.

A field of an object, in a target language, is:

- ``missing`` when the source (English) text exists and the translation is empty;
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
from languages.names import local_name

MISSING = "missing"
OUTDATED = "outdated"
COMPLETE = "complete"
STATES = {
    COMPLETE: _("Complete"),
    MISSING: _("Missing"),
    OUTDATED: _("Outdated"),
}
# An object's state in one language is its worst field's.
SEVERITY = {COMPLETE: 0, OUTDATED: 1, MISSING: 2}


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
            if not has_content(value) or text_hash(value) == text_hash(source_value):
                # An untouched copy of the source (see "Start a translation")
                # is not a translation yet.
                state = MISSING
            elif record is not None and record.source_hash != text_hash(source_value):
                state = OUTDATED
                if source_record and (
                    status.source_changed_at is None
                    or source_record.saved_at > status.source_changed_at
                ):
                    status.source_changed_at = source_record.saved_at
            else:
                state = COMPLETE
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
                record.save(update_fields=["source_hash", "saved_at"])


def listing(languages=None):
    """Every tracked page and snippet with its status: a list of
    ``(object, {language: LanguageStatus})``, pages first in tree order."""
    objects = []
    for model in tracked_models():
        queryset = model._default_manager.all()
        if issubclass(model, Page):
            queryset = queryset.filter(content_type=ContentType.objects.get_for_model(model))
        objects.extend(queryset)
    objects.sort(
        key=lambda o: (0, o.path) if isinstance(o, Page) else (1, type(o).__name__, str(o))
    )
    records = records_for(objects)
    return [
        (
            obj,
            object_status(obj, records.get((content_type_for(obj).pk, str(obj.pk)), {}), languages),
        )
        for obj in objects
    ]

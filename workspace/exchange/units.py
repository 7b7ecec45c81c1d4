"""What is exchanged: one unit per translatable text of an object.

A unit's key names the object, the field and, inside a StreamField, the
block path (block ids and child names): ``home.standardpage:4:body:9f1c/text``.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.fields import RichTextField
from wagtail.models import Page, RevisionMixin
from wagtail.rich_text import features

from workspace import status
from workspace.exchange import inline


class ImportRefused(Exception):
    """The file cannot be imported; ``errors`` says why, one line each."""

    def __init__(self, errors):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


@dataclass
class Unit:
    """A text to translate, as exported."""

    key: str
    source: str
    target: str  # an outdated translation offered for review, or ""
    context: str
    rich: bool = False
    field_name: str = ""
    source_tokens: list = field(default_factory=list)
    codes: dict = field(default_factory=dict)


@dataclass
class ParsedUnit:
    """A unit as read from a file. ``source``/``target`` are strings (PO) or
    inline tokens (XLIFF, ``inline=True``). ``status`` is ``final`` (to
    import), ``fuzzy`` (PO), ``initial`` (XLIFF draft) or ``empty``."""

    key: str
    source: object
    target: object
    status: str = "final"
    inline: bool = False
    segments: int = 1
    untranslated: list = field(default_factory=list)  # segment numbers
    problems: list = field(default_factory=list)
    position: int = 0


@dataclass
class ParsedFile:
    source_language: str
    language: str
    units: list
    exported_at: str = None  # ISO date of the export, when the file says it


# --------------------------------------------------------------------------
# Objects and their editable state
# --------------------------------------------------------------------------


def object_key(obj):
    ct = status.content_type_for(obj)
    return f"{ct.app_label}.{ct.model}:{obj.pk}"


def working_copy(obj):
    """What editors see: the latest revision if the object has revisions."""
    if isinstance(obj, RevisionMixin) and getattr(obj, "latest_revision_id", None):
        return obj.get_latest_revision_as_object()
    return obj


def find_object(key):
    try:
        label, pk = key.split(":", 1)
        model = apps.get_model(label)
    except (ValueError, LookupError):
        return None
    if model not in status.tracked_models():
        return None
    return model._default_manager.filter(pk=pk).first()


def title_of(obj):
    return str(obj.title if isinstance(obj, Page) else obj)


def statistic_describer(language):
    """``id → text`` that CAT tools show for an inline statistic: its figure
    formatted for ``language`` when the linked model can format itself."""
    handler = features.get_link_types().get("statistic")
    cache = {}

    def describe(ident):
        if handler is None:
            return ""
        if ident not in cache:
            # A deleted statistic: the link text will do.
            instance = handler.get_many([{"id": ident}])[0]
            text = ""
            if instance is not None and hasattr(instance, "formatted_value"):
                with translation.override(language):
                    text = str(instance.formatted_value(language))
            cache[ident] = text
        return cache[ident]

    return describe


# --------------------------------------------------------------------------
# StreamField leaves
# --------------------------------------------------------------------------


def _is_text_block(block):
    return isinstance(block, (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock))


def stream_leaves(block, value, path=()):
    """Yield ``(path, block, container, key)`` for every translatable string
    in raw StreamField data; ``container[key]`` is the string."""
    if isinstance(block, blocks.StreamBlock):
        for index, child in enumerate(value or []):
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is None:
                continue
            step = f"{child.get('id') or index}/{child['type']}"
            if _is_text_block(child_block):
                yield (*path, step), child_block, child, "value"
            else:
                yield from stream_leaves(child_block, child.get("value"), (*path, step))
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            if not isinstance(value, dict):
                return
            if _is_text_block(child_block):
                if isinstance(value.get(name), str):
                    yield (*path, name), child_block, value, name
            else:
                yield from stream_leaves(child_block, value.get(name), (*path, name))
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(value or []):
            if isinstance(item, dict) and item.get("type") == "item":
                step, container, key, inner = (
                    item.get("id") or str(index),
                    item,
                    "value",
                    item["value"],
                )
            else:
                step, container, key, inner = str(index), value, index, item
            if _is_text_block(block.child_block):
                if isinstance(inner, str):
                    yield (*path, step), block.child_block, container, key
            else:
                yield from stream_leaves(block.child_block, inner, (*path, step))


def _has_field(model, name):
    try:
        model._meta.get_field(name)
        return True
    except FieldDoesNotExist:
        return False


def make_unit(key, source, target, context, rich, field_name, describe):
    if status.text_hash(target) == status.text_hash(source):
        target = ""  # an untouched copy of the English text is no translation
    if rich:
        tokens, codes = inline.read_html(source, describe)
    else:
        tokens, codes = inline.plain_tokens(source), {}
    return Unit(
        key=key,
        source=source,
        target=target or "",
        context=context,
        rich=rich,
        field_name=field_name,
        source_tokens=tokens,
        codes=codes,
    )


def field_units(obj, field_name, language, describe=None):
    """Units for one field: a plain field is one unit, a StreamField one per leaf."""
    model = type(obj)
    source = status.source_language()
    describe = describe or statistic_describer(language)
    key_prefix = object_key(obj)
    db_field = model._meta.get_field(build_localized_fieldname(field_name, source))
    label = (
        str(model._meta.get_field(field_name).verbose_name)
        if _has_field(model, field_name)
        else field_name
    )
    context = f"{title_of(obj)} › {label}"
    if status.is_stream(model, build_localized_fieldname(field_name, source)):
        stream_block = db_field.stream_block
        targets = {
            "/".join(path): container[key]
            for path, _block, container, key in stream_leaves(
                stream_block, status.raw_value(obj, field_name, language)
            )
        }
        for path, block, container, key in stream_leaves(
            stream_block, status.raw_value(obj, field_name, source)
        ):
            text = container[key]
            if not str(text).strip():
                continue
            joined = "/".join(path)
            yield make_unit(
                f"{key_prefix}:{field_name}:{joined}",
                text,
                targets.get(joined, ""),
                f"{context} › {block.label}",
                isinstance(block, blocks.RichTextBlock),
                field_name,
                describe,
            )
    else:
        yield make_unit(
            f"{key_prefix}:{field_name}",
            status.raw_value(obj, field_name, source),
            status.raw_value(obj, field_name, language),
            context,
            isinstance(db_field, RichTextField),
            field_name,
            describe,
        )


def units_for(objects, language, changed_since=None):
    """The units of every field of ``objects`` that is not translated (or
    outdated) in ``language``; with ``changed_since``, only fields whose
    English text was saved at or after that moment."""
    units = []
    describe = statistic_describer(language)
    source = status.source_language()
    for obj in objects:
        obj = working_copy(obj)
        records = status.records_for([obj]).get((status.content_type_for(obj).pk, str(obj.pk)), {})
        language_status = status.object_status(obj, records, languages=[language])[language]
        for field_name, state in language_status.fields.items():
            if state == status.COMPLETE:
                continue
            if changed_since is not None:
                record = records.get((field_name, source))
                if record is None or record.saved_at < changed_since:
                    continue
            units.extend(field_units(obj, field_name, language, describe))
    return units

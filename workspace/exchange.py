"""Translation exchange: the strings of chosen objects that need translating
into one language, out as XLIFF 2 or gettext PO, and back in.

A unit's key names the object, the field and, inside a StreamField, the
block path (block ids and child names): ``home.standardpage:4:body:9f1c/text``.
Import is all-or-nothing: every unit is checked (object, language, source
unchanged since the export, markup) before anything is written, and the
written translations become new revisions of each object.
"""

import copy
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, Page, RevisionMixin, WorkflowMixin

from workspace import status

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
FORMATS = {"xliff": "xlf", "po": "po"}
RICH_TEXT_TAGS = {
    "p",
    "a",
    "b",
    "i",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "br",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "embed",
    "sup",
    "sub",
    "code",
    "blockquote",
    "span",
}
VOID_TAGS = {"br", "hr", "embed"}


@dataclass
class Unit:
    key: str
    source: str
    target: str
    context: str
    rich: bool = False


class ImportRefused(Exception):
    """The file cannot be imported; ``errors`` says why, one line each."""

    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors


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
    if not status.is_tracked(model) or model not in status.tracked_models():
        return None
    return model._default_manager.filter(pk=pk).first()


def title_of(obj):
    return str(obj.title if isinstance(obj, Page) else obj)


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


def _field_units(obj, field, language, key_prefix):
    """Units for one field: a plain field is one unit, a StreamField one per leaf."""
    model = type(obj)
    source = status.source_language()
    db_field = model._meta.get_field(build_localized_fieldname(field, source))
    label = str(model._meta.get_field(field).verbose_name) if _has_field(model, field) else field
    context = f"{title_of(obj)} › {label}"
    if status.is_stream(model, build_localized_fieldname(field, source)):
        source_raw = status.raw_value(obj, field, source)
        target_raw = status.raw_value(obj, field, language)
        stream_block = db_field.stream_block
        targets = {
            "/".join(path): container[key]
            for path, _block, container, key in stream_leaves(stream_block, target_raw)
        }
        for path, block, container, key in stream_leaves(stream_block, source_raw):
            text = container[key]
            if not str(text).strip():
                continue
            joined = "/".join(path)
            yield Unit(
                key=f"{key_prefix}:{field}:{joined}",
                source=text,
                target=targets.get(joined, ""),
                context=f"{context} › {block.label}",
                rich=isinstance(block, blocks.RichTextBlock),
            )
    else:
        value = status.raw_value(obj, field, source)
        target = status.raw_value(obj, field, language)
        yield Unit(
            key=f"{key_prefix}:{field}",
            source=value,
            target="" if status.text_hash(target) == status.text_hash(value) else target,
            context=context,
            rich=isinstance(db_field, RichTextField),
        )


def _has_field(model, name):
    try:
        model._meta.get_field(name)
        return True
    except FieldDoesNotExist:
        return False


def units_for(objects, language):
    """The units of every missing or outdated field of ``objects`` in ``language``."""
    units = []
    for obj in objects:
        obj = working_copy(obj)
        language_status = status.object_status(obj, languages=[language])[language]
        for field, state in language_status.fields.items():
            if state == status.COMPLETE:
                continue
            units.extend(_field_units(obj, field, language, object_key(obj)))
    return units


# --------------------------------------------------------------------------
# Writing files
# --------------------------------------------------------------------------


def export_xliff(units, language):
    ET.register_namespace("", XLIFF_NS)
    root = ET.Element(
        f"{{{XLIFF_NS}}}xliff",
        {"version": "2.0", "srcLang": status.source_language(), "trgLang": language},
    )
    file = ET.SubElement(root, f"{{{XLIFF_NS}}}file", {"id": "f1", "original": "migration-facts"})
    for index, unit in enumerate(units, start=1):
        element = ET.SubElement(file, f"{{{XLIFF_NS}}}unit", {"id": f"u{index}", "name": unit.key})
        notes = ET.SubElement(element, f"{{{XLIFF_NS}}}notes")
        ET.SubElement(notes, f"{{{XLIFF_NS}}}note", {"category": "context"}).text = unit.context
        ET.SubElement(notes, f"{{{XLIFF_NS}}}note", {"category": "format"}).text = (
            "html" if unit.rich else "text"
        )
        segment = ET.SubElement(
            element, f"{{{XLIFF_NS}}}segment", {"state": "translated" if unit.target else "initial"}
        )
        ET.SubElement(segment, f"{{{XLIFF_NS}}}source").text = unit.source
        ET.SubElement(segment, f"{{{XLIFF_NS}}}target").text = unit.target
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")


def export_po(units, language):
    catalog = Catalog(locale=None, project="Migration Facts", fuzzy=False)
    catalog.language_team = language
    catalog.mime_headers  # noqa: B018 (builds the headers)
    for unit in units:
        catalog.add(
            unit.source,
            unit.target,
            context=unit.key,
            auto_comments=[unit.context, "html" if unit.rich else "text"],
        )
    output = io.BytesIO()
    write_po(output, catalog, width=0, omit_header=False)
    header = f"# Target language: {language}\n".encode()
    return header + output.getvalue()


def export_file(objects, language, file_format="xliff"):
    units = units_for(objects, language)
    if file_format == "po":
        return export_po(units, language), units
    return export_xliff(units, language), units


# --------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------


def parse_xliff(data):
    if b"<!DOCTYPE" in data[:2000].upper() or b"<!ENTITY" in data.upper():
        raise ImportRefused([_("The file declares a DTD or entities, which are not allowed.")])
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise ImportRefused(
            [_("The file is not well-formed XML (%(error)s).") % {"error": error}]
        ) from error
    if root.tag != f"{{{XLIFF_NS}}}xliff" or root.get("version") != "2.0":
        raise ImportRefused([_("The file is not an XLIFF 2.0 document.")])
    ns = {"x": XLIFF_NS}
    units = []
    for element in root.iterfind("x:file/x:unit", ns):
        segment = element.find("x:segment", ns)
        source = segment.find("x:source", ns) if segment is not None else None
        target = segment.find("x:target", ns) if segment is not None else None
        units.append(
            Unit(
                key=element.get("name") or element.get("id") or "",
                source=(source.text or "") if source is not None else "",
                target=(target.text or "") if target is not None else "",
                context="",
            )
        )
    return root.get("srcLang"), root.get("trgLang"), units


def parse_po(data):
    header_language = None
    first_line = data.split(b"\n", 1)[0].decode("utf-8", "replace")
    if first_line.startswith("# Target language:"):
        header_language = first_line.split(":", 1)[1].strip()
    try:
        catalog = read_po(io.BytesIO(data), abort_invalid=True)
    except Exception as error:  # Babel raises several error types
        raise ImportRefused(
            [_("The PO file could not be read (%(error)s).") % {"error": error}]
        ) from error
    language = header_language or catalog.language_team
    units = [
        Unit(key=message.context or "", source=message.id, target=message.string or "", context="")
        for message in catalog
        if message.id
    ]
    return status.source_language(), language, units


def parse_file(data, filename=""):
    if filename.lower().endswith(".po") or data.lstrip().startswith((b"#", b"msgid", b"msgctxt")):
        return parse_po(data)
    return parse_xliff(data)


class _MarkupChecker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in RICH_TEXT_TAGS:
            self.problems.append(_("the tag <%(tag)s> is not allowed") % {"tag": tag})
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(_("the attribute %(name)s is not allowed") % {"name": name})
        if tag not in VOID_TAGS:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS and self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(_("the closing tag </%(tag)s> does not match") % {"tag": tag})
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()


def markup_problems(html):
    checker = _MarkupChecker()
    checker.feed(html)
    checker.close()
    problems = list(dict.fromkeys(checker.problems))
    if checker.stack:
        problems.append(
            _("these tags are not closed: %(tags)s")
            % {"tags": ", ".join(f"<{t}>" for t in checker.stack)}
        )
    return problems


REFERENCE = re.compile(r'<(?:a|embed)\b[^>]*\b(?:linktype|embedtype)="([^"]+)"[^>]*\bid="([^"]*)"')


def reference_problems(source, target):
    """Links to pages, documents and statistics of the source must survive
    in the translation (a lost statistic link would drop a cited figure)."""
    lost = set(REFERENCE.findall(source)) - set(REFERENCE.findall(target))
    return [
        _("the link to %(type)s %(id)s of the English text is missing") % {"type": kind, "id": pk}
        for kind, pk in sorted(lost)
    ]


def plan_import(data, language, filename=""):
    """Check a file completely; return ``{object: {field: new value}}`` or
    raise ImportRefused with every problem found."""
    source_language, file_language, units = parse_file(data, filename)
    errors = []
    if file_language != language:
        errors.append(
            _("The file is for the language “%(file)s”, not “%(chosen)s”.")
            % {"file": file_language or "?", "chosen": language}
        )
    if source_language and source_language != status.source_language():
        errors.append(
            _("The file's source language is “%(language)s”.") % {"language": source_language}
        )
    if not units:
        errors.append(_("The file contains no translation units."))
    if errors:
        raise ImportRefused(errors)

    by_object = {}
    for unit in units:
        parts = unit.key.split(":", 3)
        if len(parts) < 3:
            errors.append(_("Unit “%(key)s”: this is not a unit of this site.") % {"key": unit.key})
            continue
        by_object.setdefault(":".join(parts[:2]), []).append(
            (parts[2], parts[3] if len(parts) > 3 else None, unit)
        )

    plan = {}
    for key, object_units in by_object.items():
        obj = find_object(key)
        if obj is None:
            errors.append(_("Unit “%(key)s”: no such page or statistic.") % {"key": key})
            continue
        obj = working_copy(obj)
        changes, problems = _plan_object(obj, object_units, language)
        errors.extend(problems)
        if changes:
            plan[obj] = changes
    if errors:
        raise ImportRefused(errors)
    if not plan:
        raise ImportRefused([_("The file contains no translated text.")])
    return plan


def _plan_object(obj, object_units, language):
    model = type(obj)
    source = status.source_language()
    fields = status.translated_field_names(model)
    changes, errors = {}, []
    streams = {}
    for field, path, unit in object_units:
        where = f"{title_of(obj)} › {field}" + (f" › {path}" if path else "")
        if field not in fields:
            errors.append(_("%(where)s: this field is not translated.") % {"where": where})
            continue
        source_name = build_localized_fieldname(field, source)
        target_name = build_localized_fieldname(field, language)
        if status.is_stream(model, source_name):
            streams.setdefault(field, {})[path] = (unit, where)
            continue
        current = status.raw_value(obj, field, source)
        if unit.source != current:
            errors.append(
                _("%(where)s: the English text changed since the export.") % {"where": where}
            )
            continue
        if not unit.target.strip():
            continue
        db_field = model._meta.get_field(target_name)
        if isinstance(db_field, RichTextField):
            errors.extend(f"{where}: {p}" for p in markup_problems(unit.target))
            errors.extend(f"{where}: {p}" for p in reference_problems(unit.source, unit.target))
        try:
            db_field.clean(unit.target, obj)
        except ValidationError as error:
            errors.extend(f"{where}: {m}" for m in error.messages)
            continue
        changes[target_name] = unit.target

    for field, by_path in streams.items():
        source_name = build_localized_fieldname(field, source)
        target_name = build_localized_fieldname(field, language)
        stream_block = model._meta.get_field(source_name).stream_block
        new_raw = copy.deepcopy(status.raw_value(obj, field, source))
        seen = set()
        translated = 0
        for path, block, container, key in stream_leaves(stream_block, new_raw):
            joined = "/".join(path)
            if joined not in by_path:
                if str(container[key]).strip():
                    errors.append(
                        _(
                            "%(where)s: the file has no unit for this text (the English text changed)."
                        )
                        % {"where": f"{title_of(obj)} › {field} › {joined}"}
                    )
                continue
            unit, where = by_path[joined]
            seen.add(joined)
            if unit.source != container[key]:
                errors.append(
                    _("%(where)s: the English text changed since the export.") % {"where": where}
                )
                continue
            if not unit.target.strip():
                errors.append(_("%(where)s: no translation.") % {"where": where})
                continue
            if isinstance(block, blocks.RichTextBlock):
                errors.extend(f"{where}: {p}" for p in markup_problems(unit.target))
                errors.extend(f"{where}: {p}" for p in reference_problems(unit.source, unit.target))
            container[key] = unit.target
            translated += 1
        for path in set(by_path) - seen:
            errors.append(_("%(where)s: no such block.") % {"where": by_path[path][1]})
        if translated and not errors:
            try:
                value = stream_block.to_python(new_raw)
                stream_block.clean(value)
            except ValidationError as error:
                errors.append(
                    _("%(where)s: %(error)s")
                    % {"where": f"{title_of(obj)} › {field}", "error": "; ".join(error.messages)}
                )
                continue
            changes[target_name] = value
    return changes, errors


def apply_plan(plan, user, submit=False):
    """Write every planned change as a new revision (one per object)."""
    written = []
    with transaction.atomic():
        for obj, changes in plan.items():
            for name, value in changes.items():
                setattr(obj, name, value)
            written.append(save_as_revision(obj, user, submit=submit))
    return written


def save_as_revision(obj, user, submit=False):
    if isinstance(obj, RevisionMixin):
        if isinstance(obj, Page):
            obj.save_revision(user=user, log_action=True)
        else:
            obj.save_revision(user=user, log_action=True)
            if not isinstance(obj, DraftStateMixin):
                obj.save()
        if submit and isinstance(obj, WorkflowMixin) and not _in_workflow(obj):
            workflow = obj.get_workflow()
            if workflow is not None:
                workflow.start(obj, user)
        return obj
    obj.save()
    return obj


def _in_workflow(obj):
    return obj.workflow_in_progress


__all__ = ["timezone"]

"""Checking a translated file completely, then applying it.

All-or-nothing: every unit is checked (object, language, English text
unchanged since the export, markup, links to statistics, pages and
documents) before anything is written; any problem refuses the whole file.
Units a translator has not finished (fuzzy PO entries, XLIFF segments not
in a translated state, empty targets) are not problems: they are skipped and
reported, and the file is refused only when nothing is left to import.
"""

import copy
import datetime
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, Page, RevisionMixin, WorkflowMixin

from workspace import status
from workspace.exchange import inline, po, xliff
from workspace.exchange.units import (
    ImportRefused,
    find_object,
    statistic_describer,
    stream_leaves,
    title_of,
    working_copy,
)

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
class ImportPlan:
    """What an accepted file will write: ``{object: {column: value}}``, and
    the units skipped because they are not finished."""

    language: str
    changes: dict = field(default_factory=dict)
    skipped: list = field(default_factory=list)


def normalize_language(code):
    """A file's language code as this site names it: ``ht_HT``, ``ht-HT`` and
    ``HT`` are ``ht``; a regional variant falls back to its language."""
    if not code:
        return None
    code = code.strip().replace("_", "-").lower()
    known = {c.lower(): c for c in [status.source_language(), *status.target_languages()]}
    return known.get(code) or known.get(code.split("-", 1)[0]) or code


def parse_file(data, filename=""):
    head = data.lstrip()[:200]
    if filename.lower().endswith((".po", ".pot")) or head.startswith((b"#", b"msgid", b"msgctxt")):
        return po.parse(data)
    return xliff.parse(data)


# --------------------------------------------------------------------------
# Markup safety
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# Planning
# --------------------------------------------------------------------------


def _parse_date(value):
    if not value:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment


class _Checker:
    """Checks the units of one file against today's objects."""

    def __init__(self, language, exported_at):
        self.language = language
        self.exported_at = exported_at
        self.describe = statistic_describer(language)
        self.errors = []
        self.skipped = []

    def english_changed(self, obj, field_name):
        """True when the site's English text of the field was saved after the
        export (so a difference is the site's, not the file's)."""
        if self.exported_at is None:
            return None
        record = (
            status.records_for([obj])
            .get((status.content_type_for(obj).pk, str(obj.pk)), {})
            .get((field_name, status.source_language()))
        )
        return record is not None and record.saved_at > self.exported_at

    def source_mismatch(self, obj, field_name, where):
        changed = self.english_changed(obj, field_name)
        if changed:
            return _("%(where)s: the English text changed since the export.") % {"where": where}
        if changed is None:
            return _(
                "%(where)s: the English text in the file is not the English text of the site."
            ) % {"where": where}
        return _(
            "%(where)s: the English text in the file was edited (the site's English text has not changed since the export)."
        ) % {"where": where}

    def skip(self, unit, where):
        if unit.status == "fuzzy":
            message = _("%(where)s: marked fuzzy (needs review), not imported.")
        elif unit.status == "initial":
            message = ngettext(
                "%(where)s: segment %(segments)s is not marked as translated (state “initial”), not imported.",
                "%(where)s: segments %(segments)s are not marked as translated (state “initial”), not imported.",
                len(unit.untranslated),
            )
        else:
            message = _("%(where)s: not translated, not imported.")
        self.skipped.append(
            message % {"where": where, "segments": ", ".join(str(n) for n in unit.untranslated)}
        )

    def translation(self, unit, english, rich, where):
        """The translation as stored text, or None (problems recorded)."""
        problems = [f"{where}: {p}" for p in unit.problems]
        if unit.inline:
            if rich:
                codes = inline.read_html(english, self.describe)[1]
                target, found = inline.to_html(unit.target, codes)
            else:
                target, found = inline.to_text(unit.target)
            problems.extend(f"{where}: {p}" for p in found)
        else:
            target = unit.target
        if rich and not problems:
            problems.extend(f"{where}: {p}" for p in markup_problems(target))
            problems.extend(f"{where}: {p}" for p in reference_problems(english, target))
        self.errors.extend(problems)
        return None if problems else target

    def same_source(self, unit, english, rich):
        if unit.inline:
            expected = (
                inline.read_html(english, self.describe)[0]
                if rich
                else inline.plain_tokens(english)
            )
            return inline.signature(unit.source) == inline.signature(expected)
        return inline.signature(inline.plain_tokens(unit.source)) == inline.signature(
            inline.plain_tokens(english)
        )


def plan_import(data, language=None, filename=""):
    """Check a file completely; return an :class:`ImportPlan` or raise
    ImportRefused with every problem found. ``language`` is the language the
    user chose (None: the file's own)."""
    parsed = parse_file(data, filename)
    file_language = normalize_language(parsed.language)
    errors = []
    if language and file_language and file_language != language:
        errors.append(
            _("The file is for the language “%(file)s”, not “%(chosen)s”.")
            % {"file": file_language, "chosen": language}
        )
    language = language or file_language
    if not language:
        errors.append(_("The file does not say which language it is for: choose the language."))
    elif language not in status.target_languages():
        errors.append(
            _("The file is for the language “%(file)s”, which this site does not translate into.")
            % {"file": language}
        )
    source_language = normalize_language(parsed.source_language)
    if source_language and source_language != status.source_language():
        errors.append(
            _("The file's source language is “%(language)s”.") % {"language": source_language}
        )
    if not parsed.units:
        errors.append(_("The file contains no translation units."))
    if errors:
        raise ImportRefused(errors)

    checker = _Checker(language, _parse_date(parsed.exported_at))
    by_object = {}
    for unit in parsed.units:
        parts = unit.key.split(":", 3)
        if len(parts) < 3:
            checker.errors.append(
                _("Unit “%(key)s”: this is not a unit of this site.") % {"key": unit.key}
            )
            continue
        by_object.setdefault(":".join(parts[:2]), []).append(
            (parts[2], parts[3] if len(parts) > 3 else None, unit)
        )

    plan = ImportPlan(language=language)
    for key, object_units in by_object.items():
        obj = find_object(key)
        if obj is None:
            checker.errors.append(_("Unit “%(key)s”: no such page or statistic.") % {"key": key})
            continue
        obj = working_copy(obj)
        changes = _plan_object(obj, object_units, checker)
        if changes:
            plan.changes[obj] = changes
    if checker.errors:
        raise ImportRefused(checker.errors)
    plan.skipped = checker.skipped
    if not plan.changes:
        raise ImportRefused(
            [_("The file contains no finished translation: nothing to import."), *checker.skipped]
        )
    return plan


def _field_label(model, field_name):
    try:
        return str(model._meta.get_field(field_name).verbose_name)
    except FieldDoesNotExist:
        return field_name


def _plan_object(obj, object_units, checker):
    model = type(obj)
    source = status.source_language()
    fields = status.translated_field_names(model)
    changes = {}
    streams = {}
    for field_name, path, unit in object_units:
        where = f"{title_of(obj)} › {_field_label(model, field_name) if field_name in fields else field_name}"
        if field_name not in fields:
            checker.errors.append(_("%(where)s: this field is not translated.") % {"where": where})
            continue
        target_name = build_localized_fieldname(field_name, checker.language)
        if status.is_stream(model, build_localized_fieldname(field_name, source)):
            streams.setdefault(field_name, {})[path] = unit
            continue
        english = status.raw_value(obj, field_name, source)
        rich = isinstance(model._meta.get_field(target_name), RichTextField)
        if not checker.same_source(unit, english, rich):
            checker.errors.append(checker.source_mismatch(obj, field_name, where))
            continue
        if unit.status != "final":
            checker.skip(unit, where)
            continue
        target = checker.translation(unit, english, rich, where)
        if target is None:
            continue
        try:
            model._meta.get_field(target_name).clean(target, obj)
        except ValidationError as error:
            checker.errors.extend(f"{where}: {m}" for m in error.messages)
            continue
        changes[target_name] = target
    for field_name, by_path in streams.items():
        value = _plan_stream(obj, field_name, by_path, checker)
        if value is not None:
            changes[build_localized_fieldname(field_name, checker.language)] = value
    return changes


def _plan_stream(obj, field_name, by_path, checker):
    """The new StreamField value of one language: the English blocks with
    every text replaced by its translation (block ids kept, so chosen
    statistics, pages and images stay). None when not importable."""
    model = type(obj)
    source = status.source_language()
    stream_block = model._meta.get_field(build_localized_fieldname(field_name, source)).stream_block
    label = f"{title_of(obj)} › {_field_label(model, field_name)}"
    existing = {
        "/".join(path): container[key]
        for path, _b, container, key in stream_leaves(
            stream_block, status.raw_value(obj, field_name, checker.language)
        )
    }
    new_raw = copy.deepcopy(status.raw_value(obj, field_name, source))
    errors_before = len(checker.errors)
    seen, translated, unfinished = set(), 0, 0
    for number, (path, block, container, key) in enumerate(
        stream_leaves(stream_block, new_raw), start=1
    ):
        joined = "/".join(path)
        where = f"{label} › {block.label} {number}"
        english = container[key]
        unit = by_path.get(joined)
        if unit is None:
            if not str(english).strip():
                continue
            if checker.english_changed(obj, field_name):
                checker.errors.append(
                    _("%(where)s: the English text changed since the export.") % {"where": where}
                )
            else:
                checker.errors.append(
                    _("%(where)s: the file has no unit for this text.") % {"where": where}
                )
            continue
        seen.add(joined)
        rich = isinstance(block, blocks.RichTextBlock)
        if not checker.same_source(unit, english, rich):
            checker.errors.append(checker.source_mismatch(obj, field_name, where))
            continue
        if unit.status != "final":
            previous = existing.get(joined)
            if previous and status.text_hash(previous) != status.text_hash(english):
                container[key] = previous  # keep the translation it had
                checker.skip(unit, where)
            else:
                unfinished += 1
                checker.skip(unit, where)
            continue
        target = checker.translation(unit, english, rich, where)
        if target is not None:
            container[key] = target
            translated += 1
    for path in set(by_path) - seen:
        where = f"{label} › {path}"
        if checker.english_changed(obj, field_name):
            checker.errors.append(
                _("%(where)s: the English text changed since the export.") % {"where": where}
            )
        else:
            checker.errors.append(_("%(where)s: no such block.") % {"where": where})
    if len(checker.errors) > errors_before or not translated:
        return None
    if unfinished:
        # Importing the rest would publish English text under this language.
        checker.skipped.append(
            ngettext(
                "%(where)s: not imported, %(count)s text is not translated yet.",
                "%(where)s: not imported, %(count)s texts are not translated yet.",
                unfinished,
            )
            % {"where": label, "count": unfinished}
        )
        return None
    try:
        value = stream_block.to_python(new_raw)
        stream_block.clean(value)
    except ValidationError as error:
        checker.errors.append(
            _("%(where)s: %(error)s") % {"where": label, "error": "; ".join(error.messages)}
        )
        return None
    return value


# --------------------------------------------------------------------------
# Applying
# --------------------------------------------------------------------------


def apply_plan(plan, user, submit=False):
    """Write every planned change as a new revision (one per object)."""
    written = []
    with transaction.atomic():
        for obj, changes in plan.changes.items():
            for name, value in changes.items():
                setattr(obj, name, value)
            written.append(save_as_revision(obj, user, submit=submit))
    return written


def save_as_revision(obj, user, submit=False):
    if isinstance(obj, RevisionMixin):
        obj.save_revision(user=user, log_action=True)
        if not isinstance(obj, (Page, DraftStateMixin)):
            obj.save()
        if submit and isinstance(obj, WorkflowMixin) and not obj.workflow_in_progress:
            workflow = obj.get_workflow()
            if workflow is not None:
                workflow.start(obj, user)
        return obj
    obj.save()
    return obj

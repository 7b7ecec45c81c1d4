"""The demo content loader: one reader for every app's demo data files.

Apps declare their demo steps on the ``load_demo_content`` Wagtail hook, in
hook order: ``demo_files(app_label, pattern, ...)`` reads YAML files from
``<app>/demo/``; a plain function ``step(demo)`` is a step written in Python
(what is not content: generated media draw themselves in their factory, the
search index, translation records). The file format is described in the
README ("Demo content as data").

Every declared file is read and checked before anything is written, and the
command runs in one transaction: a malformed file, an unknown field or block,
or a reference to an unknown statistic or page stops the load with an error
naming the file and the entry. Entries already in the database are left as
they are, so loading twice changes nothing.
"""

import functools
import inspect
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml
from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import DatabaseError, models
from django.utils import translation
from django.utils.module_loading import import_string
from modelcluster.fields import ParentalKey
from modeltranslation.translator import NotRegistered, translator
from wagtail import blocks
from wagtail.coreutils import resolve_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from languages.codes import language_codes

DATA_FOLDER = "demo"
HEADER_KEYS = {"kind", "model", "factory", "find_by", "mode", "publish", "defaults", "entries"}
MODES = ("create", "fill")
# ``[[key]]`` inside rich text cites the statistic ``key`` within a sentence.
INLINE_STATISTIC = re.compile(r"\[\[([a-z0-9-]+)\]\]")
ROOT = ("page", "root")


class DemoDataError(Exception):
    """A data file cannot be loaded: says which file, which entry and why."""

    def __init__(self, file, entry, message):
        where = f"{file}, entry {entry!r}" if entry is not None else str(file)
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Ref:
    """``!statistic key``, ``!page slug``, …: an entry of a data file, by name."""

    kind: str
    name: str

    def __str__(self):
        return f"{self.kind} {self.name!r}"


class _Loader(yaml.SafeLoader):
    """Safe YAML, plus ``!kind name`` references. Numbers with a decimal point
    are exact decimals (7.2 stays 7.2), and only true/false are booleans (so
    "no" or "on" stays a word)."""


def _ref(loader, suffix, node):
    if not isinstance(node, yaml.ScalarNode):
        raise yaml.constructor.ConstructorError(
            None, None, f"!{suffix} takes a name, not a list or mapping", node.start_mark
        )
    return Ref(suffix, loader.construct_scalar(node))


def _decimal(loader, node):
    text = loader.construct_scalar(node).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise yaml.constructor.ConstructorError(
            None, None, f"{text!r} is not a decimal number", node.start_mark
        ) from None


_Loader.add_multi_constructor("!", _ref)
_Loader.add_constructor("tag:yaml.org,2002:float", _decimal)
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


class DemoFiles:
    """A step that loads data files: ``patterns`` (globs, sorted) in ``folder``."""

    def __init__(self, folder, *patterns):
        self.folder, self.patterns = Path(folder), patterns

    def paths(self):
        found = []
        for pattern in self.patterns:
            matches = sorted(self.folder.glob(pattern))
            if not matches:
                raise DemoDataError(_label(self.folder / pattern), None, "no such data file")
            found.extend(matches)
        return found

    def __call__(self, demo):
        for path in self.paths():
            demo.load_file(path)

    def __str__(self):
        return f"{_label(self.folder)}: {', '.join(self.patterns)}"


def demo_files(app_label, *patterns):
    """The step loading ``<app>/demo/<pattern>`` for each pattern, in order."""
    return DemoFiles(Path(apps.get_app_config(app_label).path) / DATA_FOLDER, *patterns)


def _label(path):
    """A path as the error messages show it: relative to the project."""
    try:
        return str(Path(path).relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)


class DataFile:
    """One data file, read and checked: its header and its entries."""

    def __init__(self, path):
        self.path, self.label = path, _label(path)
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # a SafeLoader
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f", line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            problem = getattr(error, "problem", None) or error
            raise DemoDataError(self.label, None, f"not valid YAML{where}: {problem}") from error
        if not isinstance(data, dict):
            raise self.error(None, "expected a header (kind, factory, find_by) and entries")
        unknown = set(data) - HEADER_KEYS
        if unknown:
            raise self.error(None, f"unknown header key(s): {', '.join(sorted(unknown))}")
        self.kind = self._required(data, "kind")
        self.find_by = self._required(data, "find_by")
        self.mode = data.get("mode", "create")
        if self.mode not in MODES:
            raise self.error(None, f"mode must be one of: {', '.join(MODES)}")
        self.publish = data.get("publish", False)
        if not isinstance(self.publish, bool):
            raise self.error(None, "publish must be true or false")
        self.factory = None
        if self.mode == "create":
            self.factory = self._import(self._required(data, "factory"))
        self.model = self._model(data.get("model"))
        self.defaults = data.get("defaults") or {}
        self.entries = data.get("entries")
        if not isinstance(self.defaults, dict):
            raise self.error(None, "defaults must be a mapping of field: value")
        if not isinstance(self.entries, list) or not self.entries:
            raise self.error(None, "entries must be a list of mappings")
        self.names = [self._entry_name(index, entry) for index, entry in enumerate(self.entries)]

    def error(self, entry, message):
        return DemoDataError(self.label, entry, message)

    def _required(self, data, key):
        if not data.get(key):
            raise self.error(None, f"the header needs {key!r}")
        return data[key]

    def _import(self, dotted):
        try:
            return import_string(dotted)
        except ImportError as error:
            raise self.error(None, f"cannot import {dotted!r}: {error}") from error

    def _model(self, label):
        if label:
            try:
                return apps.get_model(label)
            except (LookupError, ValueError) as error:
                raise self.error(None, f"unknown model {label!r}") from error
        meta = getattr(self.factory, "_meta", None)
        if meta is None or getattr(meta, "model", None) is None:
            raise self.error(None, "the header needs 'model' (the factory is not a model factory)")
        return meta.model

    def _entry_name(self, index, entry):
        if not isinstance(entry, dict):
            raise self.error(f"#{index + 1}", "an entry must be a mapping of field: value")
        if "ref" in entry:
            return str(entry["ref"])
        value = entry.get(self.find_by, self.defaults.get(self.find_by))
        base, _sep, lang = self.find_by.rpartition("_")
        if value is None and isinstance(entry.get(base), dict):
            value = entry[base].get(lang)
        if value is None:
            raise self.error(f"#{index + 1}", f"needs {self.find_by!r} (or a 'ref' name)")
        return str(value)

    @functools.cached_property
    def _factory_parameters(self):
        if self.factory is None or hasattr(self.factory, "_meta"):
            return {}
        return inspect.signature(self.factory).parameters

    @property
    def factory_params(self):
        """Keywords a factory function takes beyond model fields (``palette``…)."""
        return {
            name
            for name, parameter in self._factory_parameters.items()
            if parameter.kind is parameter.KEYWORD_ONLY and name != "ref"
        }

    @property
    def takes_ref(self):
        """A factory function with a ``ref`` keyword is told the entry's name."""
        return "ref" in self._factory_parameters


class _Entry:
    """Turns one entry's data into model keyword arguments, checking as it goes.

    ``resolve(ref, targets, entry, where)`` gives the object a reference names
    (``None`` while checking, before the load), one of the ``targets`` models."""

    def __init__(self, file, name, data, resolve):
        self.file, self.name, self.data, self.resolve = file, name, data, resolve
        self.model = file.model
        self.languages = language_codes()
        try:
            self.translated = set(translator.get_options_for_model(self.model).all_fields)
        except NotRegistered:
            self.translated = set()

    def error(self, message):
        return self.file.error(self.name, message)

    def kwargs(self):
        result = {}
        extra = self.file.factory_params
        for key, value in {**self.file.defaults, **self.data}.items():
            if key == "ref":
                continue
            if key in extra:
                result[key] = value
            elif key == "parent" and issubclass(self.model, Page):
                result[key] = self.reference(value, [Page], key)
            elif key in self.translated:
                result.update(self._translated(key, value))
            else:
                result.update(self._field(key, value))
        if self.file.find_by not in result:
            raise self.error(f"needs {self.file.find_by!r}: it tells whether the entry is loaded")
        return result

    def _translated(self, key, value):
        if not isinstance(value, dict):
            raise self.error(f"{key}: give one text per language, e.g. {{en: …, es: …}}")
        unknown = set(value) - set(self.languages)
        if unknown:
            raise self.error(f"{key}: unknown language(s) {', '.join(sorted(unknown))}")
        return {
            f"{key}_{lang}": self._value(
                self.model._meta.get_field(f"{key}_{lang}"), v, f"{key} ({lang})"
            )
            for lang, v in value.items()
        }

    def _field(self, key, value):
        try:
            field = self.model._meta.get_field(key)
        except FieldDoesNotExist:
            raise self.error(f"{self.model.__name__} has no field {key!r}") from None
        if field.one_to_many and isinstance(getattr(field, "field", None), ParentalKey):
            return {key: self._children(field, value)}
        if not field.concrete or field.auto_created:
            raise self.error(f"{key!r} cannot be set from data")
        return {key: self._value(field, value, key)}

    def _children(self, relation, items):
        """Inline child objects (``Orderable``): a list of mappings, in order."""
        if not isinstance(items, list):
            raise self.error(f"{relation.name}: expected a list")
        child_model = relation.related_model
        parental = relation.field.name
        children = []
        for position, item in enumerate(items):
            if not isinstance(item, dict):
                raise self.error(f"{relation.name} item {position + 1}: expected a mapping")
            fields = {}
            for key, value in item.items():
                try:
                    field = child_model._meta.get_field(key)
                except FieldDoesNotExist:
                    raise self.error(
                        f"{relation.name} item {position + 1}: no field {key!r}"
                    ) from None
                if key == parental:
                    raise self.error(f"{relation.name} item {position + 1}: {key!r} is implied")
                fields[key] = self._value(field, value, f"{relation.name}.{key}")
            fields[child_model.sort_order_field] = position
            children.append(child_model(**fields))
        return children

    def _value(self, field, value, where):
        if isinstance(field, StreamField):
            return _StreamValue(self, where).stream(field.stream_block, value)
        if isinstance(field, RichTextField):
            return self.rich_text(value, where)
        if isinstance(field, models.ForeignKey):
            return self.reference(value, [field.related_model], where)
        if isinstance(value, Ref):
            raise self.error(f"{where}: a reference ({value}) where a value is expected")
        try:
            return field.clean(value, None)
        except ValidationError as error:
            raise self.error(f"{where}: {' '.join(error.messages)} (got {value!r})") from None

    def reference(self, value, targets, where):
        if value is None:
            return None
        if not isinstance(value, Ref):
            raise self.error(f"{where}: expected a reference such as !page slug, got {value!r}")
        return self.resolve(value, targets, self, where)

    def rich_text(self, text, where):
        if not isinstance(text, str):
            raise self.error(f"{where}: expected rich text, got {text!r}")
        if not text.lstrip().startswith("<"):
            text = f"<p>{text}</p>"

        def link(match):
            statistic = self.resolve(Ref("statistic", match.group(1)), None, self, where)
            pk = statistic.pk if statistic is not None else 0
            return f'<a linktype="statistic" id="{pk}">{match.group(1)}</a>'

        return INLINE_STATISTIC.sub(link, text)


class _StreamValue:
    """A stream written as a list of ``- block_name: value`` items, checked
    against the field's blocks and turned into Wagtail's stored form."""

    def __init__(self, entry, where):
        self.entry, self.where = entry, where

    def error(self, path, message):
        return self.entry.error(f"{self.where} {path}: {message}")

    def stream(self, block, items, path=""):
        if not isinstance(items, list):
            raise self.error(path or "", "expected a list of blocks")
        result = []
        for position, item in enumerate(items, start=1):
            here = f"{path}item {position}"
            if not isinstance(item, dict) or len(item) != 1:
                raise self.error(here, "each item is one `block_name: value`")
            [(name, value)] = item.items()
            if name not in block.child_blocks:
                known = ", ".join(block.child_blocks)
                raise self.error(here, f"unknown block {name!r} (known: {known})")
            result.append(
                {
                    "type": name,
                    "value": self.value(block.child_blocks[name], value, f"{here} {name}"),
                }
            )
        return result

    def value(self, block, value, path):
        if isinstance(block, blocks.StreamBlock):
            return self.stream(block, value, f"{path} ")
        if isinstance(block, blocks.StructBlock):
            return self.struct(block, value, path)
        if isinstance(block, blocks.ListBlock):
            if not isinstance(value, list):
                raise self.error(path, "expected a list")
            items = [self.value(block.child_block, v, f"{path}[{i}]") for i, v in enumerate(value)]
            min_num = block.meta.min_num
            if min_num and len(items) < min_num:
                raise self.error(path, f"needs at least {min_num} item(s)")
            return items
        if isinstance(block, blocks.RichTextBlock):
            return self.entry.rich_text(value, f"{self.where} {path}")
        if isinstance(block, blocks.ChooserBlock):
            if value is None:
                if block.required:
                    raise self.error(path, "is required")
                return None
            targets = getattr(block, "target_models", None) or [block.target_model]
            targets = [resolve_model_string(target) for target in targets]
            found = self.entry.reference(value, targets, f"{self.where} {path}")
            return found.pk if found is not None else 0
        if isinstance(value, Ref):
            raise self.error(path, f"a reference ({value}) where a value is expected")
        try:
            return block.get_prep_value(block.clean(block.to_python(value)))
        except ValidationError as error:
            raise self.error(path, f"{' '.join(error.messages)} (got {value!r})") from None

    def struct(self, block, value, path):
        if not isinstance(value, dict):
            raise self.error(path, f"expected a mapping of {', '.join(block.child_blocks)}")
        unknown = set(value) - set(block.child_blocks)
        if unknown:
            known = ", ".join(block.child_blocks)
            raise self.error(
                path, f"unknown field(s) {', '.join(sorted(unknown))} (known: {known})"
            )
        return {
            name: self.value(child, value.get(name, _left_empty(child)), f"{path}.{name}")
            for name, child in block.child_blocks.items()
        }


def _left_empty(block):
    """A field the data leaves out: its default, or what an editor leaving it
    empty in the admin would store (a required one then fails its check)."""
    if isinstance(block, blocks.ListBlock):
        return []
    if isinstance(block, blocks.StructBlock):
        return {}
    if isinstance(block, blocks.ChooserBlock):
        return None
    default = block.get_default()
    if default is not None:
        return default
    return False if isinstance(block, blocks.BooleanBlock) else ""


class DemoContent:
    """Runs the declared steps in order; knows every loaded entry by kind and name."""

    def __init__(self, steps):
        self.steps = list(steps)
        self.objects = {}  # (kind, name) → object, as each entry is loaded
        self.defined = {}  # (kind, name) → (file, model), as the check reads them

    def get(self, kind, name):
        """The object a data file defines, e.g. ``demo.get("page", "home")``."""
        return self.objects[kind, name]

    @functools.cached_property
    def files(self):
        """Every data file of every step, read, in load order."""
        return [
            DataFile(path)
            for step in self.steps
            if isinstance(step, DemoFiles)
            for path in step.paths()
        ]

    def load(self, log=None):
        """Check every file, then run every step; ``log(step)`` after each."""
        with translation.override(settings.LANGUAGE_CODE):
            self.check()
            self.objects[ROOT] = Page.get_first_root_node()
            for step in self.steps:
                step(self)
                if log:
                    log(step)

    def check(self):
        """Read and check every file before anything is written: fields,
        blocks, values, and that each reference names an earlier entry."""
        self.defined = {ROOT: ("Wagtail (the page tree's root)", Page)}
        with translation.override(settings.LANGUAGE_CODE):  # the messages of field checks
            for file in self.files:
                for name, data in zip(file.names, file.entries, strict=True):
                    self._check_entry(file, name, data)

    def _check_entry(self, file, name, data):
        key = (file.kind, name)
        if file.mode == "create":
            if key in self.defined:
                where = self.defined[key][0]
                raise file.error(name, f"{file.kind} {name!r} is already defined in {where}")
            self.defined[key] = (file.label, file.model)
        elif key not in self.defined:
            raise file.error(name, f"fills {file.kind} {name!r}, which no earlier file defines")
        _Entry(file, name, data, self._check_reference).kwargs()

    def _check_reference(self, ref, targets, entry, where):
        if (ref.kind, ref.name) not in self.defined:
            later = next(
                (f.label for f in self.files if f.kind == ref.kind and ref.name in f.names),
                None,
            )
            if later:
                raise entry.error(f"{where}: {ref} is only loaded later, by {later}")
            kinds = sorted({kind for kind, _name in self.defined})
            if ref.kind not in kinds:
                raise entry.error(f"{where}: unknown kind !{ref.kind} (known: {', '.join(kinds)})")
            raise entry.error(f"{where}: unknown {ref}")
        if entry.file.mode == "create" and (ref.kind, ref.name) == (entry.file.kind, entry.name):
            raise entry.error(f"{where}: an entry cannot refer to itself")
        model = self.defined[ref.kind, ref.name][1]
        if targets and not any(issubclass(model, target) for target in targets):
            wanted = " or ".join(target.__name__ for target in targets)
            raise entry.error(f"{where}: {ref} is a {model.__name__}, not a {wanted}")
        return None

    def _resolve(self, ref, targets, entry, where):
        return self.objects[ref.kind, ref.name]

    def load_file(self, path):
        file = next(f for f in self.files if f.path == path)
        for name, data in zip(file.names, file.entries, strict=True):
            self.objects[file.kind, name] = self._load_entry(file, name, data)

    def _load_entry(self, file, name, data):
        kwargs = _Entry(file, name, data, self._resolve).kwargs()
        found = file.model._default_manager.filter(**{file.find_by: kwargs[file.find_by]}).first()
        try:
            if file.mode == "fill":
                return self._fill(file, name, found, kwargs)
            if found is not None:
                return found
            if file.takes_ref:
                kwargs["ref"] = name
            created = file.factory(**kwargs)
            if file.publish:
                created.save_revision().publish()
            return created
        except (DatabaseError, ValidationError, ValueError, TypeError) as error:
            raise file.error(name, f"could not be saved: {error}") from error

    def _fill(self, file, name, obj, kwargs):
        """Fields still empty on an existing object are filled; others stay."""
        if obj is None:
            raise file.error(name, f"fills {file.kind} {name!r}, which is not in the database")
        empty = {
            field: value
            for field, value in kwargs.items()
            if field != file.find_by and _is_empty(getattr(obj, field))
        }
        for field, value in empty.items():
            setattr(obj, field, value)
        if empty:
            obj.save()
        return obj


def _is_empty(value):
    if value is None:
        return True
    try:
        return len(value) == 0
    except TypeError:
        return False

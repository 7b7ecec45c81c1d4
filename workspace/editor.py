"""The page and snippet edit views, for every model registered with
modeltranslation:

- each translated field's status next to the field: its help text says
  "Translation status (Español): outdated" and so on;
- translators edit translations only. Wagtail has no per-field permissions,
  so the admin form of every translated model is adjusted when it is built
  for a user who is only a translator (``roles.translates_only``): every
  model field except the target-language columns of translated fields
  (``body_es``, ``label_ht``) is disabled and its panel shown read-only. A
  disabled field never takes a submitted value; a submitted change to one
  (a forged POST) refuses the whole save with a message, so nothing is
  silently dropped.
"""

import json

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel
from wagtail.blocks.base import BlockField
from wagtail.fields import RichTextField
from wagtail.rich_text import RichText

from languages.fallback import BLOCK_KEY
from languages.names import local_name
from workspace import roles, status


def _field_language(model, field_name):
    for field in status.translated_field_names(model):
        for language in status.target_languages():
            if field_name == f"{field}_{language}":
                return field, language
    return None, None


def _annotation(bound_panel):
    instance = getattr(bound_panel, "instance", None)
    if instance is None or instance.pk is None or not status.is_tracked(type(instance)):
        return None
    field, language = _field_language(type(instance), bound_panel.field_name)
    if field is None:
        return None
    cache = getattr(instance, "_workspace_status", None)
    if cache is None:
        cache = instance._workspace_status = status.object_status(instance)
    state = cache[language].fields.get(field)
    if state is None:
        return None
    return _("Translation status (%(language)s): %(state)s.") % {
        "language": local_name(language),
        "state": status.STATES[state],
    }


# --------------------------------------------------------------------------
# Translators edit translations only
# --------------------------------------------------------------------------


def translation_columns(model):
    """The form fields a translator may change: every target language's
    column of every translated field."""
    return {
        build_localized_fieldname(field, language)
        for field in status.translated_field_names(model)
        for language in status.target_languages()
    }


def _is_model_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def protect_source_fields(form):
    """Disable what a translator may not change; remember which fields."""
    form._workspace_protected = ()
    model = form._meta.model
    user = getattr(form, "for_user", None)
    if user is None or not roles.translates_only(user) or not status.is_tracked(model):
        return
    editable = translation_columns(model)
    protected = []
    for name, field in form.fields.items():
        if name in editable or not _is_model_field(model, name):
            continue  # e.g. comment notifications: the user's own setting
        field.disabled = True
        _tolerate_omission(field.widget)
        protected.append(name)
    form._workspace_protected = tuple(protected)


def _tolerate_omission(widget):
    """A read-only field sends nothing; Django still reads its widget (to tell
    whether it changed) and a StreamField widget fails on missing data."""
    read = widget.value_from_datadict

    def value_from_datadict(data, files, name):
        if widget.value_omitted_from_data(data, files, name):
            return None
        return read(data, files, name)

    widget.value_from_datadict = value_from_datadict


def _submitted(form, name):
    prefixed = form.add_prefix(name)
    keys = list(form.data) + list(form.files)
    return any(key == prefixed or key.startswith(f"{prefixed}-") for key in keys)


def submitted_change(form, name):
    """True when the POST carries a value for a protected field that differs
    from the stored one (compared as the form field compares it; a
    StreamField by content, block ids aside)."""
    if not _submitted(form, name):
        return False
    field = form.fields[name]
    data = field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
    initial = form.get_initial_for_field(field, name)
    field.disabled = False  # has_changed() says False for a disabled field
    try:
        if isinstance(field, BlockField):
            try:
                value = field.clean(data)
            except ValidationError:
                return True
            return _comparable(field.block.get_prep_value(value)) != _comparable(
                field.block.get_prep_value(initial)
            )
        if isinstance(initial, str) and isinstance(data, str):
            return _comparable(initial) != _comparable(data)
        return field.has_changed(initial, data)
    finally:
        field.disabled = True


def _comparable(value):
    """Content as the editor saw it: the rich-text editor re-adds paragraph
    keys (``data-block-key``) on every round trip, block ids aside."""
    if not isinstance(value, str):
        value = json.dumps(status.strip_ids(value), sort_keys=True, ensure_ascii=False)
    return BLOCK_KEY.sub("", value).strip()


def _is_source_column(model, name):
    return any(
        name == build_localized_fieldname(field, status.source_language())
        for field in status.translated_field_names(model)
    )


def refuse_source_changes(form):
    model = form._meta.model
    changed = [name for name in form._workspace_protected if submitted_change(form, name)]
    for name in changed:
        if _is_source_column(model, name):
            message = _("Translators change translations only: the English text is read-only.")
        else:
            message = _("Translators change translations only: this field is read-only.")
        form.add_error(name, message)
    if changed:
        form.add_error(
            None,
            _("Not saved: as a translator you may change translations only, not %(fields)s.")
            % {"fields": ", ".join(f"“{form.fields[name].label}”" for name in changed)},
        )


def _read_only_panel(bound_panel):
    """Show a protected field as text, as Wagtail shows read-only panels."""
    form = bound_panel.form
    if bound_panel.field_name not in getattr(form, "_workspace_protected", ()):
        return
    bound_panel.read_only = True
    value = getattr(bound_panel.instance, bound_panel.field_name, None)
    try:
        db_field = bound_panel.panel.db_field
    except FieldDoesNotExist:
        db_field = None
    if isinstance(db_field, RichTextField) and isinstance(value, str):
        bound_panel.value_from_instance = RichText(value)  # shown as text, not HTML
    note = _("Read-only: translators change translations only.")
    bound_panel.help_text = f"{bound_panel.help_text} {note}" if bound_panel.help_text else note


def install():
    """Patch Wagtail's field panel and admin model form, once."""
    bound_panel = FieldPanel.BoundPanel
    if getattr(bound_panel, "_workspace_installed", False):
        return
    original_panel_init = bound_panel.__init__

    def panel_init(self, **kwargs):
        original_panel_init(self, **kwargs)
        if self.bound_field is None:
            return
        note = _annotation(self)
        if note:
            self.help_text = f"{note} {self.help_text}" if self.help_text else note
        _read_only_panel(self)

    bound_panel.__init__ = panel_init
    bound_panel._workspace_installed = True

    original_form_init = WagtailAdminModelForm.__init__

    def form_init(self, *args, **kwargs):
        original_form_init(self, *args, **kwargs)
        protect_source_fields(self)

    def form_clean(self):
        cleaned_data = super(WagtailAdminModelForm, self).clean()
        if getattr(self, "_workspace_protected", ()):
            refuse_source_changes(self)
        return cleaned_data

    WagtailAdminModelForm.__init__ = form_init
    WagtailAdminModelForm.clean = form_clean

"""The page and snippet edit views show each translated field's status next
to the field: its help text says "Translation: outdated" and so on.

modeltranslation gives every language its own form field (``body_es``); the
annotation is added when the panel is rendered, for any registered model.
"""

from django.utils.translation import gettext as _
from wagtail.admin.panels import FieldPanel

from languages.names import local_name
from workspace import status


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


def annotate_translated_fields():
    bound_panel = FieldPanel.BoundPanel
    if getattr(bound_panel, "_workspace_annotated", False):
        return
    original_init = bound_panel.__init__

    def __init__(self, **kwargs):
        original_init(self, **kwargs)
        if self.bound_field is None:
            return
        note = _annotation(self)
        if note:
            self.help_text = f"{note} {self.help_text}" if self.help_text else note

    bound_panel.__init__ = __init__
    bound_panel._workspace_annotated = True

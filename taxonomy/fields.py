"""Several codes of one vocabulary (topics, countries) in one column.

Stored as ``,a,b,`` in a text column, so ``filter(field__contains=",a,")``
(see ``ChoiceListField.contains``) finds the rows holding a code in SQL, the
same way on SQLite and PostgreSQL; edited as checkboxes.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


class ChoiceListField(models.CharField):
    """Several values from ``item_choices`` (a list of pairs or a callable
    returning one, evaluated when used, so labels follow the reader's language)."""

    def __init__(self, *args, item_choices=None, **kwargs):
        self.item_choices = item_choices or []
        kwargs.setdefault("max_length", 500)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    def item_choice_list(self):
        return self.item_choices() if callable(self.item_choices) else self.item_choices

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None:
            return []
        if isinstance(value, (list, tuple)):
            return list(value)
        return [item for item in str(value).split(",") if item]

    def get_prep_value(self, value):
        if isinstance(value, (list, tuple)):
            return f",{','.join(value)}," if value else ""
        return value

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")
        allowed = {code for code, _label in self.item_choice_list()}
        unknown = [item for item in value or [] if item not in allowed]
        if unknown:
            raise ValidationError(
                _("“%(value)s” is not one of the choices."),
                code="invalid_choice",
                params={"value": unknown[0]},
            )

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.item_choice_list,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )

    @staticmethod
    def contains(code):
        """The lookup value that finds rows containing ``code``."""
        return f",{code},"

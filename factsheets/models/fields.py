"""A list of choices stored as ``,a,b,`` in one column, so that
``filter(field__contains=",a,")`` works on every database."""

from django import forms
from django.db import models


class ChoiceListField(models.CharField):
    """Several values from ``item_choices``, shown as checkboxes."""

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
        allowed = {code for code, _label in self.item_choice_list()}
        unknown = [item for item in value or [] if item not in allowed]
        if unknown:
            raise forms.ValidationError(f"Unknown choice: {', '.join(unknown)}")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.item_choice_list,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    @staticmethod
    def contains(code):
        """The lookup value that finds rows containing ``code``."""
        return f",{code},"

"""The public "Report an error" form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from feedback.models import ErrorReport


class ErrorReportForm(forms.ModelForm):
    """Message required; page, name and e-mail optional. ``website`` is a
    honeypot: hidden from people, filled by bots."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = ErrorReport
        fields = ["page_url", "message", "name", "email"]
        labels = {
            "page_url": _("Page with the error (optional)"),
            "message": _("What is wrong?"),
            "name": _("Your name (optional)"),
            "email": _("Your e-mail (optional)"),
        }
        help_texts = {
            "page_url": _("The address or title of the page."),
            "message": _(
                "Say which figure or sentence is wrong and, if you can, where the right one comes from."
            ),
            "email": _("Only if you want an answer."),
        }
        widgets = {
            "message": forms.Textarea(attrs={"rows": 6, "maxlength": 4000}),
            "page_url": forms.TextInput(attrs={"maxlength": 500}),
            "name": forms.TextInput(attrs={"autocomplete": "name", "maxlength": 120}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
        error_messages = {
            "message": {"required": _("Tell us what is wrong.")},
            "email": {
                "invalid": _("This e-mail address does not look right, e.g. name@example.org.")
            },
        }

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if len(message) < 10:
            raise forms.ValidationError(_("Please say a little more (at least 10 characters)."))
        return message

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"id_{name}-hint"

    def full_clean(self):
        super().full_clean()
        # Fields in error point screen readers to their message.
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                described = [attrs.get("aria-describedby", ""), f"id_{name}-error"]
                attrs["aria-describedby"] = " ".join(d for d in described if d)

    @property
    def is_bot(self):
        return bool(self.data.get("website"))

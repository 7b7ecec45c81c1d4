"""Export and import of translation files (XLIFF 2 or gettext PO)."""

from django import forms
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from languages.names import local_name
from workspace import exchange, status


def object_choices():
    choices = []
    for obj, _statuses in status.listing():
        ct = status.content_type_for(obj)
        label = f"{exchange.title_of(obj)} ({type(obj)._meta.verbose_name})"
        choices.append((f"{ct.pk}:{obj.pk}", label))
    return choices


def language_choices():
    return [(code, local_name(code)) for code in status.target_languages()]


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Target language"), choices=language_choices)
    objects = forms.MultipleChoiceField(
        label=gettext_lazy("Pages and statistics"),
        choices=object_choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Only their missing or outdated texts are exported."),
    )
    file_format = forms.ChoiceField(
        label=gettext_lazy("File format"),
        choices=[("xliff", gettext_lazy("XLIFF 2.0")), ("po", gettext_lazy("gettext PO"))],
        initial="xliff",
    )

    def selected_objects(self):
        found = []
        for value in self.cleaned_data["objects"]:
            content_type_id, pk = value.split(":", 1)
            model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
            obj = model._default_manager.filter(pk=pk).first()
            if obj is not None:
                found.append(obj)
        return found


class ImportForm(forms.Form):
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the translations"), choices=language_choices
    )
    file = forms.FileField(label=gettext_lazy("Translated file (XLIFF 2.0 or PO)"))
    submit_for_moderation = forms.BooleanField(
        label=gettext_lazy("Submit the changed pages for moderation"), required=False, initial=True
    )

    MAX_SIZE = 5 * 1024 * 1024

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_SIZE:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


def export_view(request):
    form = ExportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        language = form.cleaned_data["language"]
        file_format = form.cleaned_data["file_format"]
        data, units = exchange.export_file(
            form.selected_objects(), language, file_format, user=request.user
        )
        if not units:
            messages.info(
                request, _("Nothing to translate: these texts are complete in this language.")
            )
        else:
            extension = exchange.FORMATS[file_format]
            response = HttpResponse(data, content_type=exchange.CONTENT_TYPES[file_format])
            response["Content-Disposition"] = (
                f'attachment; filename="translations-{language}.{extension}"'
            )
            return response
    return TemplateResponse(
        request,
        "workspace/exchange_export.html",
        {"form": form, "page_title": _("Export translations"), "header_icon": "download"},
    )


def import_view(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        plan = None
        try:
            plan = exchange.plan_import(upload.read(), form.cleaned_data["language"], upload.name)
        except exchange.ImportRefused as refused:
            errors = refused.errors
        else:
            from workspace.views.translate import can_edit

            errors = [
                _("%(object)s: you may not edit it.") % {"object": exchange.title_of(obj)}
                for obj in plan.changes
                if not can_edit(request.user, obj)
            ]
        if not errors:
            written = exchange.apply_plan(
                plan, request.user, submit=form.cleaned_data["submit_for_moderation"]
            )
            messages.success(
                request,
                _("Translations imported: %(count)s pages or statistics have a new revision.")
                % {"count": len(written)},
            )
            for skipped in plan.skipped:
                messages.warning(request, skipped)
            return redirect("workspace:translation_status")
    return TemplateResponse(
        request,
        "workspace/exchange_import.html",
        {
            "form": form,
            "import_errors": errors,
            "page_title": _("Import translations"),
            "header_icon": "upload",
        },
    )

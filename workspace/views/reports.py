"""Admin reports: translation status, and statistics due for review."""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from factsheets.references import citing_pages_in_bulk
from languages.names import local_name
from workspace import figures, status


class Row:
    """One object of the translation status report."""

    def __init__(self, obj, statuses, url_finder):
        self.object = obj
        self.title = str(obj.title if isinstance(obj, Page) else obj)
        self.type_label = type(obj)._meta.verbose_name
        self.content_type = status.content_type_for(obj)
        self.edit_url = url_finder.get_edit_url(obj)
        self.statuses = statuses
        self.status_list = list(statuses.values())
        for language_status in self.status_list:
            language_status.copied_labels = [
                (field, status.field_label(type(obj), field))
                for field in language_status.fields_in(status.COPIED)
            ]

    def __str__(self):
        return self.title


def _type_choices():
    return [
        (
            str(ContentType.objects.get_for_model(model).pk),
            str(model._meta.verbose_name).capitalize(),
        )
        for model in status.tracked_models()
    ]


def _language_choices():
    return [(code, local_name(code)) for code in status.target_languages()]


class TranslationStatusFilterSet(WagtailFilterSet):
    """Filters applied to a list of rows, not a queryset: a state is computed."""

    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=_language_choices, empty_label=_("All languages")
    )
    content_type = django_filters.ChoiceFilter(
        label=_("Type"), choices=_type_choices, empty_label=_("All types")
    )
    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=[(key, label) for key, label in status.STATES.items()],
        empty_label=_("Any state"),
    )

    class Meta:
        model = ContentType
        fields = []

    def filter_queryset(self, rows):
        data = self.form.cleaned_data
        language = data.get("language") or None
        content_type = data.get("content_type")
        state = data.get("state")
        if content_type:
            rows = [row for row in rows if str(row.content_type.pk) == content_type]
        if state:
            rows = [
                row
                for row in rows
                if any(
                    s.state == state
                    for code, s in row.statuses.items()
                    if language is None or code == language
                )
            ]
        return rows


class TranslationStatusView(ReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "workspace/reports/translation_status_results.html"
    index_url_name = "workspace:translation_status"
    index_results_url_name = "workspace:translation_status_results"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 100
    list_export = ["title", "type_label"]

    @cached_property
    def languages(self):
        chosen = None
        if self.filters and self.filters.is_valid():
            chosen = self.filters.form.cleaned_data.get("language")
        return [chosen] if chosen else status.target_languages()

    def get_queryset(self):
        finder = AdminURLFinder(self.request.user)
        return [
            Row(obj, statuses, finder)
            for obj, statuses in status.listing(self.languages, working=True)
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = [(code, local_name(code)) for code in self.languages]
        return context


class StatisticsDueView(ReportView):
    page_title = _("Statistics due for review")
    header_icon = "time"
    results_template_name = "workspace/reports/statistics_due_results.html"
    index_url_name = "workspace:statistics_due"
    index_results_url_name = "workspace:statistics_due_results"
    paginate_by = 100

    def get_queryset(self):
        finder = AdminURLFinder(self.request.user)
        due = figures.statistics_due()
        citing = citing_pages_in_bulk(obj for obj, _reasons in due)
        rows = []
        for obj, reasons in due:
            rows.append(
                {
                    "object": obj,
                    "edit_url": finder.get_edit_url(obj),
                    "reasons": [_reason(code, value) for code, value in reasons],
                    "pages": [(page, finder.get_edit_url(page)) for page in citing[obj]],
                }
            )
        return rows


def _reason(code, value):
    from django.utils.formats import date_format
    from django.utils.translation import gettext

    if code == "review_date":
        return gettext("Next review was due on %(date)s") % {"date": date_format(value)}
    return gettext("The figure's period (%(year)s) is older than the review limit") % {
        "year": value
    }

"""Admin for the statistics library, the inline-figure rich-text feature,
delete protection and demo content."""

import django_filters
from django.contrib import messages
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import ObjectList
from wagtail.admin.rich_text.editors.draftail import features as draftail_features
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from factsheets.choices import Unit
from factsheets.chooser import StatisticChooserViewSet
from factsheets.corrections import StatisticForm, change_note_panels
from factsheets.evidence import contradicting_openers
from factsheets.models import FactSheetPage, Statistic
from factsheets.references import citing_pages, citing_pages_in_bulk
from factsheets.rich_text import StatisticLinkHandler
from factsheets.rich_text_admin import ContentstateStatisticConversionRule
from geography.places import geography_choices
from home.demo_data import demo_files
from languages.names import translated_name as language_name


class StatisticFilterSet(WagtailFilterSet):
    unit = django_filters.ChoiceFilter(label=_("Unit"), choices=Unit.choices)
    geography = django_filters.ChoiceFilter(label=_("Geography"), choices=geography_choices)
    source_publisher = django_filters.CharFilter(
        label=_("Source publisher"), field_name="source_publisher", lookup_expr="icontains"
    )
    due_for_review = django_filters.BooleanFilter(label=_("Due for review"), method="filter_due")

    class Meta:
        model = Statistic
        fields = ["unit", "geography", "source_publisher"]

    def filter_due(self, queryset, name, value):
        if value is None:
            return queryset
        today = timezone.localdate()
        if value:
            return queryset.filter(next_review__lte=today)
        return queryset.exclude(next_review__lte=today)


class StatisticViewSet(SnippetViewSet):
    model = Statistic
    icon = "order"
    menu_label = _("Statistics")
    menu_name = "statistics"
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "label",
        "key",
        Column("display_value", label=_("Value")),
        Column("period_label", label=_("Period")),
        Column("geography_label", label=_("Geography")),
        "source_publisher",
        BooleanColumn("due_for_review", label=_("Due for review")),
    ]
    list_export = [
        "key",
        "label",
        "value",
        "unit",
        "period_start",
        "period_end",
        "geography",
        "source_publisher",
        "source_title",
        "source_url",
        "source_retrieved",
        "next_review",
    ]
    filterset_class = StatisticFilterSet
    edit_handler = ObjectList(
        [*Statistic.panels, change_note_panels()], base_form_class=StatisticForm
    )
    ordering = ["key"]
    copy_view_enabled = False
    chooser_viewset_class = StatisticChooserViewSet


register_snippet(StatisticViewSet)


@hooks.register("register_rich_text_features")
def register_statistic_feature(features):
    features.register_link_type(StatisticLinkHandler)
    features.register_editor_plugin(
        "draftail",
        "statistic",
        draftail_features.EntityFeature(
            {
                "type": "STATISTIC",
                "icon": "order",
                "description": _("Statistic"),
                "chooserUrls": {
                    "statisticChooser": reverse_lazy(
                        "wagtailsnippetchoosers_factsheets_statistic:choose"
                    )
                },
            },
            js=["wagtailadmin/js/chooser-modal.js", "factsheets/statistic-entity.js"],
        ),
    )
    features.register_converter_rule(
        "contentstate", "statistic", ContentstateStatisticConversionRule
    )


@hooks.register("after_unpublish")
def warn_that_citing_pages_show_a_gap(request, obj):
    """Unpublishing a cited statistic leaves a marked gap on the pages citing it."""
    if not isinstance(obj, Statistic):
        return
    titles = [page.title for page in citing_pages(obj)]
    if titles:
        messages.warning(
            request,
            ngettext(
                "%(count)d page cites this statistic and now shows a gap in its place: %(pages)s.",
                "%(count)d pages cite this statistic and now show a gap in its place: %(pages)s.",
                len(titles),
            )
            % {"count": len(titles), "pages": ", ".join(titles)},
        )


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_when_the_short_answer_contradicts_the_verdict(request, page):
    """“True. …” over a False verdict: a warning in the editor's language,
    naming each language whose short answer opens with another verdict."""
    if not isinstance(page, FactSheetPage):
        return
    for code, opening, verdict in contradicting_openers(page):
        messages.warning(
            request,
            _(
                "The short answer (%(language)s) opens with “%(opening)s” but the verdict is "
                "“%(verdict)s”: check one or the other."
            )
            % {"language": language_name(code), "opening": opening, "verdict": verdict},
        )


@hooks.register("before_delete_snippet")
def refuse_to_delete_cited_statistics(request, instances):
    """A statistic that pages cite cannot be deleted: list the pages instead."""
    statistics = [obj for obj in instances if isinstance(obj, Statistic)]
    if not statistics:
        return None
    citing = {
        statistic: pages for statistic, pages in citing_pages_in_bulk(statistics).items() if pages
    }
    if not citing:
        return None
    return render(
        request,
        "factsheets/admin/delete_refused.html",
        {"citing": citing, "header_title": _("This statistic is in use")},
        status=409,
    )


hooks.register("load_demo_content", demo_files("factsheets", "statistics.yaml"), order=10)
hooks.register(
    "load_demo_content", demo_files("factsheets", "index.yaml", "fact-sheets/*.yaml"), order=20
)

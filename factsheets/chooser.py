"""The statistics chooser: each row shows the figure, its period and its
geography, and choosing one hands the editor the formatted figure (the text
an inline statistic shows) with its label."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenView,
)

from factsheets.rich_text_admin import editor_data


class FigureColumnsMixin:
    @property
    def columns(self):
        title, *rest = super().columns
        return [
            title,
            Column("display_value", label=_("Value"), sort_key=None),
            Column("period_label", label=_("Period"), sort_key=None),
            Column("geography_label", label=_("Geography"), sort_key=None),
            *rest,
        ]


class StatisticChooseView(FigureColumnsMixin, ChooseView):
    pass


class StatisticChooseResultsView(FigureColumnsMixin, ChooseResultsView):
    pass


class StatisticChosenView(SnippetChosenView):
    def get_chosen_response_data(self, item):
        return {**super().get_chosen_response_data(item), **editor_data(item)}


class StatisticChooserViewSet(SnippetChooserViewSet):
    choose_view_class = StatisticChooseView
    choose_results_view_class = StatisticChooseResultsView
    chosen_view_class = StatisticChosenView

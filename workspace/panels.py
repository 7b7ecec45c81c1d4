"""The workspace panel of the admin dashboard."""

from django.conf import settings
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState

from languages.names import local_name
from workspace import figures, status
from workspace.models import FigureReview


class WorkspacePanel(Component):
    name = "workspace"
    template_name = "workspace/panels/dashboard.html"
    order = 50

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        pages = dict.fromkeys(status.target_languages(), 0)
        others = dict.fromkeys(status.target_languages(), 0)
        for obj, statuses in status.listing():
            counts = pages if isinstance(obj, Page) else others
            for code, language_status in statuses.items():
                if language_status.needs_work:
                    counts[code] += 1
        languages = [
            {
                "code": code,
                "name": local_name(code),
                "pages": pages[code],
                "others": others[code],
            }
            for code in status.target_languages()
        ]
        return {
            "languages": languages,
            "pending_approvals": TaskState.objects.reviewable_by(self.request.user).count(),
            "statistics_due": len(figures.statistics_due()),
            "figure_reviews": FigureReview.objects.filter(confirmed_at__isnull=True).count(),
            "max_age": getattr(settings, "WORKSPACE_FIGURE_MAX_AGE_YEARS", 5),
        }

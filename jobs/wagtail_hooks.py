"""Admin wiring: the Background jobs report and a dashboard warning, for
administrators (superusers)."""

from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from jobs import urls
from jobs.models import JobFailure


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("jobs/", include(urls, namespace="jobs"))]


class AdministratorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_reports_menu_item")
def register_report():
    return AdministratorMenuItem(
        gettext_lazy("Background jobs"), reverse("jobs:report"), icon_name="cogs", order=90
    )


class FailedJobsPanel(Component):
    name = "failed_jobs"
    order = 50

    def __init__(self, count):
        self.count = count

    def render_html(self, parent_context=None):
        return format_html(
            '<section class="panel" aria-labelledby="failed-jobs-heading">'
            '<h2 id="failed-jobs-heading">{}</h2><p>{} <a href="{}">{}</a></p></section>',
            _("Background jobs"),
            ngettext(
                "%(count)d background job failed.",
                "%(count)d background jobs failed.",
                self.count,
            )
            % {"count": self.count},
            reverse("jobs:report"),
            _("See the failed jobs"),
        )


@hooks.register("construct_homepage_panels")
def add_failed_jobs_panel(request, panels):
    if request.user.is_superuser:
        count = JobFailure.objects.count()
        if count:
            panels.insert(0, FailedJobsPanel(count))

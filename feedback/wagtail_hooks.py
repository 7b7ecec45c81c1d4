"""Error reports in the admin: a listing for moderators (and administrators),
a count of new reports on the dashboard."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet

from feedback.models import ErrorReport


class ErrorReportViewSet(ModelViewSet):
    model = ErrorReport
    icon = "warning"
    menu_label = gettext_lazy("Error reports")
    menu_order = 260
    add_to_admin_menu = True
    url_namespace = "feedback_errorreport"
    url_prefix = "error-reports"
    list_display = ["created_at", "page_url", "message", "language", "status"]
    list_filter = ["status", "language"]
    search_fields = ["message", "page_url"]
    inspect_view_enabled = True
    panels = [
        FieldRowPanel(
            [FieldPanel("created_at", read_only=True), FieldPanel("language", read_only=True)]
        ),
        FieldPanel("page_url", read_only=True),
        FieldPanel("message", read_only=True),
        MultiFieldPanel(
            [
                FieldPanel("name", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("personal_data_deleted_at", read_only=True),
            ],
            heading=gettext_lazy("Reader (optional, deleted on schedule)"),
        ),
        FieldPanel("status"),
        FieldPanel("moderator_note"),
    ]


error_report_viewset = ErrorReportViewSet("error_reports")


@hooks.register("register_admin_viewset")
def register_error_reports():
    return error_report_viewset


class NewErrorReportsPanel(Component):
    name = "new_error_reports"
    order = 40

    def __init__(self, count):
        self.count = count

    def render_html(self, parent_context=None):
        return format_html(
            '<section class="panel" aria-labelledby="error-reports-heading">'
            '<h2 id="error-reports-heading">{}</h2><p>{} <a href="{}?status=new">{}</a></p></section>',
            _("Error reports"),
            ngettext(
                "%(count)d new error report from readers.",
                "%(count)d new error reports from readers.",
                self.count,
            )
            % {"count": self.count},
            reverse("feedback_errorreport:index"),
            _("Read them"),
        )


@hooks.register("construct_homepage_panels")
def add_error_reports_panel(request, panels):
    if request.user.has_perm("feedback.view_errorreport"):
        count = ErrorReport.objects.new().count()
        if count:
            panels.append(NewErrorReportsPanel(count))

"""Admin wiring of the workspace: URLs, report menu items, dashboard panel."""

from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from workspace import demo, review, status, urls
from workspace.panels import WorkspacePanel


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("workspace/", include(urls, namespace="workspace"))]


REPORTS = [
    (_("Translation status"), "workspace:translation_status", "globe"),
    (_("Statistics due for review"), "workspace:statistics_due", "time"),
    (_("Pages to re-read"), "workspace:figure_reviews", "warning"),
    (_("Export translations"), "workspace:export", "download"),
    (_("Import translations"), "workspace:import", "upload"),
]


def _report_menu_item(label, url_name, icon, order):
    return lambda: MenuItem(label, reverse(url_name), icon_name=icon, order=order)


for _order, (_label, _url_name, _icon) in enumerate(REPORTS, start=10):
    hooks.register(
        "register_reports_menu_item", _report_menu_item(_label, _url_name, _icon, _order)
    )


@hooks.register("construct_homepage_panels")
def add_workspace_panel(request, panels):
    panels.insert(0, WorkspacePanel(request))


hooks.register("load_demo_content", demo.record_existing_content, order=50)


@hooks.register("translation_identical_on_purpose")
def identical_on_purpose(obj, language):
    if getattr(obj, "pk", None) is None or not status.is_tracked(type(obj)):
        return set()
    return status.identical_on_purpose(obj, language)


@hooks.register("insert_global_admin_css")
def state_badges_css():
    return format_html('<link rel="stylesheet" href="{}">', static("workspace/status.css"))


@hooks.register("insert_editor_js")
def open_on_target_language():
    return format_html('<script src="{}"></script>', static("workspace/translate.js"))


@hooks.register("before_edit_page")
def warn_copied_page(request, page):
    review.warn_copied(request, page)


@hooks.register("before_edit_snippet")
def warn_copied_snippet(request, instance):
    review.warn_copied(request, instance)

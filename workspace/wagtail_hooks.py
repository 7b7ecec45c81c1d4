"""Admin wiring of the workspace: URLs, report menu items, dashboard panel."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from workspace import demo, urls
from workspace.panels import WorkspacePanel


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("workspace/", include(urls, namespace="workspace"))]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translation status"), reverse("workspace:translation_status"), icon_name="globe", order=10
    )


@hooks.register("register_reports_menu_item")
def statistics_due_menu_item():
    return MenuItem(
        _("Statistics due for review"), reverse("workspace:statistics_due"), icon_name="time", order=11
    )


@hooks.register("register_reports_menu_item")
def figure_reviews_menu_item():
    return MenuItem(
        _("Pages to re-read"), reverse("workspace:figure_reviews"), icon_name="warning", order=12
    )


@hooks.register("register_reports_menu_item")
def export_menu_item():
    return MenuItem(
        _("Export translations"), reverse("workspace:export"), icon_name="download", order=13
    )


@hooks.register("register_reports_menu_item")
def import_menu_item():
    return MenuItem(
        _("Import translations"), reverse("workspace:import"), icon_name="upload", order=14
    )


@hooks.register("construct_homepage_panels")
def add_workspace_panel(request, panels):
    panels.insert(0, WorkspacePanel(request))


hooks.register("load_demo_content", demo.record_existing_content, order=50)

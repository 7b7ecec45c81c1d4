from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspaceConfig(AppConfig):
    """The communications officers' workspace: roles, the approval workflow,
    translation status and translation exchange, figures due for review."""

    name = "workspace"
    verbose_name = _("Editorial workspace")

    def ready(self):
        from workspace import checks, editor, signals  # noqa: F401 - checks registers itself

        signals.connect()
        editor.install()

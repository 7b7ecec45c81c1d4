"""Deployment check: no demo account may exist on a deployed site."""

from pathlib import Path

from django.core.checks import Error, Tags, register
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

from workspace import demo_accounts


@register(Tags.security, deploy=True)
def check_no_demo_accounts(app_configs=None, **kwargs):
    """``check --deploy`` fails while a local demo account exists (they share a
    password printed on a developer's screen)."""
    database = connections[DEFAULT_DB_ALIAS]
    name = str(database.settings_dict["NAME"])
    if database.vendor == "sqlite" and not name.startswith("file:") and not Path(name).exists():
        # No database file: nothing to find (and connecting would create one).
        return []
    try:
        found = demo_accounts.existing_accounts()
    except DatabaseError:
        # No database or no tables yet: there is no account to find.
        return []
    if not found:
        return []
    return [
        Error(
            f"Demo accounts exist: {', '.join(found)}.",
            hint="Remove them with `manage.py demo_accounts --remove`.",
            id="workspace.E001",
        )
    ]

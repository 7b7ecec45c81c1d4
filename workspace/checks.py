"""Deployment check: no demo account may exist on a deployed site."""

from django.core.checks import Error, Tags, register
from django.db import DatabaseError

from workspace import demo_accounts


@register(Tags.security, deploy=True)
def check_no_demo_accounts(app_configs=None, **kwargs):
    """``check --deploy`` fails while a local demo account exists (they share a
    password printed on a developer's screen)."""
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

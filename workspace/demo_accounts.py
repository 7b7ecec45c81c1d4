"""Local demo accounts, one per editorial role, so a newcomer can sign in.

Development only: ``manage.py demo_accounts`` refuses unless the settings
enable it (``DEMO_ACCOUNTS_ENABLED``, set in ``config/settings/dev.py``), and
a deployment check (``workspace.checks``) fails while any of these accounts
exists. The password is generated on first use and kept in a file outside
git (``DEMO_ACCOUNTS_PASSWORD_FILE``, under ``var/``), so it stays the same
from one run to the next.
"""

import secrets
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from workspace import roles

# (user name, group; None for the administrator)
ACCOUNTS = (
    ("demo-editor", roles.EDITORS),
    ("demo-translator", roles.TRANSLATORS),
    ("demo-moderator", roles.MODERATORS),
    ("demo-statistics", roles.STATISTICS_MANAGERS),
    ("demo-admin", None),
)
USERNAMES = tuple(username for username, _group in ACCOUNTS)


def demo_password(path):
    """The password in ``path``, generated and written (owner-only) if absent."""
    path = Path(path)
    if path.exists():
        password = path.read_text(encoding="utf-8").strip()
        if password:
            return password
    path.parent.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(12)
    path.touch(mode=0o600)
    path.chmod(0o600)
    path.write_text(password + "\n", encoding="utf-8")
    return password


def ensure_accounts(password):
    """Create or refresh the demo accounts; returns (user name, role) pairs.
    Raises Group.DoesNotExist when the roles are not installed (migrate)."""
    User = get_user_model()
    hashed = make_password(password)  # one (slow) hash for every account
    created = []
    for username, group_name in ACCOUNTS:
        group = Group.objects.get(name=group_name) if group_name else None
        user, _new = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.invalid"}
        )
        user.first_name = "Demo"
        user.last_name = group_name or "administrator"
        user.is_active = True
        user.is_staff = group is None
        user.is_superuser = group is None
        user.password = hashed
        user.save()
        if group is not None:
            user.groups.set([group])
        created.append((username, group_name or "Administrator"))
    return created


def existing_accounts():
    """User names of the demo accounts present in the database."""
    return list(
        get_user_model()
        .objects.filter(username__in=USERNAMES)
        .order_by("username")
        .values_list("username", flat=True)
    )


def remove_accounts():
    return get_user_model().objects.filter(username__in=USERNAMES).delete()[0]

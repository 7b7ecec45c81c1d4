"""Newcomers can sign in: local demo accounts, one per role, under the
development settings only, and a deployment check that fails while any of
them exists."""

import io
import os
import secrets
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.checks import run_checks
from django.core.management import call_command
from django.core.management.base import CommandError

from workspace import demo_accounts, roles

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dev_accounts(db, settings, tmp_path):
    settings.DEMO_ACCOUNTS_ENABLED = True
    settings.DEMO_ACCOUNTS_PASSWORD_FILE = tmp_path / "var" / "demo-accounts-password"
    return settings.DEMO_ACCOUNTS_PASSWORD_FILE


def run(*args):
    out = io.StringIO()
    call_command("demo_accounts", *args, stdout=out)
    return out.getvalue()


def test_the_command_prints_every_role_and_one_password_kept_outside_git(dev_accounts, client):
    output = run()
    password = dev_accounts.read_text().strip()
    assert f"Password for all of them: {password}" in output
    for username, role in [
        ("demo-editor", roles.EDITORS),
        ("demo-translator", roles.TRANSLATORS),
        ("demo-moderator", roles.MODERATORS),
        ("demo-statistics", roles.STATISTICS_MANAGERS),
        ("demo-admin", "Administrator"),
    ]:
        assert username in output and role in output
        # Each account signs in to the admin with the printed password.
        assert client.login(username=username, password=password)
        assert client.get("/admin/").status_code == 200
        client.logout()
    assert stat.S_IMODE(dev_accounts.stat().st_mode) == 0o600
    # The password is generated once and reused on later runs.
    assert f"Password for all of them: {password}" in run()


def test_each_demo_account_has_its_role(dev_accounts):
    from django.contrib.auth import get_user_model

    run()
    users = {u.username: u for u in get_user_model().objects.filter(username__startswith="demo-")}
    assert [g.name for g in users["demo-editor"].groups.all()] == [roles.EDITORS]
    assert [g.name for g in users["demo-statistics"].groups.all()] == [roles.STATISTICS_MANAGERS]
    assert users["demo-admin"].is_superuser
    assert not users["demo-moderator"].is_superuser


def test_outside_the_development_settings_the_command_refuses_and_prints_no_password(
    db, settings, tmp_path
):
    settings.DEMO_ACCOUNTS_PASSWORD_FILE = tmp_path / "never"
    with pytest.raises(CommandError, match="local development only"):
        run()
    assert not demo_accounts.existing_accounts()
    assert not (tmp_path / "never").exists()


def demo_account_errors():
    return [m for m in run_checks(include_deployment_checks=True) if m.id == "workspace.E001"]


def test_the_deployment_check_fails_with_a_demo_account_and_passes_without(dev_accounts):
    assert demo_account_errors() == []
    run()
    errors = demo_account_errors()
    assert len(errors) == 1 and "demo-admin" in errors[0].msg
    run("--remove")
    assert demo_account_errors() == []


@pytest.mark.embedded
def test_check_deploy_under_production_settings_fails_while_a_demo_account_exists(tmp_path):
    """The whole path, in separate processes on one database: the development
    settings create the accounts, production's `check --deploy` fails, then
    passes once they are removed."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    base["DATABASE_URL"] = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    base["DJANGO_MEDIA_ROOT"] = str(tmp_path / "media")
    dev = {**base, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    production = {
        **base,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
        "DJANGO_ALLOWED_HOSTS": "example.org",
    }

    def manage(env, *args):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )

    assert manage(dev, "migrate", "--noinput", "-v", "0").returncode == 0
    created = manage(dev, "demo_accounts")
    assert created.returncode == 0, created.stderr
    assert "demo-moderator" in created.stdout and "Password for all of them: " in created.stdout

    refused = manage(production, "demo_accounts")
    assert refused.returncode != 0 and "Password" not in refused.stdout + refused.stderr

    check = manage(production, "check", "--deploy", "--fail-level", "WARNING")
    assert check.returncode != 0
    assert "workspace.E001" in check.stderr and "demo-editor" in check.stderr

    assert manage(production, "demo_accounts", "--remove").returncode == 0
    check = manage(production, "check", "--deploy", "--fail-level", "WARNING")
    assert check.returncode == 0, check.stdout + check.stderr

"""Test set-up shared by every test.

The test database holds the demo content (loaded once per session), so tests
read the pages users read. Each test runs in a transaction that is rolled
back; do not use ``transactional_db`` or ``live_server`` (a flush would wipe
the demo content for the tests after it): browser tests use the
``demo_server`` fixture in ``tests/browser/conftest.py`` instead.
``nu_check`` runs the Nu HTML checker on rendered documents (one JVM for all).
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.test import override_settings

# nginx + gunicorn under production settings (tests/production, tests/browser).
from tests.production_stack import production_stack  # noqa: F401

VNU_JAR = Path(__file__).resolve().parents[1] / "node_modules/vnu-jar/build/dist/vnu.jar"


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """Uploaded and generated media (the demo content's images and posters),
    in a folder of the session that is removed when the session ends."""
    root = tmp_path_factory.mktemp("media")
    with override_settings(MEDIA_ROOT=str(root)):
        yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, media_root):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def home_page(db):
    from home.models import HomePage

    return HomePage.objects.get()


@pytest.fixture(scope="session")
def nu_check(tmp_path_factory):
    """``nu_check({name: html})`` → ``{name: [error messages]}``, one JVM for all."""
    if not VNU_JAR.exists():
        pytest.fail(f"The Nu HTML checker (npm vnu-jar) is missing at {VNU_JAR}.", pytrace=False)
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is missing: the Nu HTML checker needs it.", pytrace=False)

    def check(documents):
        folder = tmp_path_factory.mktemp("nu")
        files = {}
        for index, (name, html) in enumerate(documents.items()):
            path = folder / f"{index}.html"
            path.write_text(html, encoding="utf-8")
            files[path.resolve().as_uri()] = name
        proc = subprocess.run(
            [
                java,
                "-jar",
                str(VNU_JAR),
                "--errors-only",
                "--format",
                "json",
                *map(str, folder.glob("*.html")),
            ],
            capture_output=True,
            text=True,
        )
        messages = json.loads(proc.stderr or '{"messages": []}')["messages"]
        errors = {name: [] for name in documents}
        for message in messages:
            name = files.get(message.get("url"))
            if name is None:
                raise AssertionError(f"Nu checker failed: {message}")
            errors[name].append(f"line {message.get('lastLine')}: {message['message']}")
        return errors

    return check


@pytest.fixture
def role_user(db):
    """``role_user("Translators")`` → a user in that editorial group (password
    ``correct horse battery``); ``None`` makes a user in no group."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    def make(group_name, username=None):
        username = username or (group_name or "nobody").lower().replace(" ", "_")
        user = get_user_model().objects.create_user(
            username=username, email=f"{username}@example.org", password="correct horse battery"
        )
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def page_cache(settings):
    """The page cache switched on (tests run with it off), empty before and after."""
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_ALIAS = "default"
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture(autouse=True)
def source_language_by_default():
    """Every test starts in the source language: Django's LocaleMiddleware
    leaves a request's language active in the thread, which would otherwise
    leak into the next test (a page built under Spanish fills its Spanish
    fields)."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield

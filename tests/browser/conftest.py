"""Browser tests: Python Playwright drives Debian's chromium against the demo
site, served by ``manage.py runserver`` from a database built once for the
session (migrate, then load_demo_content).

A missing browser, Java or npm tool is an error, never a skip.
"""

import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.demo_site import CHROMIUM, CHROMIUM_FLAGS, demo_env, start_demo_server, stop

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.2 AA, including target size (wcag22aa).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _require(path, what):
    if not Path(path).exists():
        pytest.fail(f"{what} is missing at {path}: run the README's test command.", pytrace=False)


# The demo server's environment (its DATABASE_URL), for ``demo_shell``.
DEMO_ENV = {}


@pytest.fixture(scope="session")
def demo_shell(demo_server):
    """``demo_shell(code)`` runs Python in ``manage.py shell`` against the demo
    server's database and returns what it printed (to create users, read ids)."""

    def run(code):
        proc = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "shell", "--no-imports", "-c", code],
            env=DEMO_ENV,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode:
            raise AssertionError(f"manage.py shell failed:\n{proc.stderr}")
        return proc.stdout.strip()

    return run


@pytest.fixture(scope="session")
def demo_user(demo_shell):
    """``demo_user(username, group)`` creates a user of an editorial group in
    the demo server's database; the password is ``correct horse battery``."""

    def create(username, group):
        demo_shell(
            "from django.contrib.auth import get_user_model\n"
            "from django.contrib.auth.models import Group\n"
            f"user, _ = get_user_model().objects.get_or_create(username={username!r})\n"
            "user.set_password('correct horse battery'); user.save()\n"
            f"user.groups.add(Group.objects.get(name={group!r}))\n"
        )
        return username

    return create


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """Base URL of a server running the demo site on 127.0.0.1, with the
    right-to-left test language (``config.settings.rtl``: ``/ar/`` pages)."""
    workdir = tmp_path_factory.mktemp("demo-site")
    # Publishing the demo content makes its audio (espeak-ng), as serve.sh's worker does.
    env = demo_env(workdir, AUDIO_ON_PUBLISH="1")
    DEMO_ENV.update(env)
    try:
        base, server = start_demo_server(workdir, env)
    except RuntimeError as error:
        pytest.fail(str(error))
    yield base
    stop(server)
    # The log stays for a post-mortem; the database and media go.
    shutil.rmtree(workdir / "media", ignore_errors=True)
    (workdir / "db.sqlite3").unlink(missing_ok=True)


@pytest.fixture(scope="session")
def base_url(demo_server):
    return demo_server


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    _require(CHROMIUM, "Debian's chromium")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # axe-core is injected as a script; the site's CSP must not block the test tool.
    return {**browser_context_args, "bypass_csp": True}


@pytest.fixture
def axe():
    """``axe(page)`` → the serious and critical WCAG 2.2 A/AA violations on the page."""
    _require(AXE_JS, "axe-core (npm)")

    def run(page):
        page.add_script_tag(path=str(AXE_JS))
        result = page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            AXE_TAGS,
        )
        return [
            {
                "id": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "nodes": [n["target"] for n in v["nodes"]][:5],
            }
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return run


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")

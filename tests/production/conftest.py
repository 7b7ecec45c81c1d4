"""Fixtures for the production-readiness tests.

The suite runs with the stateful protections (page cache, rate limits, login
lockout) switched off (config/settings/test.py); these fixtures switch one on
for a test, on a fresh cache.
"""

import os
import socket
from urllib.parse import urlparse

import pytest
from django.core.cache import caches


def _reachable(url):
    parsed = urlparse(url)
    try:
        with socket.create_connection(
            (parsed.hostname or "127.0.0.1", parsed.port or 6379), timeout=1
        ):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def redis_url():
    """The throwaway redis-server scripts/test.sh starts. In CI (``CI`` set)
    a missing or unreachable server is a failure, not a skip."""
    url = os.environ.get("REDIS_URL", "")
    in_ci = bool(os.environ.get("CI") or os.environ.get("MF_REQUIRE_SERVICES"))
    if not url:
        if in_ci:
            pytest.fail("REDIS_URL is not set: scripts/test.sh must start redis-server in CI.")
        pytest.skip("REDIS_URL not set (scripts/test.sh starts a redis-server and sets it).")
    if not _reachable(url):
        pytest.fail(f"redis-server at {url} is not reachable.")
    return url


@pytest.fixture(params=["locmem", "redis"])
def page_cache(request, settings):
    """The page cache switched on, on the local-memory cache and on Redis."""
    alias = "default"
    if request.param == "redis":
        request.getfixturevalue("redis_url")
        alias = "redis"
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_ALIAS = alias
    caches[alias].clear()
    yield caches[alias]
    caches[alias].clear()


@pytest.fixture
def rate_limits(settings):
    settings.RATELIMIT_ENABLED = True
    settings.RATELIMITS = {
        "search": (r"^/(?:[a-z]{2,3}/)?search/|^/api/search/", 3, 60),
        "api": (r"^/api/", 5, 60),
    }
    caches["default"].clear()
    yield settings.RATELIMITS
    caches["default"].clear()


@pytest.fixture
def lockout(settings):
    """The sign-in lockout on: 3 failures per user name and address, 6 per
    user name from all addresses."""
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.HARDENING_ACCOUNT_FAILURE_LIMIT = 6
    yield


def live_page_paths():
    """Every live page's path without language prefix (e.g. ``/about/``)."""
    from wagtail.models import Page, Site

    site = Site.objects.get(is_default_site=True)
    paths = []
    for page in (
        Page.objects.live().public().descendant_of(site.root_page, inclusive=True).specific()
    ):
        url = page.get_url(request=None)
        if not url:
            continue
        # i18n_patterns: /en/about/ -> /about/
        parts = url.split("/", 2)
        paths.append("/" + (parts[2] if len(parts) > 2 else ""))
    return sorted(set(paths))


@pytest.fixture(scope="session")
def demo_site_template(tmp_path_factory):
    """A demo site in its own SQLite file, built once (tests/production/processes.py)."""
    from tests.production.processes import build_demo_site

    return build_demo_site(tmp_path_factory.mktemp("demo-site-template"))


@pytest.fixture
def demo_site(demo_site_template, tmp_path):
    """A fresh copy of the demo site for one test: its folder."""
    from tests.production.processes import copy_site

    return copy_site(demo_site_template, tmp_path / "site")

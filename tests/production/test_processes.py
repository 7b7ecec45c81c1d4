"""One truth across processes: a correction published by one process (a
management command, the scheduled-publishing command) shows at once in every
gunicorn worker, on the embedded defaults (no Redis: the shared file cache)."""

import pytest

from tests.production.processes import Server, manage, shell, site_env

pytestmark = pytest.mark.embedded

STATISTIC = "lac-migrants-in-north-america-share"
FRESH = {"Cookie": "sessionid=none"}  # any session cookie bypasses the page cache


def _publish(env, value, scheduled=False):
    """Publish a new value of the statistic from another process."""
    shell(
        env,
        "import datetime, json\n"
        "from django.utils import timezone\n"
        "from factsheets.models import Statistic\n"
        f"s = Statistic.objects.get(key={STATISTIC!r})\n"
        f"s.value = {value}\n"
        "revision = s.save_revision()\n"
        + (
            "revision.approved_go_live_at = timezone.now() - datetime.timedelta(seconds=1)\n"
            "revision.save(update_fields=['approved_go_live_at'])\n"
            if scheduled
            else "revision.publish()\n"
        )
        + "print(json.dumps(True))\n",
    )
    if scheduled:
        manage(env, "publish_scheduled")


def _citing_page(env):
    return shell(
        env,
        "import json\n"
        "from factsheets.models import Statistic\n"
        "from factsheets.references import citing_pages\n"
        f"s = Statistic.objects.get(key={STATISTIC!r})\n"
        "print(json.dumps([p.url for p in citing_pages(s, live_only=True)][0]))\n",
    )


def _served_by_every_worker(server, path, tries=8):
    """GET ``path`` several times (the workers take turns): every answer."""
    return [server.get(path) for _ in range(tries)]


def test_a_correction_from_another_process_shows_at_once_in_every_worker(demo_site):
    env = site_env(demo_site, PAGE_CACHE_ENABLED=1)
    path = _citing_page(env)
    server = Server(env, demo_site, workers=2, threads=1)
    try:
        answers = _served_by_every_worker(server, path)
        assert all(status == 200 for status, _h, _b in answers)
        assert "72%" in answers[0][2]
        assert answers[-1][1]["X-Page-Cache"] == "hit"

        _publish(env, 73)  # manage.py shell: another process
        for status, headers, body in _served_by_every_worker(server, path):
            assert status == 200
            assert "73%" in body and "72%" not in body, headers.get("X-Page-Cache")
        cached = server.get(path)
        assert cached[1]["X-Page-Cache"] == "hit"
        assert cached[2] == server.get(path, FRESH)[2]

        _publish(env, 74, scheduled=True)  # manage.py publish_scheduled
        for _status, _headers, body in _served_by_every_worker(server, path):
            assert "74%" in body and "73%" not in body
    finally:
        server.stop()

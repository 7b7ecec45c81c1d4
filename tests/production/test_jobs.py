"""Durable background jobs with the real database backend and a real worker
process (tests run jobs at once; here they run as in production): publishing
only queues the work; the worker does it; a failing job is retried, then
shown to administrators, who retry it once the cause is fixed."""

import sqlite3
import time

import pytest

from tests.production.processes import (
    AdminSession,
    Server,
    Worker,
    free_port,
    shell,
    site_env,
)

pytestmark = pytest.mark.embedded

STATISTIC = "lac-migrants-in-north-america-share"
PASSWORD = "correct horse battery"


def sql(folder, query, *params):
    with sqlite3.connect(folder / "db.sqlite3", timeout=30) as conn:
        return conn.execute(query, params).fetchall()


def wait_for(condition, seconds=90, what="condition"):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.3)


def publish_label(env, label):
    """Publish a new English label from another process; its id."""
    return shell(
        env,
        "import json\n"
        "from factsheets.models import Statistic\n"
        f"s = Statistic.objects.get(key={STATISTIC!r})\n"
        f"s.label_en = {label!r}\n"
        "s.save_revision().publish()\n"
        "print(json.dumps(s.pk))\n",
    )


def indexed_title(folder, pk):
    rows = sql(
        folder,
        "SELECT display_title FROM search_searchentry "
        "WHERE kind = 'statistic' AND source_id = ? AND language = 'en'",
        pk,
    )
    return rows[0][0] if rows else None


def jobs(folder, status=None):
    query = "SELECT task_path, status FROM django_tasks_database_dbtaskresult"
    rows = sql(folder, query)
    return [row for row in rows if status is None or row[1] == status]


def test_publishing_queues_the_work_and_the_worker_does_it(demo_site):
    env = site_env(demo_site)
    pk = publish_label(env, "Migrants from Latin America living in North America, corrected")
    # Publishing returned without indexing: the job waits in the queue.
    assert "corrected" not in indexed_title(demo_site, pk)
    assert ("search.jobs.reindex_with_dependents", "READY") in jobs(demo_site)
    worker = Worker(env, demo_site, "--interval", "0.2")
    try:
        wait_for(lambda: "corrected" in indexed_title(demo_site, pk), what="the index update")
        wait_for(lambda: not jobs(demo_site, "READY"), what="an empty queue")
        assert not jobs(demo_site, "FAILED")
    finally:
        worker.stop()
    assert worker.proc.returncode == 0, worker.output()  # stops cleanly with the server


def failures(folder):
    return sql(folder, "SELECT task_path, attempts, retry_at FROM jobs_jobfailure")


def test_a_failing_job_is_retried_then_shown_to_administrators(demo_site):
    dead_engine = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    env = site_env(
        demo_site,
        ELASTICSEARCH_URL=dead_engine,
        JOBS_RETRY_SECONDS="0.5",
        JOBS_MAX_ATTEMPTS="3",
        SEARCH_CIRCUIT_SECONDS="0",
    )
    shell(
        env,
        "import json\n"
        "from django.contrib.auth import get_user_model\n"
        f"get_user_model().objects.create_superuser('admin', 'admin@example.org', {PASSWORD!r})\n"
        "print(json.dumps(True))\n",
    )
    pk = publish_label(env, "Migrants from Latin America in North America, engine down")
    worker = Worker(env, demo_site, "--interval", "0.2")
    try:
        wait_for(
            lambda: failures(demo_site) and failures(demo_site)[0][1:] == (3, None),
            what="three failed attempts",
        )
    finally:
        worker.stop()
    # The database index was still written at each attempt: the fallback has it.
    assert "engine down" in indexed_title(demo_site, pk)

    server = Server(env, demo_site, workers=1)
    try:
        admin = AdminSession(server.port, "admin", PASSWORD)
        status, html = admin.get("/admin/jobs/")
        assert status == 200
        assert "Search index: an item and the pages showing it" in html
        assert "None: given up" in html and "EngineUnavailable" in html
        assert "1 background job failed." in admin.get("/admin/")[1]

        # The engine is back (here: no engine configured); the administrator retries.
        fixed = site_env(demo_site)
        worker = Worker(fixed, demo_site, "--interval", "0.2")
        try:
            failure_id = sql(demo_site, "SELECT id FROM jobs_jobfailure")[0][0]
            token = html.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
            status, html = admin.post(
                f"/admin/jobs/{failure_id}/retry/", {"csrfmiddlewaretoken": token}
            )
            assert status == 200 and "The job was queued again." in html
            wait_for(lambda: not failures(demo_site), what="the retried job to succeed")
        finally:
            worker.stop()
        assert "No background job has failed." in admin.get("/admin/jobs/")[1]
    finally:
        server.stop()


def test_only_administrators_see_the_jobs_report(demo_site):
    env = site_env(demo_site)
    shell(
        env,
        "import json\n"
        "from django.contrib.auth import get_user_model\n"
        "from django.contrib.auth.models import Group\n"
        "user = get_user_model().objects.create_user('ed', password="
        f"{PASSWORD!r})\n"
        "user.groups.add(Group.objects.get(name='Editors'))\n"
        "print(json.dumps(True))\n",
    )
    server = Server(env, demo_site, workers=1)
    try:
        editor = AdminSession(server.port, "ed", PASSWORD)
        _status, html = editor.get("/admin/jobs/")
        # Wagtail turns "permission denied" into a redirect to the dashboard.
        assert not editor.last_url.endswith("/admin/jobs/")
        assert "do not have permission" in html and 'id="failed-jobs"' not in html
        assert "/admin/jobs/" not in editor.get("/admin/reports/")[1]
    finally:
        server.stop()

"""Shared set-up for benchmarks: a throwaway SQLite database with the demo
content, and a helper that times requests through the Django test client."""

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def demo_site():
    """Configure Django on a fresh database holding the demo content."""
    sys.path.insert(0, str(ROOT))
    workdir = tempfile.mkdtemp(prefix="bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/db.sqlite3"
    os.environ["DJANGO_MEDIA_ROOT"] = f"{workdir}/media"
    template = os.environ.get("BENCH_DEMO_SQLITE")
    if template:  # a copy of a SQLite file holding the demo content (and its media folder)
        shutil.copyfile(template, f"{workdir}/db.sqlite3")
        media = Path(template).parent / "media"
        if media.is_dir():
            shutil.copytree(media, f"{workdir}/media")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", "--noinput", verbosity=0)
    if not template:
        call_command("load_demo_content", verbosity=0)


def measure(client, url, runs=30):
    """(median milliseconds, SQL queries) for GET ``url``; first run warms up."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    timings = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(timings), len(queries)

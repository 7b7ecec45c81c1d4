"""Concurrent editors: five statistics managers saving and publishing through
the admin over HTTP at once, against a real server.

    .venv/bin/python bench/concurrent_editors.py [--editors 5] [--rounds 10] [--workers 4]

Builds a throwaway demo site in its own SQLite file (the embedded default),
starts gunicorn (``--workers`` processes × 4 threads, as the README's deploy
line) and the background jobs worker beside it, signs each editor in, and
has each one edit its own statistics: every round saves a draft, then
publishes a new label. Then it waits for the jobs queue to drain and checks,
per statistic, that the search index holds the label last published.

Prints the writes, the errors (any answer but Wagtail's "updated"
confirmation, e.g. a 500 "database is locked": target 0), the lost
search-index updates (target 0) and the save and publish latencies. Only
127.0.0.1 is contacted.
"""

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.production.processes import (
    AdminSession,
    Server,
    Worker,
    build_demo_site,
    shell,
    site_env,
)

PASSWORD = "correct horse battery"
EDIT = "/admin/snippets/factsheets/statistic/edit/{pk}/"


def prepare(env, editors):
    """Create the editors (Statistics managers); each one's statistics."""
    return shell(
        env,
        "import json\n"
        "from django.contrib.auth import get_user_model\n"
        "from django.contrib.auth.models import Group\n"
        "from factsheets.models import Statistic\n"
        "group = Group.objects.get(name='Statistics managers')\n"
        "ids = list(Statistic.objects.filter(live=True).order_by('pk').values_list('pk', flat=True))\n"
        "out = {}\n"
        f"for n in range({editors}):\n"
        "    user = get_user_model().objects.create_user(f'editor{n}', password="
        f"{PASSWORD!r})\n"
        "    user.groups.add(group)\n"
        f"    out[f'editor{{n}}'] = ids[n::{editors}][:2]\n"
        "print(json.dumps(out))\n",
    )


def edit(session, pk, label, publish):
    """One save through the admin form: ``(ok, seconds, detail)``."""
    start = time.perf_counter()
    try:
        status, html = session.edit(EDIT.format(pk=pk), {"label_en": label}, publish=publish)
    except OSError as error:
        return False, time.perf_counter() - start, type(error).__name__
    seconds = time.perf_counter() - start
    # Wagtail confirms "Statistic '…' updated." (or "updated and published.").
    confirmed = "&#x27; updated" in html
    return status == 200 and confirmed, seconds, f"HTTP {status}" if status != 200 else "refused"


def run(base_env, folder, editors=5, rounds=10, workers=4, out=print):
    """Run the benchmark on a built site; returns the figures."""
    env = dict(base_env)
    assignments = prepare(env, editors)
    server = Server(env, folder, workers=workers, threads=4)
    worker = Worker(env, folder, "--interval", "0.2")
    saves, publishes, errors, details = [], [], [], []
    final = {}
    lock = threading.Lock()
    try:
        sessions = {name: AdminSession(server.port, name, PASSWORD) for name in assignments}

        def editor(name):
            session = sessions[name]
            for round_number in range(rounds):
                for pk in assignments[name]:
                    for publish in (False, True):
                        label = f"Figure {pk} by {name}, round {round_number}"
                        ok, seconds, detail = edit(session, pk, label, publish)
                        with lock:
                            (publishes if publish else saves).append(seconds)
                            if not ok:
                                errors.append(detail)
                            elif publish:
                                final[pk] = label

        threads = [threading.Thread(target=editor, args=(name,)) for name in assignments]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started

        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            waiting = shell(
                env,
                "import json\nfrom jobs.queue import waiting_count\nprint(json.dumps(waiting_count()))\n",
            )
            if not waiting:
                break
            time.sleep(1)
        indexed = shell(
            env,
            "import json\n"
            "from search.models import SearchEntry\n"
            f"ids = {sorted(final)!r}\n"
            "rows = SearchEntry.objects.filter(kind='statistic', language='en', source_id__in=ids)\n"
            "print(json.dumps({r.source_id: r.display_title for r in rows}))\n",
        )
        lost = [pk for pk, label in final.items() if indexed.get(str(pk)) != label]
        failures = shell(
            env,
            "import json\nfrom jobs.models import JobFailure\nprint(json.dumps(JobFailure.objects.count()))\n",
        )
    finally:
        worker.stop()
        server.stop()
    details = sorted({d: errors.count(d) for d in errors}.items())
    figures = {
        "editors": editors,
        "writes": len(saves) + len(publishes),
        "errors": len(errors),
        "error_kinds": details,
        "lost_index_updates": len(lost),
        "failed_jobs": failures,
        "seconds": elapsed,
        "save_median_ms": statistics.median(saves) * 1000,
        "save_p95_ms": sorted(saves)[int(len(saves) * 0.95) - 1] * 1000,
        "publish_median_ms": statistics.median(publishes) * 1000,
        "publish_p95_ms": sorted(publishes)[int(len(publishes) * 0.95) - 1] * 1000,
        "max_ms": max(saves + publishes) * 1000,
    }
    out(
        f"{editors} editors, {figures['writes']} writes in {elapsed:.1f} s "
        f"(gunicorn {workers} workers x 4 threads, SQLite, jobs worker)"
    )
    out(f"errors: {figures['errors']} {details or ''} (target 0)")
    out(f"lost search-index updates: {figures['lost_index_updates']} (target 0)")
    out(f"failed background jobs: {failures}")
    out(
        "save latency: median {save_median_ms:.0f} ms, p95 {save_p95_ms:.0f} ms; "
        "publish latency: median {publish_median_ms:.0f} ms, p95 {publish_p95_ms:.0f} ms; "
        "max {max_ms:.0f} ms".format(**figures)
    )
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editors", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-editors-"))
    print("Preparing a demo site (migrate + demo content)…", flush=True)
    build_demo_site(folder)
    figures = run(site_env(folder), folder, args.editors, args.rounds, args.workers)
    print(json.dumps(figures))
    return 1 if figures["errors"] or figures["lost_index_updates"] else 0


if __name__ == "__main__":
    sys.exit(main())

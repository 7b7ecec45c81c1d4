"""Load benchmark: the production settings under gunicorn on 127.0.0.1.

    .venv/bin/python bench/load.py [--duration 10] [--concurrency 8] [--workers 2]

Builds a throwaway SQLite database with the demo content (or uses
``--database-url``), collects static files into a temporary folder, and starts
gunicorn twice with ``config.settings.production`` (a generated secret,
``DJANGO_ALLOWED_HOSTS=127.0.0.1``): once with the page cache on, once off.
Each request sends ``X-Forwarded-Proto: https`` (as the TLS proxy would), so
``SECURE_SSL_REDIRECT`` holds without TLS locally. Rate limits are switched off
(``RATELIMIT_ENABLED=0``): this measures capacity, not the limiter.

A thread pool of keep-alive HTTP clients runs each scenario for a bounded time
and prints requests/s, median and p99 latency and the error count (any status
other than 200, or a failed connection):
- mix: home, fact sheet, rights guide, search and statistics API, in turns;
- one cached page (the home page), the same with a random parameter it does
  not use (``?x=…``), and the same server's static CSS file;
cached and uncached. Only 127.0.0.1 is ever contacted. Set REDIS_URL to
benchmark with Redis as the cache.
"""

import argparse
import http.client
import json
import os
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
HOST = "127.0.0.1"


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def run(args, env, **kwargs):
    return subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True, **kwargs)


def prepare(workdir, database_url):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS=HOST,
        DATABASE_URL=database_url or f"sqlite:///{workdir}/db.sqlite3",
        DJANGO_MEDIA_ROOT=f"{workdir}/media",
        DJANGO_CACHE_DIR=f"{workdir}/cache",
        DJANGO_STATIC_ROOT=f"{workdir}/static",
        RATELIMIT_ENABLED="0",
    )
    if not database_url:
        print("Preparing a demo database (migrate + demo content)…", flush=True)
        run(["migrate", "--noinput", "-v", "0"], env, stdout=subprocess.DEVNULL)
        run(["load_demo_content", "-v", "0"], env)
    run(["collectstatic", "--noinput", "-v", "0"], env)
    code = (
        "import json\n"
        "from wagtail.models import Page\n"
        "from django.apps import apps\n"
        "def first(label):\n"
        "    try: m = apps.get_model(label)\n"
        "    except LookupError: return None\n"
        "    p = m.objects.live().first()\n"
        "    return p.url if p else None\n"
        "stat = None\n"
        "try:\n"
        "    S = apps.get_model('factsheets.Statistic'); s = S.objects.filter(live=True).first(); stat = s and s.key\n"
        "except LookupError: pass\n"
        "print(json.dumps({'factsheet': first('factsheets.FactSheetPage'), 'rights': first('rights.RightsGuidePage'), 'statistic': stat}))\n"
    )
    out = run(["shell", "--no-imports", "-c", code], env, capture_output=True, text=True).stdout
    return env, json.loads(out.strip().splitlines()[-1])


class Server:
    def __init__(self, env, workers, page_cache):
        self.port = free_port()
        env = dict(env, PAGE_CACHE_ENABLED="1" if page_cache else "0")
        self.proc = subprocess.Popen(
            [
                PY,
                "-m",
                "gunicorn",
                "config.wsgi",
                "-b",
                f"{HOST}:{self.port}",
                "-w",
                str(workers),
                "--threads",
                "4",
                "--log-level",
                "warning",
                "--keep-alive",
                "5",
            ],
            cwd=ROOT,
            env=env,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                status, _ = request(self.port, "/en/")
                if status == 200:
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("gunicorn did not answer on /en/ within 60 s")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


HEADERS = {"X-Forwarded-Proto": "https", "Host": HOST, "Accept-Encoding": "identity"}


def request(port, path, conn=None):
    own = conn is None
    conn = conn or http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        conn.request("GET", path, headers=HEADERS)
        response = conn.getresponse()
        body = response.read()
        return response.status, body
    finally:
        if own:
            conn.close()


def load(port, paths, duration, concurrency):
    latencies, errors, lock = [], [0], threading.Lock()
    stop_at = time.perf_counter() + duration

    def worker(offset):
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        i = offset
        mine, bad = [], 0
        while time.perf_counter() < stop_at:
            path = paths[i % len(paths)]
            i += 1
            start = time.perf_counter()
            try:
                status, _ = request(port, path, conn)
                if status != 200:
                    bad += 1
            except (OSError, http.client.HTTPException):
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
            mine.append(time.perf_counter() - start)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    n = len(latencies)
    return {
        "requests": n,
        "rps": n / elapsed if elapsed else 0,
        "median_ms": statistics.median(latencies) * 1000 if n else 0,
        "p99_ms": latencies[min(n - 1, int(n * 0.99))] * 1000 if n else 0,
        "errors": errors[0],
    }


def show(name, r):
    print(
        f"{name:<34} {r['requests']:>7} {r['rps']:>9.1f} {r['median_ms']:>9.1f} {r['p99_ms']:>9.1f} {r['errors']:>7}",
        flush=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per scenario")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument(
        "--database-url", default="", help="use this database instead of a new demo one"
    )
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="bench-load-")
    env, urls = prepare(workdir, args.database_url)
    mix = ["/en/", "/es/search/?q=migraci%C3%B3n", "/api/statistics/"]
    if urls["factsheet"]:
        mix.append(urls["factsheet"])
    if urls["rights"]:
        mix.append(urls["rights"].replace("/en/", "/ht/", 1))
    if urls["statistic"]:
        mix.append(f"/api/statistics/{urls['statistic']}/")
    print(f"Mix: {', '.join(mix)}")
    print(
        f"gunicorn: {args.workers} workers x 4 threads; {args.concurrency} clients; {args.duration:.0f} s per scenario; "
        f"cache: {'Redis' if os.environ.get('REDIS_URL') else 'files shared by the workers'}"
    )
    print(
        f"{'scenario':<34} {'requests':>7} {'req/s':>9} {'median ms':>9} {'p99 ms':>9} {'errors':>7}"
    )
    results, total_errors = {}, 0
    for cached in (True, False):
        server = Server(env, args.workers, page_cache=cached)
        try:
            home = request(server.port, "/en/")[1].decode()
            css = re.search(r'href="(/static/[^"]+\.css)"', home).group(1)
            label = "cached" if cached else "uncached"
            for path in mix:  # warm up (fills the page cache)
                request(server.port, path)
            for name, paths in (
                (f"mix ({label})", mix),
                (f"home page ({label})", ["/en/"]),
                # A parameter the page does not use: the same cache entry.
                (f"home page, random ?x= ({label})", [f"/en/?x={n}" for n in range(100_000)]),
                (f"static file ({label} server)", [css]),
            ):
                r = load(server.port, paths, args.duration, args.concurrency)
                results[name] = r
                total_errors += r["errors"]
                show(name, r)
        finally:
            server.stop()
    ratio = results["home page (cached)"]["rps"] / max(
        results["static file (cached server)"]["rps"], 1e-9
    )
    print(f"Cached home page rate / static file rate: {ratio:.2f} (target >= 0.5)")
    print(f"Total errors: {total_errors}")
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())

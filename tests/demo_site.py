"""The demo site served for a browser: a fresh SQLite database with the demo
content behind ``manage.py runserver`` on 127.0.0.1, with the right-to-left
test language (``config.settings.rtl``). Shared by the browser tests and
``scripts/gallery.py``."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def demo_env(workdir, **extra):
    """The demo server's environment: its own database, media and cache under
    ``workdir``. Its cache keys get their own prefix: with ``REDIS_URL`` set,
    the test process and every server the suite starts share one Redis, and
    a site must never read another site's cached pages (same host and port
    reused, same page ids, another database)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.rtl",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "DJANGO_CACHE_DIR": str(workdir / "cache"),
        "CACHE_KEY_PREFIX": f"demo-{workdir.name}",
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


def start_demo_server(workdir, env, timeout=60):
    """Migrate, load the demo content and start runserver (its log in
    ``workdir/server.log``); returns ``(base URL, process)`` once the home
    page answers. Raises ``RuntimeError`` if the server does not start."""
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v", "0"], ["load_demo_content", "-v", "0"]):
        subprocess.run(manage + command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    with open(workdir / "server.log", "w") as log:  # the child keeps its own handle
        server = subprocess.Popen(
            [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while True:
        try:
            # The first page draws the site's share card: slow on a busy machine.
            urllib.request.urlopen(f"{base}/en/", timeout=30)
            return base, server
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError(
                    f"The demo server did not start: see {workdir / 'server.log'}"
                ) from None
            time.sleep(0.3)


def stop(server):
    server.terminate()
    server.wait(timeout=10)

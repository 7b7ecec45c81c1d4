"""Real processes for the tests that cross process boundaries: a demo site in
its own SQLite file (built once per session, copied for each test), gunicorn
serving it, ``manage.py`` commands and the jobs worker beside it.

Everything runs on 127.0.0.1 with the embedded defaults (no ``REDIS_URL``):
the file cache in the site's folder and the database jobs backend.
"""

import http.client
import http.cookiejar
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def site_env(folder, **extra):
    """The environment of every process of a site kept in ``folder``."""
    folder = Path(folder)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("REDIS_URL", "DATABASE_URL", "ELASTICSEARCH_URL")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        DJANGO_MEDIA_ROOT=str(folder / "media"),
        DJANGO_CACHE_DIR=str(folder / "cache"),
        PYTHONUNBUFFERED="1",
        RATELIMIT_ENABLED="0",
    )
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *args, check=True, timeout=300):
    """Run ``manage.py`` with ``args``; returns the finished process."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if check and proc.returncode:
        raise AssertionError(f"manage.py {args[0]} failed:\n{proc.stdout}\n{proc.stderr}")
    return proc


def shell(env, code):
    """Run ``code`` in ``manage.py shell`` (another process); the last line it
    prints, parsed as JSON."""
    out = manage(env, "shell", "--no-imports", "-c", code).stdout.strip().splitlines()
    return json.loads(out[-1]) if out else None


def build_demo_site(folder):
    """A fresh demo site (migrate + demo content, its jobs done) in ``folder``."""
    env = site_env(folder)
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_demo_content", "-v", "0")
    manage(env, "jobs_worker", "--batch", "-v", "0")
    return folder


def copy_site(template, folder):
    """A copy of a built site, so each test starts from the same content."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("db.sqlite3", "db.sqlite3-wal"):
        if (Path(template) / name).exists():
            shutil.copy2(Path(template) / name, folder / name)
    shutil.copytree(Path(template) / "media", folder / "media", dirs_exist_ok=True)
    return folder


class Process:
    """A long-running process (server or worker) logging into the site folder."""

    def __init__(self, args, env, log):
        self.log_path = log
        self.log = open(log, "w")  # noqa: SIM115 - written until stop()
        self.proc = subprocess.Popen(
            args, env=env, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT
        )

    def output(self):
        self.log.flush()
        return Path(self.log_path).read_text()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()


class Server(Process):
    """gunicorn serving the site with ``workers`` processes."""

    def __init__(self, env, folder, workers=2, threads=2):
        self.port = free_port()
        super().__init__(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "-b",
                f"{HOST}:{self.port}",
                "-w",
                str(workers),
                "--threads",
                str(threads),
                "--timeout",
                "120",
            ],
            env,
            Path(folder) / "gunicorn.log",
        )
        deadline = time.monotonic() + 90
        while True:
            try:
                if self.get("/en/")[0] == 200:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.stop()
                raise AssertionError(f"gunicorn did not start:\n{self.output()}")
            time.sleep(0.3)

    def get(self, path, headers=None):
        """``(status, headers, body)`` of GET ``path``."""
        conn = http.client.HTTPConnection(HOST, self.port, timeout=60)
        try:
            conn.request("GET", path, headers=headers or {})
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode()
        finally:
            conn.close()


class Worker(Process):
    """The background jobs worker (``manage.py jobs_worker``)."""

    def __init__(self, env, folder, *args):
        super().__init__(
            [sys.executable, str(ROOT / "manage.py"), "jobs_worker", *args],
            env,
            Path(folder) / "worker.log",
        )


class EditForm(HTMLParser):
    """The fields of an admin edit form as a browser would submit them (the
    POST form whose action contains ``/edit/``), without its buttons."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.fields, self._in_form, self._textarea, self._select = [], False, None, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            action = attrs.get("action") or ""
            self._in_form = attrs.get("method", "").lower() == "post" and "/edit/" in action
        if not self._in_form or ("name" not in attrs and tag != "option"):
            return
        kind = attrs.get("type", "text").lower()
        if tag == "input" and kind not in ("submit", "button", "file", "image", "reset"):
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append(
                [attrs["name"], attrs.get("value", "on" if kind == "checkbox" else "")]
            )
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]
            self.fields.append(self._textarea)
        elif tag == "select":
            self._select = {"name": attrs["name"], "first": None, "chosen": None}
        elif tag == "option" and self._select is not None:
            value = attrs.get("value", "")
            if self._select["first"] is None:
                self._select["first"] = value
            if "selected" in attrs:
                self._select["chosen"] = value

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select is not None:
            chosen = self._select["chosen"]
            if chosen is None:
                chosen = self._select["first"] or ""
            self.fields.append([self._select["name"], chosen])
            self._select = None

    def set(self, name, value):
        for field in self.fields:
            if field[0] == name:
                field[1] = value
                return
        self.fields.append([name, value])


class AdminSession:
    """A signed-in editor talking to the admin over HTTP, as a browser does."""

    def __init__(self, port, username, password):
        self.base = f"http://{HOST}:{port}"
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        token = self._csrf(self.get("/admin/login/")[1])
        self.post(
            "/admin/login/",
            {"csrfmiddlewaretoken": token, "username": username, "password": password},
        )
        if "/admin/login/" in self.last_url:
            raise AssertionError(f"could not sign in as {username}")

    @staticmethod
    def _csrf(html):
        return html.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]

    def _open(self, request):
        try:
            with self.opener.open(request, timeout=120) as response:
                self.last_url = response.url
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            self.last_url = error.url
            return error.code, error.read().decode(errors="replace")

    def get(self, path):
        return self._open(urllib.request.Request(self.base + path))

    def post(self, path, fields):
        data = urllib.parse.urlencode(
            [tuple(item) for item in (fields.items() if isinstance(fields, dict) else fields)]
        ).encode()
        return self._open(urllib.request.Request(self.base + path, data=data, method="POST"))

    def edit(self, path, changes, publish=False):
        """Open an edit view, change fields, save (or publish); ``(status, body)``."""
        status, html = self.get(path)
        if status != 200:
            return status, html
        form = EditForm(html)
        for name, value in changes.items():
            form.set(name, value)
        if publish:
            form.set("action-publish", "action-publish")
        return self.post(path, form.fields)

"""The production stack on loopback, for tests: nginx (deploy/nginx/, with a
throwaway self-signed certificate) in front of gunicorn
(deploy/gunicorn.conf.py) running ``config.settings.production`` on a
brand-new SQLite database with the demo content.

Never the system nginx service: ``nginx -p DIR -c DIR/nginx.conf -e … -g
'daemon off;'`` with its own pid file, logs and temporary folders. A missing
nginx, openssl or gunicorn is a failure, not a skip.
"""

import getpass
import grp
import http.client
import os
import re
import secrets
import shutil
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
GUNICORN = Path(sys.executable).with_name("gunicorn")
MAIN_CONF = """
worker_processes 1;
user {user} {group};
pid {prefix}/nginx.pid;
error_log {prefix}/logs/main.error.log crit;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    include {prefix}/site.conf;
}}
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def render_site_conf(values):
    """deploy/nginx/migration-facts.conf with its ${MF_…} placeholders
    filled in, as envsubst does in production."""
    template = (ROOT / "deploy" / "nginx" / "migration-facts.conf").read_text()
    rendered = re.sub(r"\$\{(MF_[A-Z_]+)\}", lambda m: str(values[m.group(1)]), template)
    assert not re.search(r"\$\{MF_[A-Z]", rendered)
    return rendered


@dataclass
class ProductionStack:
    workdir: Path
    https_port: int
    http_port: int
    env: dict
    logs: dict = field(default_factory=dict)

    @property
    def base_url(self):
        return f"https://127.0.0.1:{self.https_port}"

    def request(self, method, path, headers=None, source="127.0.0.1", tls=True):
        """One request to nginx from ``source`` (any 127.x address), the
        certificate unchecked (it is self-signed). Returns (status, headers, body)."""
        if tls:
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            conn = http.client.HTTPSConnection(
                "127.0.0.1",
                self.https_port,
                context=context,
                source_address=(source, 0),
                timeout=30,
            )
        else:
            conn = http.client.HTTPConnection(
                "127.0.0.1", self.http_port, source_address=(source, 0), timeout=30
            )
        try:
            conn.request(method, path, headers=headers or {})
            response = conn.getresponse()
            return (
                response.status,
                {k.lower(): v for k, v in response.getheaders()},
                response.read(),
            )
        finally:
            conn.close()

    def manage(self, *args):
        return subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    def read_logs(self):
        return {name: path.read_text(errors="replace") for name, path in self.logs.items()}


def _wait(check, what, process, log):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{what} exited: {Path(log).read_text()[-3000:]}")
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.3)
    pytest.fail(f"{what} did not start: {Path(log).read_text()[-3000:]}")


def start_production_stack(workdir):
    for tool in (NGINX, shutil.which("openssl"), str(GUNICORN)):
        if not tool or not Path(tool).exists():
            pytest.fail(
                f"{tool or 'openssl'} is missing: scripts/test.sh installs it.", pytrace=False
            )
    https_port, http_port, app_port = free_port(), free_port(), free_port()
    for folder in ("logs", "tmp", "media", "static"):
        (workdir / folder).mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "RATELIMIT_CLIENT_IP_HEADER": "HTTP_X_REAL_IP",
        "GUNICORN_BIND": f"127.0.0.1:{app_port}",
        "GUNICORN_WORKERS": "1",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("REDIS_URL", None)  # one process: its local-memory cache is enough
    stack = ProductionStack(workdir, https_port, http_port, env)
    stack.manage("migrate", "--noinput", "-v", "0")
    stack.manage("load_demo_content", "-v", "0")
    stack.manage("collectstatic", "--noinput", "-v", "0")
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=127.0.0.1", "-keyout", str(workdir / "tls.key"),
            "-out", str(workdir / "tls.crt"),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    site = render_site_conf(
        {
            "MF_SERVER_NAME": "127.0.0.1",
            "MF_HTTP_LISTEN": f"127.0.0.1:{http_port}",
            "MF_HTTPS_LISTEN": f"127.0.0.1:{https_port}",
            "MF_UPSTREAM": f"127.0.0.1:{app_port}",
            "MF_STATIC_ROOT": workdir / "static",
            "MF_MEDIA_ROOT": workdir / "media",
            "MF_LOG_DIR": workdir / "logs",
            "MF_TLS_CERTIFICATE": workdir / "tls.crt",
            "MF_TLS_KEY": workdir / "tls.key",
        }
    )
    (workdir / "site.conf").write_text(site)
    user = getpass.getuser()
    (workdir / "nginx.conf").write_text(
        MAIN_CONF.format(prefix=workdir, user=user, group=grp.getgrgid(os.getgid()).gr_name)
    )
    stack.logs = {
        "nginx access": workdir / "logs" / "migration-facts.access.log",
        "nginx error": workdir / "logs" / "migration-facts.error.log",
        "nginx main error": workdir / "logs" / "main.error.log",
        "gunicorn": workdir / "logs" / "gunicorn.log",
    }
    gunicorn_log = open(stack.logs["gunicorn"], "w")  # noqa: SIM115 - written until teardown
    gunicorn = subprocess.Popen(
        [
            str(GUNICORN),
            "-c",
            str(ROOT / "deploy" / "gunicorn.conf.py"),
            "--no-control-socket",
            "config.wsgi",
        ],
        env=env,
        cwd=ROOT,
        stdout=gunicorn_log,
        stderr=subprocess.STDOUT,
    )
    _wait(
        lambda: socket.create_connection(("127.0.0.1", app_port), timeout=1).close() or True,
        "gunicorn",
        gunicorn,
        stack.logs["gunicorn"],
    )
    nginx_out = workdir / "logs" / "nginx.stderr"
    nginx = subprocess.Popen(
        [
            NGINX, "-p", str(workdir), "-c", str(workdir / "nginx.conf"),
            "-e", str(stack.logs["nginx main error"]), "-g", "daemon off;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=open(nginx_out, "w"),  # noqa: SIM115
    )  # fmt: skip
    _wait(lambda: stack.request("GET", "/en/")[0] == 200, "nginx", nginx, nginx_out)
    return stack, [nginx, gunicorn], gunicorn_log


@pytest.fixture(scope="session")
def production_stack(tmp_path_factory):
    """A ``ProductionStack``: nginx + gunicorn under production settings."""
    workdir = tmp_path_factory.mktemp("production-stack")
    stack, processes, log = start_production_stack(workdir)
    yield stack
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    log.close()

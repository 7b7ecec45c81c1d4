"""Screenshot gallery: every page type in every language, on a phone
(360×740) and a desktop (1280×800), rendered by Debian's chromium, for review.

    .venv/bin/python scripts/gallery.py                 # → var/gallery/
    .venv/bin/python scripts/gallery.py --out /tmp/g --pages factsheet,search --languages en,ar
    .venv/bin/python scripts/gallery.py --base-url http://127.0.0.1:8000

Without ``--base-url`` it builds a throwaway SQLite database with the demo
content and serves it with ``config.settings.rtl`` (the four languages plus
the right-to-left test language ``ar``). Page types come from
``tests/page_types.py``. For each page and viewport it writes the first screen
(``<page>-<lang>-<width>.png``) and the whole page (``…-full.png``, cut at
``--max-height``), and ``index.html`` shows them side by side.
"""

import argparse
import html
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.page_types import LANGUAGES, PAGE_TYPES  # noqa: E402

RTL_LANGUAGE = "ar"
VIEWPORTS = {"360": (360, 740), "1280": (1280, 800)}
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


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_demo_server(workdir):
    """A runserver on a fresh demo database; returns (base URL, process)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.rtl",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    print("Building the demo database…", file=sys.stderr)
    for command in (["migrate", "--noinput", "-v", "0"], ["load_demo_content", "-v", "0"]):
        subprocess.run(manage + command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    port = _free_port()
    log = open(workdir / "server.log", "w")  # noqa: SIM115 - open while the server runs
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base}/en/", timeout=2)
            return base, server
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                sys.exit(f"The demo server did not start: see {workdir / 'server.log'}")
            time.sleep(0.3)


def shoot(base, out, pages, languages, max_height):
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for label, (width, height) in VIEWPORTS.items():
            context = browser.new_context(
                viewport={"width": width, "height": height},
                device_scale_factor=1,
                has_touch=width < 600,
            )
            page = context.new_page()
            for name in pages:
                for lang in languages:
                    url = f"{base}/{lang}{PAGE_TYPES[name]}"
                    response = page.goto(url, wait_until="load")
                    stem = f"{name}-{lang}-{label}"
                    page.screenshot(path=out / f"{stem}.png")
                    load_lazy_images(page)
                    full_height = min(
                        page.evaluate("document.documentElement.scrollHeight"), max_height
                    )
                    page.screenshot(
                        path=out / f"{stem}-full.png",
                        clip={"x": 0, "y": 0, "width": width, "height": full_height},
                        full_page=True,
                    )
                    rows.append((name, lang, label, url, response.status if response else 0))
                    print(f"{stem:<36} {response.status if response else '?'}", file=sys.stderr)
            context.close()
        browser.close()
    write_index(out, rows, pages, languages)


def load_lazy_images(page):
    """Lazy images load only near the viewport: make them eager, then wait."""
    page.evaluate(
        "() => { document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager'); }"
    )
    page.wait_for_function("() => [...document.images].every(i => i.complete)", timeout=10_000)
    page.evaluate("window.scrollTo(0, 0)")


def write_index(out, rows, pages, languages):
    status = {(name, lang, label): code for name, lang, label, _url, code in rows}
    parts = [
        "<!DOCTYPE html><html lang='en'><meta charset='utf-8'><title>Gallery</title>",
        "<body style='font-family:sans-serif;background:#eee'>",
    ]
    for name in pages:
        parts.append(
            f"<h2>{html.escape(name)}</h2><div style='display:flex;gap:12px;overflow-x:auto'>"
        )
        for lang in languages:
            for label in VIEWPORTS:
                stem = f"{name}-{lang}-{label}"
                code = status.get((name, lang, label), "?")
                width = 180 if label == "360" else 400
                parts.append(
                    f"<figure style='margin:0'><a href='{stem}-full.png'>"
                    f"<img src='{stem}.png' width='{width}' alt=''></a>"
                    f"<figcaption>{lang} · {label} · {code}</figcaption></figure>"
                )
        parts.append("</div>")
    (out / "index.html").write_text("\n".join(parts), encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "var" / "gallery")
    parser.add_argument("--base-url", help="an already running site (default: start the demo)")
    parser.add_argument("--pages", help="comma-separated page types (default: all)")
    parser.add_argument(
        "--languages",
        help=f"comma-separated languages (default: {','.join([*LANGUAGES, RTL_LANGUAGE])})",
    )
    parser.add_argument("--max-height", type=int, default=6000, help="cut full pages (px)")
    args = parser.parse_args(argv)
    pages = args.pages.split(",") if args.pages else list(PAGE_TYPES)
    unknown = [name for name in pages if name not in PAGE_TYPES]
    if unknown:
        parser.error(f"unknown page types: {', '.join(unknown)} (see tests/page_types.py)")
    languages = args.languages.split(",") if args.languages else [*LANGUAGES, RTL_LANGUAGE]
    server = None
    base = args.base_url
    if not base:
        base, server = start_demo_server(Path(tempfile.mkdtemp(prefix="gallery-")))
    try:
        shoot(base.rstrip("/"), args.out, pages, languages, args.max_height)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
    print(f"Gallery: {args.out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

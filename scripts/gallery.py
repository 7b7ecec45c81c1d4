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
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.demo_site import CHROMIUM, CHROMIUM_FLAGS, demo_env, start_demo_server, stop  # noqa: E402
from tests.page_types import LANGUAGES, PAGE_TYPES  # noqa: E402

RTL_LANGUAGE = "ar"
VIEWPORTS = {"360": (360, 740), "1280": (1280, 800)}


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
        workdir = Path(tempfile.mkdtemp(prefix="gallery-"))
        print("Building the demo database…", file=sys.stderr)
        try:
            base, server = start_demo_server(workdir, demo_env(workdir))
        except RuntimeError as error:
            sys.exit(str(error))
    try:
        shoot(base.rstrip("/"), args.out, pages, languages, args.max_height)
    finally:
        if server is not None:
            stop(server)
    print(f"Gallery: {args.out / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Transfer weight of every page type in every language: gzip-compressed
bytes of the HTML, every stylesheet and script it loads, its fonts (the site
uses none) and the images above the fold (every image not marked
``loading="lazy"``, at the size a 360-pixel phone with a 2× screen picks from
its ``srcset``), against the budgets:

- rights guide, rights index (and country page) and rights card: 50 KB each;
- any other page: 150 KB.

    .venv/bin/python bench/page_weight.py            # every page type
    .venv/bin/python bench/page_weight.py --rights   # the rights pages only

Builds a throwaway SQLite database with the demo content (or uses
``BENCH_DATABASE_URL`` if set, which must already hold it) and fetches each
page and its assets through Django's test client. Prints one line per page
and the heaviest page of each type; exits 1 if a budget is exceeded.
"""

import argparse
import gzip
import io
import os
import re
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
FRESH = "BENCH_DATABASE_URL" not in os.environ
if FRESH:
    WORKDIR = tempfile.mkdtemp(prefix="page-weight-")
    os.environ["DATABASE_URL"] = f"sqlite:///{WORKDIR}/db.sqlite3"
    os.environ.setdefault("DJANGO_MEDIA_ROOT", f"{WORKDIR}/media")
else:
    os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from tests.page_types import LANGUAGES, PAGE_TYPES  # noqa: E402

KB = 1000
RIGHTS_BUDGET = 50 * KB
PAGE_BUDGET = 150 * KB
PHONE_PIXELS = 720  # a 360 px wide screen at 2×
RIGHTS_PAGES = {
    "rights guide": [
        "/rights/your-rights-in-the-region/",
        "/rights/mexico-in-transit/",
        "/rights/costa-rica-work-and-health/",
    ],
    "rights index": ["/rights/", "/rights/country/mx/"],
    "rights card": [
        "/rights/mexico-in-transit/card/?also=ht",
        "/rights/your-rights-in-the-region/card/?also=es",
    ],
}
RIGHTS_TYPES = {"rights-index", "rights-country", "rights-guide", "rights-card"}


def candidate(srcset):
    """The ``srcset`` entry a phone picks: the smallest at least 720 px wide."""
    entries = []
    for part in srcset.split(","):
        bits = part.strip().split()
        if len(bits) == 2 and bits[1].endswith("w"):
            entries.append((int(bits[1][:-1]), bits[0]))
    if not entries:
        return None
    entries.sort()
    return next((url for width, url in entries if width >= PHONE_PIXELS), entries[-1][1])


class Assets(HTMLParser):
    """What a page makes the browser download before the reader scrolls."""

    def __init__(self):
        super().__init__()
        self.urls = []
        self._webp = None  # the WebP <source> of the current <picture>

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and "stylesheet" in rel and attrs.get("href"):
            if attrs.get("media", "all") in ("all", "screen"):
                self.urls.append(attrs["href"])
        elif tag == "link" and "preload" in rel and attrs.get("as") == "font":
            self.urls.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])
        elif tag == "source" and attrs.get("type") == "image/webp":
            self._webp = attrs.get("srcset")
        elif tag == "img" and attrs.get("loading") != "lazy":
            url = candidate(self._webp or attrs.get("srcset") or "") or attrs.get("src")
            if url:
                self.urls.append(url)
        if tag != "source" and tag != "picture":
            self._webp = None


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def compressed(data, content_type):
    # Text is served compressed; images are already compressed.
    if content_type.startswith("image/") and "svg" not in content_type:
        return len(data)
    return len(gzip.compress(data, compresslevel=6))


def weigh(client, url, cache):
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code in (200, 404), (url, response.status_code)
    html = body(response)
    parser = Assets()
    parser.feed(html.decode("utf-8"))
    sizes = {"html": compressed(html, "text/html"), "css+js": 0, "images": 0}
    for asset in dict.fromkeys(parser.urls):
        path = re.sub(r"^https?://[^/]+", "", asset)
        if path not in cache:
            asset_response = client.get(path, HTTP_HOST="localhost")
            assert asset_response.status_code == 200, (path, asset_response.status_code)
            kind = asset_response.get("Content-Type", "")
            cache[path] = (kind, compressed(body(asset_response), kind))
        kind, size = cache[path]
        sizes["images" if kind.startswith("image/") else "css+js"] += size
    return sizes


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rights", action="store_true", help="only the rights pages")
    args = parser.parse_args(argv)
    if FRESH:
        print("Building a demo database…", file=sys.stderr)
        quiet = io.StringIO()  # wagtail-modeltranslation's migrate talks on stdout
        call_command("migrate", "--noinput", verbosity=0, stdout=quiet)
        call_command("load_demo_content", verbosity=0, stdout=quiet)
    pages = dict(RIGHTS_PAGES)
    if not args.rights:
        for name, path in PAGE_TYPES.items():
            if name not in RIGHTS_TYPES:
                pages[name] = [path]
    client = Client()
    cache = {}
    print(
        f"{'page type':<16} {'url':<52} {'html':>6} {'css+js':>7} {'images':>7} {'total':>7}  budget"
    )
    worst = {}
    for kind, paths in pages.items():
        budget = RIGHTS_BUDGET if kind in RIGHTS_PAGES else PAGE_BUDGET
        for path in paths:
            for lang in LANGUAGES:
                url = f"/{lang}{path}"
                sizes = weigh(client, url, cache)
                total = sum(sizes.values())
                flag = "ok" if total <= budget else "OVER"
                print(
                    f"{kind:<16} {url[:52]:<52} {sizes['html']:>6} {sizes['css+js']:>7} "
                    f"{sizes['images']:>7} {total:>7}  {budget // KB} KB {flag}"
                )
                if total > worst.get(kind, (0, "", budget))[0]:
                    worst[kind] = (total, url, budget)
    print()
    print("Heaviest page of each type (gzip bytes of HTML + CSS + JS + images above the fold):")
    for kind, (total, url, budget) in worst.items():
        share = 100 * total / budget
        print(f"  {kind:<16} {total:>7} B  ({share:5.1f}% of {budget // KB} KB)  {url}")
    return 0 if all(total <= budget for total, _url, budget in worst.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

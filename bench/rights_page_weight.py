"""Transfer weight of the rights pages: gzip-compressed bytes of the HTML plus
every stylesheet and script the page loads (images excluded), against the
50 KB budget of a rights guide.

    .venv/bin/python bench/rights_page_weight.py

Builds a throwaway SQLite database with the demo content (or uses
``BENCH_DATABASE_URL`` if set, which must already hold it), then fetches each
page and its assets through Django's test client. Prints one line per page and
the heaviest page of each type.
"""

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
os.environ["DATABASE_URL"] = os.environ.get(
    "BENCH_DATABASE_URL", f"sqlite:///{tempfile.mkdtemp(prefix='rights-bench-')}/db.sqlite3"
)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

BUDGET = 50_000  # bytes, compressed: "at most 50 KB"
LANGUAGES = ["en", "es", "fr", "ht"]
PAGES = {
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


class Assets(HTMLParser):
    """Stylesheets and scripts a page makes the browser download."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split() and attrs.get("href"):
            self.urls.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def gz(data):
    return len(gzip.compress(data, compresslevel=6))


def weigh(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    html = body(response)
    parser = Assets()
    parser.feed(html.decode("utf-8"))
    sizes = {"html": gz(html)}
    for asset in parser.urls:
        asset_response = client.get(re.sub(r"^https?://[^/]+", "", asset))
        assert asset_response.status_code == 200, (asset, asset_response.status_code)
        sizes[asset] = gz(body(asset_response))
    return sizes


def main():
    if FRESH:
        print("Building a demo database…", file=sys.stderr)
        quiet = io.StringIO()  # wagtail-modeltranslation's migrate talks on stdout
        call_command("migrate", "--noinput", verbosity=0, stdout=quiet)
        call_command("load_demo_content", verbosity=0, stdout=quiet)
    client = Client()
    print(
        f"{'page type':<13} {'url':<52} {'html':>6} {'css+js':>7} {'total':>7}  budget {BUDGET:,} B"
    )
    worst = {}
    for kind, paths in PAGES.items():
        for path in paths:
            for lang in LANGUAGES:
                url = f"/{lang}{path}"
                sizes = weigh(client, url)
                total = sum(sizes.values())
                assets = total - sizes["html"]
                flag = "ok" if total <= BUDGET else "OVER"
                print(f"{kind:<13} {url:<52} {sizes['html']:>6} {assets:>7} {total:>7}  {flag}")
                if total > worst.get(kind, (0, ""))[0]:
                    worst[kind] = (total, url)
    print()
    print("Heaviest page of each type (gzip bytes of HTML + CSS + JS, images excluded):")
    for kind, (total, url) in worst.items():
        share = 100 * total / BUDGET
        print(f"  {kind:<13} {total:>7} B  ({share:4.1f}% of the 50 KB budget)  {url}")
    return 0 if all(total <= BUDGET for total, _url in worst.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

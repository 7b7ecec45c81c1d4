"""Lighthouse mobile scores (performance, accessibility, best practices, SEO)
of the home page, a fact sheet, a rights guide and search, against the 0.95
budget, with Debian's chromium.

    npm i -E --no-save lighthouse@12.2.3          # once (Node 20; 13.x wants Node 22)
    .venv/bin/python bench/lighthouse.py            # starts the demo site
    .venv/bin/python bench/lighthouse.py --base-url http://127.0.0.1:8000

Lighthouse is looked for in ``node_modules/.bin`` or ``$LIGHTHOUSE``. The
demo is served by ``runserver`` (no compression), so performance is measured
pessimistically. A search with a query answers ``noindex`` on purpose
(readers' searches are private), which Lighthouse's SEO score counts against
it: the bare search page is measured for SEO, the query page for the rest.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from gallery import CHROMIUM, CHROMIUM_FLAGS, start_demo_server  # noqa: E402

BUDGET = 0.95
PAGES = {
    "home": "/en/",
    "fact sheet": "/en/facts/our-region-is-a-main-migration-region/",
    "rights guide": "/en/rights/mexico-in-transit/",
    "search": "/en/search/?q=Canada",
    "search (bare)": "/en/search/",
}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def lighthouse_binary():
    found = os.environ.get("LIGHTHOUSE") or ROOT / "node_modules" / ".bin" / "lighthouse"
    if Path(found).exists():
        return str(found)
    return shutil.which("lighthouse")


def run(binary, url, out):
    flags = " ".join(["--headless=new", *CHROMIUM_FLAGS])
    subprocess.run(
        [
            binary,
            url,
            "--quiet",
            f"--chrome-flags={flags}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--output=json",
            f"--output-path={out}",
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        check=True,
        timeout=300,
    )
    report = json.loads(Path(out).read_text())
    scores = {name: report["categories"][name]["score"] for name in CATEGORIES}
    audits = report["audits"]
    return scores, {
        "FCP": audits["first-contentful-paint"]["displayValue"],
        "LCP": audits["largest-contentful-paint"]["displayValue"],
        "TBT": audits["total-blocking-time"]["displayValue"],
        "CLS": audits["cumulative-layout-shift"]["displayValue"],
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", help="an already running site (default: start the demo)")
    args = parser.parse_args(argv)
    binary = lighthouse_binary()
    if not binary:
        sys.exit("Lighthouse is not installed: npm i -E --no-save lighthouse@12.2.3")
    server = None
    base = args.base_url
    if not base:
        base, server = start_demo_server(Path(tempfile.mkdtemp(prefix="lighthouse-")))
    failed = False
    try:
        print(f"{'page':<14} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5}  metrics")
        for name, path in PAGES.items():
            with tempfile.NamedTemporaryFile(suffix=".json") as out:
                scores, metrics = run(binary, base.rstrip("/") + path, out.name)
            counted = [c for c in CATEGORIES if not (name == "search" and c == "seo")]
            counted = ["seo"] if name == "search (bare)" else counted
            low = [c for c in counted if scores[c] < BUDGET]
            failed = failed or bool(low)
            print(
                f"{name:<14} "
                + " ".join(f"{scores[c]:>5.2f}" for c in CATEGORIES)
                + "  "
                + " ".join(f"{k} {v}" for k, v in metrics.items())
                + (f"  BELOW {BUDGET}: {', '.join(low)}" if low else "")
            )
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

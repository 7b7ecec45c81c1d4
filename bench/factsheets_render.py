"""Median server time and SQL queries of a fact sheet citing 5, 50 and 200
statistics (each as a callout and again inside a sentence), with the page
cache off so that every request renders, and the ratio of 50 and 200 to 5
(target: 50 statistics ≤ 1.3× the time of 5). The pages are measured in
interleaved rounds, so load on the machine weighs on all of them alike.

Run: .venv/bin/python bench/factsheets_render.py [--runs 30]
"""

import argparse
import statistics as stats
import time

from _setup import demo_site

parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=30)
args = parser.parse_args()

demo_site()

from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from factsheets.factories import FactSheetPageFactory, StatisticFactory, body_citing  # noqa: E402
from factsheets.models import FactSheetIndexPage  # noqa: E402

COUNTS = (5, 50, 200)
LANGUAGES = ("en", "es")

index = FactSheetIndexPage.objects.get(slug="facts")
client = Client(HTTP_HOST="localhost")
urls = {}
for count in COUNTS:
    cited = [
        StatisticFactory(key=f"bench-{count}-{i}", label=f"Bench figure {i}", value=i % 100)
        for i in range(count)
    ]
    page = FactSheetPageFactory(
        parent=index, slug=f"bench-{count}", body=body_citing(cited, inline=count)
    )
    for language in LANGUAGES:
        urls[count, language] = f"/{language}/facts/{page.slug}/"

timings = {key: [] for key in urls}
queries = {}
with override_settings(PAGE_CACHE_ENABLED=False):
    for url in urls.values():
        assert client.get(url).status_code == 200  # warm up (draws the share card)
    for _round in range(args.runs):
        for key, url in urls.items():
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                response = client.get(url)
                timings[key].append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, url
            queries[key] = len(captured)

medians = {key: stats.median(values) for key, values in timings.items()}
print(f"{'statistics':<12}{'language':<10}{'median ms':>10}{'queries':>9}{'× 5 statistics':>16}")
for count, language in urls:
    ratio = medians[count, language] / medians[COUNTS[0], language]
    print(
        f"{count:<12}{language:<10}{medians[count, language]:>10.1f}"
        f"{queries[count, language]:>9}{ratio:>16.2f}"
    )
for language in LANGUAGES:
    ratio = medians[50, language] / medians[5, language]
    verdict = "met" if ratio <= 1.3 else "NOT met"
    print(f"{language}: 50 vs 5 statistics {ratio:.2f}× (target ≤ 1.30×: {verdict})")

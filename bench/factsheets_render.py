"""Median server time and SQL query count of a fact sheet citing 5 and 50
statistics (each as a callout and again inside a sentence), with the page
cache off so that every request renders.

Run: .venv/bin/python bench/factsheets_render.py
"""

from _setup import demo_site, measure

demo_site()

from django.test import Client, override_settings  # noqa: E402

from factsheets.factories import FactSheetPageFactory, StatisticFactory, body_citing  # noqa: E402
from factsheets.models import FactSheetIndexPage  # noqa: E402

index = FactSheetIndexPage.objects.get(slug="facts")
client = Client(HTTP_HOST="localhost")
print(f"{'statistics':<12}{'language':<10}{'median ms':>10}{'queries':>9}")
with override_settings(PAGE_CACHE_ENABLED=False):
    for count in (5, 50):
        statistics = [
            StatisticFactory(key=f"bench-{count}-{i}", label=f"Bench figure {i}", value=i % 100)
            for i in range(count)
        ]
        page = FactSheetPageFactory(
            parent=index, slug=f"bench-{count}", body=body_citing(statistics, inline=count)
        )
        for language in ("en", "es"):
            median, queries = measure(client, f"/{language}/facts/{page.slug}/")
            print(f"{count:<12}{language:<10}{median:>10.1f}{queries:>9}")

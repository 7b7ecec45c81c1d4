"""Median server time and SQL query count of the home page in each language.

Run: .venv/bin/python bench/home.py
"""

from _setup import demo_site, measure

demo_site()

from django.conf import settings  # noqa: E402
from django.test import Client  # noqa: E402

client = Client()
print(f"{'page':<12}{'median ms':>10}{'queries':>9}")
for code, _name in settings.LANGUAGES:
    median, queries = measure(client, f"/{code}/")
    print(f"{'/' + code + '/':<12}{median:>10.1f}{queries:>9}")

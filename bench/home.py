"""Median server time and SQL query count of the home page in each language.

Run: .venv/bin/python bench/home.py
"""

from _setup import demo_site, measure

demo_site()

from django.test import Client  # noqa: E402

from languages.codes import language_codes  # noqa: E402

client = Client()
print(f"{'page':<12}{'median ms':>10}{'queries':>9}")
for code in language_codes():
    median, queries = measure(client, f"/{code}/")
    print(f"{'/' + code + '/':<12}{median:>10.1f}{queries:>9}")

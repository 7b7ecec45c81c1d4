"""Search at scale: 10,000 generated fact sheets (English and Spanish, so
20,000 documents), then for each backend the median and 95th-percentile
latency of a search request through the Django view, and the index rebuild
rate in documents per second.

The Elasticsearch figures come from osmem-server, an in-memory emulator on
this machine: they show that the code path works at this size, not how fast
a real Elasticsearch cluster is.

Run: .venv/bin/python bench/search_latency.py [--count 10000]
"""

import argparse
import random
import statistics
import time
import uuid

from _setup import demo_site

parser = argparse.ArgumentParser()
parser.add_argument("--count", type=int, default=10_000)
parser.add_argument("--runs", type=int, default=60)
args = parser.parse_args()

demo_site()

from django.db import transaction  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402
from osmem_server import OsmemServer  # noqa: E402

from factsheets.models import FactSheetIndexPage, FactSheetPage  # noqa: E402
from search.connection import _client  # noqa: E402
from search.rebuild import rebuild  # noqa: E402

WORDS = {
    "en": [
        "migrants",
        "economy",
        "labour",
        "taxes",
        "remittances",
        "health",
        "climate",
        "disaster",
        "trafficking",
        "victims",
        "children",
        "rights",
        "border",
        "asylum",
        "region",
        "north",
        "south",
        "women",
        "workers",
        "families",
        "return",
        "education",
        "housing",
        "wages",
        "employment",
        "crime",
        "security",
        "policy",
        "data",
        "census",
        "survey",
    ],
    "es": [
        "migrantes",
        "economía",
        "trabajo",
        "impuestos",
        "remesas",
        "salud",
        "clima",
        "desastre",
        "trata",
        "víctimas",
        "niñez",
        "derechos",
        "frontera",
        "asilo",
        "región",
        "norte",
        "sur",
        "mujeres",
        "trabajadores",
        "familias",
        "retorno",
        "educación",
        "vivienda",
        "salarios",
        "empleo",
        "delito",
        "seguridad",
        "política",
        "datos",
        "censo",
        "encuesta",
    ],
}
TOPICS = ["protection", "management", "benefits", "health", "emergencies", "climate", "policy"]
COUNTRIES = ["US", "CA", "MX", "GT", "HN", "SV", "HT", "DO", "CR", "PA"]
QUERIES = {
    "en": [
        "migrants economy",
        "remittances",
        "climate disaster",
        "trafficking victims",
        "health workers",
        "asylum border",
        "wages employment",
        "women families",
        "econmy migrnts",
        "data census",
    ],
    "es": [
        "migrantes economia",
        "remesas",
        "cambio clima desastre",
        "victimas de trata",
        "salud trabajadores",
        "asilo frontera",
        "salarios empleo",
        "mujeres familias",
        "economia migrnates",
        "datos censo",
    ],
}


def sentence(rng, language, length):
    return " ".join(rng.choice(WORDS[language]) for _ in range(length)).capitalize() + "."


def _row(table, pk_column, pk):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f'SELECT * FROM "{table}" WHERE "{pk_column}" = %s', [pk])
        columns = [col[0] for col in cursor.description]
        return columns, list(cursor.fetchone())


def generate(count):
    """Fact sheets copied row by row from one template page with plain SQL
    (``add_child`` with every signal costs ~150 ms a page on this machine)."""
    from django.db import connection

    rng = random.Random(5)
    index = FactSheetIndexPage.objects.get(slug="facts")
    started = time.perf_counter()
    template = FactSheetPage(
        slug="bench-template",
        title="Template",
        myth="Template",
        short_answer="Template",
        verdict="false",
        topics=["health"],
        countries=["US"],
        last_reviewed=timezone.localdate(),
    )
    index.add_child(instance=template)
    page_columns, page_row = _row("wagtailcore_page", "id", template.pk)
    sheet_columns, sheet_row = _row(FactSheetPage._meta.db_table, "page_ptr_id", template.pk)
    with connection.cursor() as cursor:
        cursor.execute("SELECT MAX(id) FROM wagtailcore_page")
        next_id = cursor.fetchone()[0] + 1
    index.refresh_from_db()
    first_child = index.numchild + 1
    pages, sheets = [], []
    for number in range(count):
        pk = next_id + number
        page = dict(zip(page_columns, page_row, strict=False))
        slug = f"bench-{number}"
        page.update(
            id=pk,
            path=index.path + _base36(first_child + number, 4),
            slug=slug,
            url_path=f"{index.url_path}{slug}/",
            title=f"Fact sheet {number}: {sentence(rng, 'en', 5)}",
            title_en=None,
            title_es=f"Ficha {number}: {sentence(rng, 'es', 5)}",
            draft_title=slug,
            live=True,
            latest_revision_id=None,
            live_revision_id=None,
            translation_key=str(uuid.uuid4()),
        )
        page["title_en"] = page["title"]
        pages.append([page[c] for c in page_columns])
        sheet = dict(zip(sheet_columns, sheet_row, strict=False))
        sheet.update(
            page_ptr_id=pk,
            myth_en=sentence(rng, "en", 8),
            myth_es=sentence(rng, "es", 8),
            short_answer_en=" ".join(sentence(rng, "en", 12) for _ in range(3)),
            short_answer_es=" ".join(sentence(rng, "es", 12) for _ in range(3)),
            verdict=rng.choice(["false", "misleading", "missing-context", "true"]),
            topics="," + ",".join(rng.sample(TOPICS, 2)) + ",",
            countries="," + ",".join(rng.sample(COUNTRIES, 2)) + ",",
        )
        for field in ("myth", "short_answer", "body"):
            if field in sheet:
                sheet[field] = sheet.get(f"{field}_en")
        sheets.append([sheet[c] for c in sheet_columns])
    with transaction.atomic(), connection.cursor() as cursor:
        for table, columns, rows in (
            ("wagtailcore_page", page_columns, pages),
            (FactSheetPage._meta.db_table, sheet_columns, sheets),
        ):
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
        cursor.execute(
            "UPDATE wagtailcore_page SET numchild = numchild + %s WHERE id = %s", [count, index.pk]
        )
    template.delete()
    return time.perf_counter() - started


def _base36(number, width):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out.rjust(width, "0")


def latency(client):
    timings = []
    urls = [f"/{lang}/search/?q={q.replace(' ', '+')}" for lang in QUERIES for q in QUERIES[lang]]
    urls += [url + "&country=US" for url in urls[:5]] + [url + "&sort=newest" for url in urls[5:10]]
    for url in urls[:3]:
        client.get(url)  # warm up
    for run in range(args.runs):
        url = urls[run % len(urls)]
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    timings.sort()
    return statistics.median(timings), timings[int(0.95 * (len(timings) - 1))]


print(f"Generating {args.count} fact sheets (en + es)…", flush=True)
seconds = generate(args.count)
print(f"  generated in {seconds:.0f} s")
client = Client(HTTP_HOST="localhost")
rows = []

with override_settings(SEARCH_ELASTICSEARCH_URL=None):
    _client.cache_clear()
    stats = rebuild()
    median, p95 = latency(client)
    rows.append(("database (SQLite FTS5)", stats.documents, stats.rate, median, p95))

server = OsmemServer.start(japanese=False)
try:
    with override_settings(
        SEARCH_ELASTICSEARCH_URL=server.url, SEARCH_INDEX_TIMEOUT=60, SEARCH_TIMEOUT=30
    ):
        _client.cache_clear()
        stats = rebuild()
        assert stats.elasticsearch, stats.error
        median, p95 = latency(client)
        rows.append(("osmem (Elasticsearch emulator)*", stats.documents, stats.rate, median, p95))
finally:
    server.close()
    _client.cache_clear()

print()
print(f"{'backend':<34}{'documents':>10}{'rebuild docs/s':>16}{'median ms':>11}{'p95 ms':>9}")
for name, documents, rate, median, p95 in rows:
    print(f"{name:<34}{documents:>10}{rate:>16.0f}{median:>11.1f}{p95:>9.1f}")
print()
print(
    "* osmem-server is an in-memory emulator on this machine (2 shared cores): its figures show the"
)
print("  code path at this size, not the speed of a real Elasticsearch cluster. Its rebuild rate")
print("  includes building the database index too (both are written in one pass).")

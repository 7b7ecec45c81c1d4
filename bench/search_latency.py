"""Search latency as content grows: fact sheets generated in English and
Spanish (1,000 and 10,000 by default, so 2,000 and 20,000 documents; 100,000
with ``--sizes 1000,10000,100000``, which takes a long time), then for each
backend and size the median and 95th percentile of a fixed set of searches
through the Django view (plain words, typos, facets, newest first, across
languages), the same for the home page uncached (measured in the same loop,
interleaved), the ratio between them, and the growth from the smallest size to
the next.

Backends: the database (SQLite FTS5 by default; PostgreSQL with
``--database-url postgres://…/NAME``, a database this script drops and
recreates) and Elasticsearch, emulated by osmem-server on this machine (its
figures show the code path at this size, not the speed of a real cluster;
skip it with ``--no-engine``).

Run: .venv/bin/python bench/search_latency.py [--sizes 1000,10000] [--runs 5]
"""

import argparse
import os
import random
import statistics
import sys
import time
import uuid

parser = argparse.ArgumentParser()
parser.add_argument("--sizes", default="1000,10000")
parser.add_argument("--runs", type=int, default=5, help="rounds of the query set per size")
parser.add_argument("--database-url", default="")
parser.add_argument("--no-engine", action="store_true")
args = parser.parse_args()
SIZES = [int(size) for size in args.sizes.split(",")]

if args.database_url:
    from pathlib import Path

    import psycopg
    from psycopg import sql

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    os.environ["DATABASE_URL"] = args.database_url
    base, name = args.database_url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    DATABASE_NAME = "PostgreSQL full text"
else:
    from _setup import demo_site

    demo_site()
    DATABASE_NAME = "SQLite FTS5 (embedded default)"

from django.db import transaction  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

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
# A fixed set: plain words, typos, facets, newest first, across languages.
QUERIES = [
    "/en/search/?q=migrants+economy",
    "/en/search/?q=remittances",
    "/en/search/?q=econmy+migrnts",  # typos
    "/en/search/?q=trafficking+victims&country=US",  # facet
    "/en/search/?q=health+workers&sort=newest",  # newest first
    "/en/search/?q=asylum+border&topic=protection&verdict=false",
    "/es/search/?q=migrantes+economia",
    "/es/search/?q=economia+migrnates",  # typo
    "/es/search/?q=victimas+de+trata&country=MX",
    "/es/search/?q=salud+trabajadores&sort=newest",
    "/ht/search/?q=remesas+migrantes&language=all",  # across languages
    "/fr/search/?q=climate+disaster&language=all",
]
HOME = "/en/"


def sentence(rng, language, length):
    return " ".join(rng.choice(WORDS[language]) for _ in range(length)).capitalize() + "."


def _row(table, pk_column, pk):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f'SELECT * FROM "{table}" WHERE "{pk_column}" = %s', [pk])
        columns = [col[0] for col in cursor.description]
        return columns, list(cursor.fetchone())


def generate(count, start=0):
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
    first_child = int(index.get_last_child().path[-4:], 36) + 1
    pages, sheets = [], []
    for number in range(start, start + count):
        pk = next_id + number - start
        page = dict(zip(page_columns, page_row, strict=False))
        slug = f"bench-{number}"
        page.update(
            id=pk,
            path=index.path + _base36(first_child + number - start, 4),
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
        if connection.vendor == "postgresql":  # explicit ids do not move the sequence
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('wagtailcore_page', 'id'), MAX(id)) "
                "FROM wagtailcore_page"
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


def _analyze():
    """PostgreSQL: fresh planner statistics after the bulk load, as
    autovacuum gives a live database (without them it plans for the table
    of a few hundred rows it last saw)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(client):
    """(search p50, p95, home p50, p95) in ms: every search of the set and the
    home page, interleaved, ``--runs`` rounds after one warm-up round."""
    searches, home = [], []

    def get(url, into):
        start = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - start) * 1000
        assert response.status_code == 200, (url, response.status_code)
        if into is not None:
            into.append(elapsed)

    for url in [*QUERIES, HOME]:
        get(url, None)
    for _round in range(args.runs):
        for url in QUERIES:
            get(url, searches)
            get(HOME, home)
    return (
        statistics.median(searches),
        percentile(searches, 0.95),
        statistics.median(home),
        percentile(home, 0.95),
    )


def engine_server():
    from osmem_server import OsmemServer

    return OsmemServer.start(japanese=False)


client = Client(HTTP_HOST="localhost")
rows = []
server = None if args.no_engine else engine_server()
generated = 0
try:
    for size in SIZES:
        print(f"Generating fact sheets up to {size:,} (en + es)…", flush=True)
        seconds = generate(size - generated, start=generated)
        generated = size
        print(f"  generated in {seconds:.0f} s", flush=True)
        backends = [(DATABASE_NAME, None)]
        if server is not None:
            backends.append(("osmem (Elasticsearch emulator)*", server.url))
        for name, url in backends:
            with override_settings(
                SEARCH_ELASTICSEARCH_URL=url,
                SEARCH_INDEX_TIMEOUT=120,
                SEARCH_TIMEOUT=30,
                PAGE_CACHE_ENABLED=False,
                RATELIMIT_ENABLED=False,
            ):
                _client.cache_clear()
                stats = rebuild()
                assert url is None or stats.elasticsearch, stats.error
                _analyze()
                p50, p95, home50, home95 = measure(client)
                rows.append((name, size, stats.documents, p50, p95, home50, home95))
                print(f"  {name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms", flush=True)
finally:
    if server is not None:
        server.close()
    _client.cache_clear()

print()
print(
    f"{'backend':<34}{'sheets':>8}{'docs':>8}{'p50 ms':>8}{'p95 ms':>8}"
    f"{'home p50':>10}{'home p95':>10}{'p95/home p95':>14}{'p95 growth':>12}"
)
first = {}
for name, size, documents, p50, p95, home50, home95 in rows:
    growth = f"{p95 / first[name]:.2f}×" if name in first else "–"
    first.setdefault(name, p95)
    print(
        f"{name:<34}{size:>8,}{documents:>8,}{p50:>8.1f}{p95:>8.1f}"
        f"{home50:>10.1f}{home95:>10.1f}{p95 / home95:>13.2f}×{growth:>12}"
    )
print()
print("Growth: p95 at each size over p95 at the smallest size, same backend.")
print("* osmem-server is an in-memory emulator on this machine (2 shared cores): its figures show")
print("  the code path at this size, not the speed of a real Elasticsearch cluster.")

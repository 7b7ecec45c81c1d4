"""Bytes of the region map as pages would send it: the inline SVG (with its
list when countries are links) and its stylesheet, raw and gzip-compressed,
in each language. No database needed.

Run: .venv/bin/python bench/region_map.py
"""

import gzip
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.template import Context, Template  # noqa: E402
from django.utils import translation  # noqa: E402

from geography.places import COUNTRIES  # noqa: E402
from languages.codes import language_codes  # noqa: E402

TEMPLATE = Template("{% load geography_tags %}{% region_map highlight=highlight urls=urls %}")
EVERY_COUNTRY = {"region": "/rights/country/region/"} | {
    code: f"/rights/country/{code.lower()}/" for code in COUNTRIES
}
VARIANTS = {
    "plain map": {},
    "Haiti highlighted": {"highlight": "HT"},
    "Caribbean highlighted": {"highlight": "caribbean"},
    "every country a link, with list": {"urls": EVERY_COUNTRY, "highlight": "MX"},
}


def sizes(text):
    data = text.encode("utf-8")
    return len(data), len(gzip.compress(data, compresslevel=6))


css = (ROOT / "geography" / "static" / "geography" / "region-map.css").read_text(encoding="utf-8")
print(f"{'variant':<34}{'lang':>5}{'bytes':>9}{'gzip':>8}")
for name, context in VARIANTS.items():
    for code in language_codes():
        with translation.override(code):
            html = TEMPLATE.render(Context({"highlight": None, "urls": None, **context}))
        raw, packed = sizes(html)
        print(f"{name:<34}{code:>5}{raw:>9}{packed:>8}")
raw, packed = sizes(css)
print(f"{'stylesheet region-map.css':<34}{'':>5}{raw:>9}{packed:>8}")

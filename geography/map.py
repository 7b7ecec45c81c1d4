"""The region's map: a static, accessible inline SVG.

The shapes are Natural Earth's public-domain boundaries, converted once by
``scripts/build_region_map.sh`` into ``data/region_map.json`` (simplified,
projected path data); nothing is fetched or converted at run time. The Eastern
Caribbean, whose islands are too small to see or tap on the whole map, is
drawn again, magnified, in an inset.
"""

import json
from functools import cache
from pathlib import Path

from geography.places import COUNTRIES, countries_in, place_name, sort_key

DATA = Path(__file__).resolve().parent / "data" / "region_map.json"
MARKER_RADIUS = 11  # the ring drawn around a tiny island state in the inset


@cache
def shapes():
    """The committed path data, read once per process."""
    with open(DATA, encoding="utf-8") as handle:
        return json.load(handle)


def region_map(highlight=None, urls=None, language=None):
    """What ``geography/region_map.html`` draws.

    ``highlight``: a country or area code whose countries are drawn
    highlighted. ``urls``: ``{code: url}``; those countries become links, and
    the map gets a list of the same links beside it (the way in for keyboards,
    screen readers and small screens; the region's own URL, under ``region``,
    is listed first). Names are in ``language`` (default: the reader's).
    """
    data = shapes()
    urls = urls or {}
    lit = countries_in(highlight) if highlight else frozenset()
    inset = data["inset"]

    def country(code, d, marker=None):
        return {
            "code": code,
            "name": place_name(code, language),
            "d": d,
            "url": urls.get(code, ""),
            "highlighted": code in lit,
            "marker": marker,
        }

    countries = [country(code, data["countries"][code]) for code in COUNTRIES]
    # The region (or another area) first, then the countries by name.
    links = [
        {"name": place_name(code, language), "url": url, "current": code == highlight}
        for code, url in sorted(
            urls.items(),
            key=lambda item: (item[0] in COUNTRIES, sort_key(place_name(item[0], language))),
        )
    ]
    x, y, width, height = inset["box"]
    return {
        "width": data["width"],
        "height": data["height"],
        "land": data["land"],
        "countries": countries,
        "inset": {
            "x": x,
            "y": y,
            "width": width,
            "height": height,
            "label_y": y + 16,
            "source": dict(zip(("x", "y", "width", "height"), inset["source"], strict=True)),
            "land": inset["land"],
            "countries": [
                country(code, d, inset["markers"].get(code))
                for code, d in inset["countries"].items()
            ],
        },
        "marker_radius": MARKER_RADIUS,
        "highlight_name": place_name(highlight, language) if highlight else "",
        "links": links,
    }

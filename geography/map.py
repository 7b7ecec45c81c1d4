"""The region's map: a static, accessible inline SVG.

The shapes are Natural Earth's public-domain boundaries, converted once by
``scripts/build_region_map.sh`` into ``data/region_map.json`` (simplified,
projected path data); nothing is fetched or converted at run time. The Eastern
Caribbean, whose islands are too small to see or tap on the whole map, is
drawn again, magnified, in an inset.
"""

import json
import re
from functools import cache
from pathlib import Path

from geography.places import COUNTRIES, countries_in, place_name, sort_key

DATA = Path(__file__).resolve().parent / "data" / "region_map.json"
MARKER_RADIUS = 11  # the ring drawn around a tiny island state in the inset
# A linked country is tapped through a labelled pin, not its shape (most shapes
# are far smaller than a finger): sizes in map units, 1000 across, so a pin is
# at least 24 CSS pixels tall on a 320-pixel screen.
PIN_HEIGHT = 80
PIN_FONT = 38
PIN_PADDING = 22
PIN_CHAR_WIDTH = 0.6  # of the font size, a generous average for bold sans-serif


@cache
def shapes():
    """The committed path data, read once per process."""
    with open(DATA, encoding="utf-8") as handle:
        return json.load(handle)


def _rings(d):
    """The rings of a path written as ``M x y`` then relative ``l dx dy`` steps
    (how ``scripts/region_map.mjs`` writes them), as lists of points."""
    rings, x, y = [], 0.0, 0.0
    for command, numbers in re.findall(r"([MlzZ])([^MlzZ]*)", d):
        values = [float(n) for n in re.findall(r"-?\d*\.?\d+", numbers)]
        if command == "M":
            x, y = values[0], values[1]
            rings.append([(x, y)])
            values = values[2:]  # further pairs after M are absolute line-tos
            for i in range(0, len(values) - 1, 2):
                x, y = values[i], values[i + 1]
                rings[-1].append((x, y))
        elif command == "l":
            for i in range(0, len(values) - 1, 2):
                x, y = x + values[i], y + values[i + 1]
                rings[-1].append((x, y))
    return rings


@cache
def anchor(code):
    """Where a country's pin goes: the centre of its largest ring's box (its
    inset marker for a small island state)."""
    data = shapes()
    marker = data["inset"]["markers"].get(code)
    if marker:
        return tuple(marker)
    best = None
    for ring in _rings(data["countries"][code]):
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        box = (min(xs), min(ys), max(xs), max(ys))
        area = (box[2] - box[0]) * (box[3] - box[1])
        if best is None or area > best[0]:
            best = (area, box)
    box = best[1]
    return round((box[0] + box[2]) / 2), round((box[1] + box[3]) / 2)


def _pin(code, name, url, frame):
    """A labelled pill centred on the country, kept inside ``frame`` (x, y, w, h)."""
    x, y = anchor(code)
    width = round(len(name) * PIN_FONT * PIN_CHAR_WIDTH + 2 * PIN_PADDING)
    fx, fy, fw, fh = frame
    left = min(max(x - width / 2, fx + 4), fx + fw - width - 4)
    top = min(max(y - PIN_HEIGHT / 2, fy + 4), fy + fh - PIN_HEIGHT - 4)
    return {
        "code": code,
        "name": name,
        "url": url,
        "x": round(left),
        "y": round(top),
        "width": width,
        "height": PIN_HEIGHT,
        "radius": PIN_HEIGHT // 2,
        "text_x": round(left + width / 2),
        "text_y": round(top + PIN_HEIGHT / 2 + PIN_FONT * 0.35),
        "font": PIN_FONT,
    }


def _highlighted(highlight):
    codes = [highlight] if isinstance(highlight, str) else list(highlight or [])
    lit = frozenset().union(*(countries_in(code) for code in codes)) if codes else frozenset()
    return codes, lit


def region_map(highlight=None, urls=None, language=None, listed=True):
    """What ``geography/region_map.html`` draws.

    ``highlight``: a country or area code, or a list of them, whose countries
    are drawn highlighted. ``urls``: ``{code: url}``; those countries get a
    labelled pin that is a link (big enough to tap), and the map gets a list of
    the same links beside it (the way in for screen readers and keyboards; the
    region's own URL, under ``region``, is listed first; ``listed=False``
    when the page lists them itself). Names are in ``language`` (default:
    the reader's).
    """
    data = shapes()
    urls = urls or {}
    codes, lit = _highlighted(highlight)
    inset = data["inset"]
    inset_frame = tuple(inset["box"])
    whole_frame = (0, 0, data["width"], data["height"])

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
    pins = [
        _pin(
            code,
            place_name(code, language),
            url,
            inset_frame if code in inset["markers"] else whole_frame,
        )
        for code, url in urls.items()
        if code in COUNTRIES
    ]
    # The region (or another area) first, then the countries by name.
    links = listed and [
        {"name": place_name(code, language), "url": url, "current": code in codes}
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
        "pins": pins,
        "highlight_name": ", ".join(place_name(code, language) for code in codes),
        "links": links,
    }

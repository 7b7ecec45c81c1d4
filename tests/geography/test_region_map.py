"""The region map: a static inline SVG of the region's 25 countries, with a
highlight, links and a list beside it, named in the reader's language."""

import re
from html import unescape

import pytest
from django.template import Context, Template
from django.utils import translation

from geography.places import COUNTRIES, countries_in, place_name

LANGUAGES = ["en", "es", "fr", "ht"]


def render(language="en", **context):
    template = Template("{% load geography_tags %}{% region_map highlight=highlight urls=urls %}")
    with translation.override(language):
        return template.render(Context({"highlight": None, "urls": None, **context}))


def titles(html):
    return [unescape(title) for title in re.findall(r"<title>([^<]+)</title>", html)]


def highlighted(html):
    return {
        unescape(name)
        for name in re.findall(
            r'class="region-map__country is-highlighted[^"]*"[^>]*><title>([^<]+)', html
        )
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_country_is_drawn_and_named_in_the_readers_language(language):
    html = render(language)
    names = {place_name(code, language) for code in COUNTRIES}
    assert names <= set(titles(html))
    assert len(re.findall(r'<path class="region-map__country', html)) >= 25
    assert "<script" not in html


def test_without_links_the_map_is_one_labelled_image():
    html = render("es", highlight="HT")
    assert (
        'role="img" aria-label="Mapa de Centroamérica, Norteamérica y el Caribe; se resalta: Haití"'
        in html
    )
    assert "<a " not in html
    assert '<figcaption class="region-map__caption">Haití</figcaption>' in html


def test_a_country_is_highlighted_alone():
    html = render("fr", highlight="HT")
    assert highlighted(html) == {"Haïti"}


def test_a_small_island_state_is_highlighted_in_the_inset_with_its_marker():
    html = render("en", highlight="GD")
    assert highlighted(html) == {"Grenada"}
    assert re.search(
        r'<circle class="region-map__marker is-highlighted"[^>]*><title>Grenada</title>', html
    )


@pytest.mark.parametrize("area", ["central-america", "caribbean", "north-america"])
def test_a_sub_region_highlights_each_of_its_countries(area):
    html = render("en", highlight=area)
    assert highlighted(html) == {place_name(code, "en") for code in countries_in(area)}
    assert f"{place_name(area, 'en')}, highlighted on a map of" in html


def test_countries_with_urls_get_a_pin_to_tap_and_are_listed_beside_the_map():
    urls = {
        "region": "/ht/rights/country/region/",
        "MX": "/ht/rights/country/mx/",
        "CR": "/ht/rights/country/cr/",
    }
    html = render("ht", urls=urls, highlight="MX")
    # The map is a named group; its drawing is decoration, its links are pins
    # (a labelled pill, big enough to tap) named by their text.
    assert re.search(r'<svg class="region-map__svg"[^>]*role="group"', html)
    assert "<title>Kat Amerik Santral, Amerik di Nò ak Karayib la: chwazi yon peyi</title>" in html
    pins = re.findall(
        r'<a class="region-map__pin" href="([^"]+)"><rect [^>]*height="(\d+)"[^>]*/>'
        r"<text [^>]*>([^<]+)</text></a>",
        html,
    )
    assert [(url, name) for url, _h, name in pins] == [
        ("/ht/rights/country/mx/", "Meksik"),
        ("/ht/rights/country/cr/", "Kosta Rika"),
    ]
    # 80 map units: 24 CSS pixels when the map is 300 pixels wide.
    assert all(int(height) * 300 / 1000 >= 24 for _u, height, _n in pins)
    # Country shapes are not links (most are too small to tap).
    assert not re.search(r"<a [^>]*><path", html)
    # The list is the way in for screen readers and small screens: region first.
    items = re.findall(r'<li><a href="([^"]+)"( aria-current="true")?>([^<]+)</a></li>', html)
    assert items == [
        ("/ht/rights/country/region/", "", "Amerik Santral, Amerik di Nò ak Karayib la"),
        ("/ht/rights/country/cr/", "", "Kosta Rika"),
        ("/ht/rights/country/mx/", ' aria-current="true"', "Meksik"),
    ]


def test_a_page_that_lists_the_places_itself_gets_the_pins_only():
    template = Template("{% load geography_tags %}{% region_map urls=urls listed=False %}")
    with translation.override("es"):
        html = template.render(Context({"urls": {"region": "/r/", "CR": "/cr/"}}))
    assert '<a class="region-map__pin" href="/cr/">' in html
    assert "region-map__list" not in html


def test_several_places_are_highlighted_together():
    html = render("en", highlight=["US", "CA", "MX"])
    assert highlighted(html) == {"United States", "Canada", "Mexico"}
    assert "United States, Canada, Mexico, highlighted on a map of" in html


def test_urls_are_escaped():
    html = render("en", urls={"HT": '/x/?a=1&b="2"'})
    assert 'href="/x/?a=1&amp;b=&quot;2&quot;"' in html


def test_the_map_is_valid_html(nu_check):
    page = (
        '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Map</title>'
        '<link rel="stylesheet" href="/static/geography/region-map.css"></head>'
        "<body><main>{map}</main></body></html>"
    )
    documents = {
        "highlight": page.format(lang="fr", map=render("fr", highlight="central-america")),
        "links": page.format(
            lang="es",
            map=render("es", highlight="GD", urls={"region": "/r/", "GD": "/gd/", "HT": "/ht/"}),
        ),
    }
    assert nu_check(documents) == {"highlight": [], "links": []}

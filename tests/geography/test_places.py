"""One vocabulary of places: every app names a country or the region the same
way, in every language."""

import re

import pytest
from django.utils import translation

from geography.places import (
    COUNTRIES,
    REGION,
    canonical,
    countries_in,
    country_choices,
    geography_choices,
    place_name,
)
from search import facets

LANGUAGES = ["en", "es", "fr", "ht"]


def _guide_place(client, lang, slug):
    """The place a rights guide names under its title."""
    html = client.get(f"/{lang}/rights/{slug}/").content.decode()
    return re.search(
        r'<p class="guide__meta">\s*<span>(?:<svg.*?</svg>)?([^<]+)</span>', html
    ).group(1)


def _statistic_place(client, lang, key):
    """The place a statistic's card names beside its period."""
    html = client.get(f"/{lang}/embed/statistic/{key}/").content.decode()
    return re.search(r'<p class="embed-card__meta">([^<]+), [^<]+</p>', html).group(1)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("guide", "statistic", "code"),
    [
        ("mexico-in-transit", "mexico-north-south-migrants", "MX"),
        ("your-rights-in-the-region", "region-population", REGION),
    ],
)
def test_a_rights_guide_and_a_statistic_name_the_same_place_alike(
    client, db, lang, guide, statistic, code
):
    on_guide = _guide_place(client, lang, guide)
    assert on_guide == _statistic_place(client, lang, statistic)
    assert on_guide == place_name(code, lang)
    with translation.override(lang):
        assert facets.label("country", code) == on_guide


def test_fact_sheet_countries_use_the_same_names(client, db):
    html = client.get("/es/facts/our-region-is-a-main-migration-region/").content.decode()
    assert "Estados Unidos, Canadá, México" in html


@pytest.mark.parametrize(
    ("lang", "names"),
    [
        ("en", ["Haiti", "United States", "Dominican Republic"]),
        ("es", ["Haití", "Estados Unidos", "República Dominicana"]),
        ("fr", ["Haïti", "États-Unis", "République dominicaine"]),
        ("ht", ["Ayiti", "Etazini", "Repiblik Dominikèn"]),
    ],
)
def test_country_names_come_from_cldr_and_the_kreyol_table(lang, names):
    assert [place_name(code, lang) for code in ("HT", "US", "DO")] == names


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_place_has_a_name_in_every_language(lang):
    for code, _label in geography_choices():
        name = place_name(code, lang)
        assert name and name != code
    if lang != "en":
        english = {code: place_name(code, "en") for code in COUNTRIES}
        # Most names differ from the English ones (a few, like Panama, do not).
        assert sum(place_name(code, lang) != english[code] for code in COUNTRIES) > 12


def test_region_names_are_translated():
    assert place_name(REGION, "es") == "Centroamérica, Norteamérica y el Caribe"
    assert place_name("caribbean", "ht") == "Karayib"


def test_the_region_has_its_25_countries_and_sub_regions_cover_them():
    assert len(COUNTRIES) == 25
    assert countries_in(REGION) == set(COUNTRIES)
    assert countries_in("north-america") == {"US", "CA"}
    assert countries_in("mesoamerica") == {"MX", *countries_in("central-america")}
    assert countries_in("north-america") | countries_in("mesoamerica") | countries_in(
        "caribbean"
    ) == set(COUNTRIES)
    assert countries_in("HT") == {"HT"}
    assert countries_in("ZZ") == set()


def test_codes_are_recognised_whatever_their_case():
    assert canonical("mx") == "MX"
    assert canonical("REGION") == REGION
    assert canonical("Central-America") == "central-america"
    assert canonical("zz") is None
    assert canonical("") is None


def test_countries_are_listed_by_name_in_the_readers_language():
    with translation.override("fr"):
        names = [str(name) for _code, name in country_choices()]
    assert names.index("États-Unis") < names.index("Grenade") < names.index("Haïti")
    with translation.override("en"):
        names = [str(name) for _code, name in country_choices()]
    assert names.index("Haiti") < names.index("United States")

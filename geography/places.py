"""The region the site covers, its sub-regions and its countries.

Codes: ``region`` is the whole region (Central America, North America and the
Caribbean, as the IOM regional office in San José covers it: 25 countries);
sub-regions and the wider areas a statistic may describe have lowercase slugs;
countries are ISO 3166-1 alpha-2 codes. Every app that stores a place stores
one of these codes and asks here for its name.

Country names come from CLDR through Babel, in the reader's language. CLDR
has no country names in Haitian Creole: those come from the table below, and
a language with neither falls back along the site's language fallback chain.
Region names are ours (the seed's definitions), translated with gettext.
"""

import functools
import unicodedata

from django.conf import settings
from django.utils import translation
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from languages.fallback import fallback_chain
from languages.formatting import babel_locale, language_of

REGION = "region"

# The 25 countries of the region (ISO 3166-1 alpha-2).
COUNTRIES = (
    "AG",
    "BB",
    "BS",
    "BZ",
    "CA",
    "CR",
    "CU",
    "DM",
    "DO",
    "GD",
    "GT",
    "GY",
    "HN",
    "HT",
    "JM",
    "KN",
    "LC",
    "MX",
    "NI",
    "PA",
    "SR",
    "SV",
    "TT",
    "US",
    "VC",
)
_CENTRAL_AMERICA = ("BZ", "CR", "GT", "HN", "NI", "PA", "SV")
_CARIBBEAN = (
    "AG",
    "BB",
    "BS",
    "CU",
    "DM",
    "DO",
    "GD",
    "GY",
    "HT",
    "JM",
    "KN",
    "LC",
    "SR",
    "TT",
    "VC",
)

# Named areas, in the order editors choose from, with the region's countries
# each one covers. "North America" is the United States and Canada and
# "Mesoamerica" is Mexico and Central America, as the IOM strategy defines them;
# the last two reach beyond the region (a statistic may describe them).
AREAS = {
    REGION: (_("Central America, North America and the Caribbean"), COUNTRIES),
    "north-america": (_("North America"), ("CA", "US")),
    "mesoamerica": (_("Mesoamerica"), ("MX", *_CENTRAL_AMERICA)),
    "central-america": (_("Central America"), _CENTRAL_AMERICA),
    "caribbean": (_("Caribbean"), _CARIBBEAN),
    "mesoamerica-caribbean": (
        _("Mesoamerica and the Caribbean"),
        ("MX", *_CENTRAL_AMERICA, *_CARIBBEAN),
    ),
    "latin-america-caribbean": (
        _("Latin America and the Caribbean"),
        tuple(code for code in COUNTRIES if code not in ("CA", "US")),
    ),
    "world": (_("World"), COUNTRIES),
}

# Country names CLDR lacks.
COUNTRY_NAMES = {
    "ht": {
        "AG": "Antigwa ak Barbuda",
        "BB": "Barbad",
        "BS": "Bahamas",
        "BZ": "Beliz",
        "CA": "Kanada",
        "CR": "Kosta Rika",
        "CU": "Kiba",
        "DM": "Dominik",
        "DO": "Repiblik Dominikèn",
        "GD": "Grenad",
        "GT": "Gwatemala",
        "GY": "Giyana",
        "HN": "Ondiras",
        "HT": "Ayiti",
        "JM": "Jamayik",
        "KN": "Sen Kits ak Nevis",
        "LC": "Sent Lisi",
        "MX": "Meksik",
        "NI": "Nikaragwa",
        "PA": "Panama",
        "SR": "Sirinam",
        "SV": "Salvadò",
        "TT": "Trinite ak Tobago",
        "US": "Etazini",
        "VC": "Sen Vensan ak Grenadin",
    },
}


def canonical(code):
    """The code as stored (``"mx"`` → ``"MX"``, ``"REGION"`` → ``"region"``), or
    ``None`` for a code that is not a place of the site."""
    code = str(code or "").strip()
    if code.upper() in COUNTRIES:
        return code.upper()
    return code.lower() if code.lower() in AREAS else None


def country_name(code, language=None):
    """A country's name in ``language`` (default: the reader's)."""
    for candidate in fallback_chain(language_of(language)):
        name = COUNTRY_NAMES.get(candidate, {}).get(code)
        if name is None and babel_locale(candidate).language == candidate:
            name = babel_locale(candidate).territories.get(code)
        if name:
            return name
    return code


def place_name(code, language=None):
    """The name of a country, the region, a sub-region or a wider area."""
    return _place_name(code, language or translation.get_language() or settings.LANGUAGE_CODE)


@functools.lru_cache(maxsize=2048)
def _place_name(code, language):
    """Remembered per process: names come from the catalogues and CLDR."""
    if code in AREAS:
        with translation.override(language or translation.get_language()):
            return str(AREAS[code][0])
    return country_name(code, language) if code in COUNTRIES else str(code)


lazy_place_name = lazy(place_name, str)


def countries_in(code):
    """The region's countries a place covers: itself for a country, every
    country of an area, nothing for an unknown code."""
    if code in COUNTRIES:
        return frozenset([code])
    return frozenset(AREAS[code][1]) if code in AREAS else frozenset()


def sort_key(name):
    """Alphabetical order for readers: accents and case do not count."""
    decomposed = unicodedata.normalize("NFKD", str(name).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def country_choices():
    """The 25 countries, by name in the reader's language."""
    return sorted(
        ((code, lazy_place_name(code)) for code in COUNTRIES), key=lambda item: sort_key(item[1])
    )


def country_or_region_choices():
    """The whole region, then each country: what a rights guide or a help
    contact is about."""
    return [(REGION, lazy_place_name(REGION)), *country_choices()]


def geography_choices():
    """The region, its sub-regions and wider areas, then each country: what a
    statistic describes."""
    return [*((code, lazy_place_name(code)) for code in AREAS), *country_choices()]

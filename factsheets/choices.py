"""Controlled vocabularies of the statistics library and fact sheets."""

from django.db import models
from django.utils.functional import lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Unit(models.TextChoices):
    PERCENT = "percent", _("Percent")
    PEOPLE = "people", _("People")
    USD = "usd", _("US dollars")
    COUNT = "count", _("Count")
    RATIO = "ratio", _("Ratio")


class Verdict(models.TextChoices):
    FALSE = "false", _("False")
    MISLEADING = "misleading", _("Misleading")
    MISSING_CONTEXT = "missing-context", _("Missing context")
    TRUE = "true", _("True")


# ClaimReview ratings: 1 (false) to 5 (true).
VERDICT_RATINGS = {"false": 1, "misleading": 2, "missing-context": 3, "true": 5}


class Topic(models.TextChoices):
    """The seven strategic working areas of the IOM regional strategy."""

    PROTECTION = "protection", _("Protecting the most vulnerable migrants")
    MANAGEMENT = "management", _("Migration management capacities")
    BENEFITS = "benefits", _("Benefits of orderly migration")
    HEALTH = "health", _("Health as a migration priority")
    EMERGENCIES = "emergencies", _("Emergencies and crises")
    CLIMATE = "climate", _("Climate change and disaster prevention")
    POLICY = "policy", _("Migration policy")


REGIONS = [
    ("region", _("Central America, North America and the Caribbean")),
    ("north-america", _("North America")),
    ("mesoamerica", _("Mesoamerica")),
    ("central-america", _("Central America")),
    ("caribbean", _("Caribbean")),
    ("mesoamerica-caribbean", _("Mesoamerica and the Caribbean")),
    ("latin-america-caribbean", _("Latin America and the Caribbean")),
    ("world", _("World")),
]

# ISO 3166-1 alpha-2 codes of the countries of the region; names come from CLDR.
COUNTRY_CODES = [
    "AG",
    "BS",
    "BB",
    "BZ",
    "CA",
    "CR",
    "CU",
    "DM",
    "DO",
    "SV",
    "GD",
    "GT",
    "GY",
    "HT",
    "HN",
    "JM",
    "MX",
    "NI",
    "PA",
    "KN",
    "LC",
    "VC",
    "SR",
    "TT",
    "US",
]

# CLDR has no territory names for Haitian Creole yet.
_HT_COUNTRY_NAMES = {
    "HT": "Ayiti",
    "US": "Etazini",
    "MX": "Meksik",
    "CA": "Kanada",
    "DO": "Repiblik Dominikèn",
    "CU": "Kiba",
    "JM": "Jamayik",
    "GT": "Gwatemala",
    "HN": "Ondiras",
    "SV": "Salvadò",
    "NI": "Nikaragwa",
    "CR": "Kosta Rika",
    "PA": "Panama",
    "BZ": "Beliz",
    "BS": "Bahamas",
    "TT": "Trinite ak Tobago",
    "AG": "Antigwa ak Barbuda",
    "BB": "Barbad",
    "DM": "Dominik",
    "GD": "Grenad",
    "GY": "Giyana",
    "KN": "Sen Kits ak Nevis",
    "LC": "Sent Lisi",
    "VC": "Sen Vensan ak Grenadin",
    "SR": "Sirinam",
}


def country_name(code, language=None):
    """A country's name in the reader's language, from CLDR (Babel)."""
    from babel import Locale

    language = (language or get_language() or "en").split("-")[0]
    if language == "ht" and code in _HT_COUNTRY_NAMES:
        return _HT_COUNTRY_NAMES[code]
    try:
        locale = Locale.parse(language)
    except (ValueError, LookupError):  # an unknown locale: English names
        locale = Locale.parse("en")
    return locale.territories.get(code) or Locale.parse(
        "fr" if language == "ht" else "en"
    ).territories.get(code, code)


lazy_country_name = lazy(country_name, str)


def country_choices():
    return [(code, lazy_country_name(code)) for code in COUNTRY_CODES]


def geography_choices():
    """Regions and sub-regions first, then the countries of the region."""
    return [*REGIONS, *country_choices()]


def geography_label(code):
    return dict(geography_choices()).get(code, code)

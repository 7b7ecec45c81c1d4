"""Countries and topics a rights guide can be about.

Countries are the ISO 3166-1 alpha-2 codes of the region the site covers
(Central America, North America and the Caribbean), plus ``REGION`` for guides
that apply to the whole region. Names go through gettext so every language
reads them in its own words (Django ships no country names).
"""

from django.utils.translation import gettext_lazy as _

REGION = "REGION"

COUNTRIES = [
    ("AG", _("Antigua and Barbuda")),
    ("BS", _("Bahamas")),
    ("BB", _("Barbados")),
    ("BZ", _("Belize")),
    ("CA", _("Canada")),
    ("CR", _("Costa Rica")),
    ("CU", _("Cuba")),
    ("DM", _("Dominica")),
    ("DO", _("Dominican Republic")),
    ("SV", _("El Salvador")),
    ("GD", _("Grenada")),
    ("GT", _("Guatemala")),
    ("HT", _("Haiti")),
    ("HN", _("Honduras")),
    ("JM", _("Jamaica")),
    ("MX", _("Mexico")),
    ("NI", _("Nicaragua")),
    ("PA", _("Panama")),
    ("KN", _("Saint Kitts and Nevis")),
    ("LC", _("Saint Lucia")),
    ("VC", _("Saint Vincent and the Grenadines")),
    ("TT", _("Trinidad and Tobago")),
    ("US", _("United States")),
]

COUNTRY_CHOICES = [(REGION, _("The whole region")), *COUNTRIES]
COUNTRY_NAMES = dict(COUNTRY_CHOICES)


class Topic:
    ASYLUM = "asylum"
    TRAFFICKING = "trafficking"
    CHILDREN = "children"
    WORK = "work"
    HEALTH = "health"
    DETENTION = "detention"
    RETURN = "return"
    DISASTERS = "disasters"


TOPIC_CHOICES = [
    (Topic.ASYLUM, _("Asylum and refugee status")),
    (Topic.TRAFFICKING, _("Victims of trafficking")),
    (Topic.CHILDREN, _("Unaccompanied children")),
    (Topic.WORK, _("Work and labour rights")),
    (Topic.HEALTH, _("Health care")),
    (Topic.DETENTION, _("Detention and deportation")),
    (Topic.RETURN, _("Voluntary return and reintegration")),
    (Topic.DISASTERS, _("Displacement by disasters")),
]
TOPIC_NAMES = dict(TOPIC_CHOICES)

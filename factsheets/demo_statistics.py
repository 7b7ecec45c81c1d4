"""Every figure in the IOM Regional Strategy for Central and North America and
the Caribbean 2014–2016, as a statistic citing that document. Values are
copied from the document; the period is the year the document gives, or 2014
(the strategy's reference year, “as of January 2014”, “currently”) when it
gives none."""

import datetime
from decimal import Decimal

Y2013 = (datetime.date(2013, 1, 1), datetime.date(2013, 12, 31))
Y2014 = (datetime.date(2014, 1, 1), datetime.date(2014, 12, 31))
Y2007 = (datetime.date(2007, 1, 1), datetime.date(2007, 12, 31))
JAN2014 = (datetime.date(2014, 1, 1), None)
STRATEGY = (datetime.date(2014, 1, 1), datetime.date(2016, 12, 31))

ABOUT = {"en": "about", "es": "alrededor de", "fr": "environ", "ht": "anviwon"}
ALMOST = {"en": "almost", "es": "casi", "fr": "près de", "ht": "prèske"}
OVER = {"en": "over", "es": "más de", "fr": "plus de", "ht": "plis pase"}
SOME = {"en": "some", "es": "unos", "fr": "quelque", "ht": "anviwon"}
ESTIMATED = {"en": "an estimated", "es": "un estimado de", "fr": "environ", "ht": "yon estimasyon"}


def _s(key, value, unit, period, geography, label, qualifier=None, precision=0, compact=False):
    return {
        "key": key,
        "value": Decimal(value),
        "unit": unit,
        "period": period,
        "geography": geography,
        "label": label,
        "qualifier": qualifier or {},
        "precision": precision,
        "compact": compact,
    }


STATISTICS = [
    _s(
        "region-world-population-share",
        "7.2",
        "percent",
        Y2014,
        "region",
        {
            "en": "Share of the world's population living in the region",
            "es": "Proporción de la población mundial que vive en la región",
            "fr": "Part de la population mondiale vivant dans la région",
            "ht": "Pousantaj popilasyon mond lan ki rete nan rejyon an",
        },
        precision=1,
    ),
    _s(
        "region-population",
        "550000000",
        "people",
        Y2014,
        "region",
        {
            "en": "Inhabitants of the region",
            "es": "Habitantes de la región",
            "fr": "Habitants de la région",
            "ht": "Moun ki rete nan rejyon an",
        },
        OVER,
        compact=True,
    ),
    _s(
        "region-world-migrants-share",
        "25",
        "percent",
        Y2014,
        "region",
        {
            "en": "Share of all the world's migrants hosted by the region",
            "es": "Proporción de todos los migrantes del mundo que acoge la región",
            "fr": "Part de tous les migrants du monde accueillis par la région",
            "ht": "Pousantaj tout migran nan mond lan ki rete nan rejyon an",
        },
        ABOUT,
    ),
    _s(
        "north-america-migrants",
        "53000000",
        "people",
        Y2013,
        "north-america",
        {
            "en": "Migrants living in the United States and Canada",
            "es": "Migrantes que viven en Estados Unidos y Canadá",
            "fr": "Migrants vivant aux États-Unis et au Canada",
            "ht": "Migran ki rete Ozetazini ak Kanada",
        },
        SOME,
        compact=True,
    ),
    _s(
        "mesoamerica-caribbean-migrants",
        "3000000",
        "people",
        Y2013,
        "mesoamerica-caribbean",
        {
            "en": "Migrants living in Mexico, Central America and the Caribbean",
            "es": "Migrantes que viven en México, Centroamérica y el Caribe",
            "fr": "Migrants vivant au Mexique, en Amérique centrale et dans les Caraïbes",
            "ht": "Migran ki rete nan Meksik, Amerik Santral ak Karayib la",
        },
        ABOUT,
        compact=True,
    ),
    _s(
        "north-america-foreign-born-share",
        "15",
        "percent",
        Y2014,
        "north-america",
        {
            "en": "Share of the population of North America born abroad",
            "es": "Proporción de la población de Norteamérica nacida en el extranjero",
            "fr": "Part de la population de l'Amérique du Nord née à l'étranger",
            "ht": "Pousantaj popilasyon Amerik di Nò ki fèt lòt peyi",
        },
        ALMOST,
    ),
    _s(
        "lac-migrants-in-north-america-share",
        "72",
        "percent",
        Y2014,
        "latin-america-caribbean",
        {
            "en": "Share of migrants born in Latin America and the Caribbean who live in North America",
            "es": "Proporción de migrantes nacidos en América Latina y el Caribe que viven en Norteamérica",
            "fr": "Part des migrants nés en Amérique latine et dans les Caraïbes qui vivent en Amérique du Nord",
            "ht": "Pousantaj migran ki fèt nan Amerik Latin ak Karayib la ki rete Amerik di Nò",
        },
        ABOUT,
    ),
    _s(
        "us-trafficking-victims-lac-share",
        "41",
        "percent",
        Y2007,
        "US",
        {
            "en": "Share of trafficking victims in the United States who were nationals of Latin America and the Caribbean",
            "es": "Proporción de víctimas de trata en Estados Unidos que eran nacionales de América Latina y el Caribe",
            "fr": "Part des victimes de la traite aux États-Unis ressortissantes d'Amérique latine et des Caraïbes",
            "ht": "Pousantaj viktim trafik moun Ozetazini ki te sitwayen Amerik Latin ak Karayib la",
        },
    ),
    _s(
        "mesoamerica-caribbean-north-south-migrants",
        "2000000",
        "people",
        Y2014,
        "mesoamerica-caribbean",
        {
            "en": "North–south migrants living in Mesoamerica and the Caribbean",
            "es": "Migrantes norte-sur que viven en Mesoamérica y el Caribe",
            "fr": "Migrants nord-sud vivant en Mésoamérique et dans les Caraïbes",
            "ht": "Migran nò-sid ki rete nan Mezoamerik ak Karayib la",
        },
        {"en": "nearly", "es": "casi", "fr": "près de", "ht": "prèske"},
        compact=True,
    ),
    _s(
        "mexico-north-south-migrants",
        "1000000",
        "people",
        Y2014,
        "MX",
        {
            "en": "North–south migrants living in Mexico",
            "es": "Migrantes norte-sur que viven en México",
            "fr": "Migrants nord-sud vivant au Mexique",
            "ht": "Migran nò-sid ki rete nan Meksik",
        },
        ALMOST,
        compact=True,
    ),
    _s(
        "us-african-immigrants",
        "2000000",
        "people",
        Y2014,
        "US",
        {
            "en": "African immigrants living in the United States",
            "es": "Inmigrantes africanos que viven en Estados Unidos",
            "fr": "Immigrants africains vivant aux États-Unis",
            "ht": "Imigran afriken ki rete Ozetazini",
        },
        ABOUT,
        compact=True,
    ),
    _s(
        "us-irregular-migrants-central-america-caribbean-share",
        "40",
        "percent",
        Y2014,
        "US",
        {
            "en": "Share of irregular migrants in the United States born in Central America or the Caribbean",
            "es": "Proporción de migrantes en situación irregular en Estados Unidos nacidos en Centroamérica o el Caribe",
            "fr": "Part des migrants en situation irrégulière aux États-Unis nés en Amérique centrale ou dans les Caraïbes",
            "ht": "Pousantaj migran san papye Ozetazini ki fèt nan Amerik Santral oswa nan Karayib la",
        },
        {"en": "around", "es": "alrededor del", "fr": "environ", "ht": "anviwon"},
    ),
    _s(
        "us-irregular-migrants-central-america-caribbean",
        "6000000",
        "people",
        Y2014,
        "US",
        {
            "en": "Irregular migrants in the United States born in Central America or the Caribbean",
            "es": "Migrantes en situación irregular en Estados Unidos nacidos en Centroamérica o el Caribe",
            "fr": "Migrants en situation irrégulière aux États-Unis nés en Amérique centrale ou dans les Caraïbes",
            "ht": "Migran san papye Ozetazini ki fèt nan Amerik Santral oswa nan Karayib la",
        },
        ESTIMATED,
        compact=True,
    ),
    _s(
        "iom-region-countries",
        "25",
        "count",
        JAN2014,
        "region",
        {
            "en": "Countries in IOM's Central America, North America and Caribbean region",
            "es": "Países de la región de Centroamérica, Norteamérica y el Caribe de la OIM",
            "fr": "Pays de la région Amérique centrale, Amérique du Nord et Caraïbes de l'OIM",
            "ht": "Peyi nan rejyon Amerik Santral, Amerik di Nò ak Karayib OIM nan",
        },
    ),
    _s(
        "iom-region-member-states",
        "19",
        "count",
        JAN2014,
        "region",
        {
            "en": "IOM Member States in the region",
            "es": "Estados Miembros de la OIM en la región",
            "fr": "États membres de l'OIM dans la région",
            "ht": "Eta manm OIM nan rejyon an",
        },
    ),
    _s(
        "iom-region-observer-states",
        "1",
        "count",
        JAN2014,
        "region",
        {
            "en": "IOM observer states in the region",
            "es": "Estados observadores de la OIM en la región",
            "fr": "États observateurs de l'OIM dans la région",
            "ht": "Eta obsèvatè OIM nan rejyon an",
        },
    ),
    _s(
        "iom-region-country-offices",
        "12",
        "count",
        JAN2014,
        "region",
        {
            "en": "IOM country offices in the region",
            "es": "Oficinas de país de la OIM en la región",
            "fr": "Bureaux de pays de l'OIM dans la région",
            "ht": "Biwo peyi OIM nan rejyon an",
        },
    ),
    _s(
        "iom-region-project-offices",
        "11",
        "count",
        JAN2014,
        "region",
        {
            "en": "IOM project-related offices in the region",
            "es": "Oficinas de proyecto de la OIM en la región",
            "fr": "Bureaux de projet de l'OIM dans la région",
            "ht": "Biwo pwojè OIM nan rejyon an",
        },
    ),
    _s(
        "iom-region-staff",
        "612",
        "people",
        JAN2014,
        "region",
        {
            "en": "IOM staff members in the region",
            "es": "Miembros del personal de la OIM en la región",
            "fr": "Membres du personnel de l'OIM dans la région",
            "ht": "Moun ki travay pou OIM nan rejyon an",
        },
    ),
    _s(
        "iom-region-international-staff",
        "54",
        "people",
        JAN2014,
        "region",
        {
            "en": "IOM international staff members in the region",
            "es": "Personal internacional de la OIM en la región",
            "fr": "Membres du personnel international de l'OIM dans la région",
            "ht": "Anplwaye entènasyonal OIM nan rejyon an",
        },
    ),
    _s(
        "iom-region-projects",
        "81",
        "count",
        JAN2014,
        "region",
        {
            "en": "Projects IOM implements in the region",
            "es": "Proyectos que la OIM ejecuta en la región",
            "fr": "Projets mis en œuvre par l'OIM dans la région",
            "ht": "Pwojè OIM ap fè nan rejyon an",
        },
    ),
    _s(
        "iom-region-projects-value",
        "80000000",
        "usd",
        JAN2014,
        "region",
        {
            "en": "Total value of IOM's projects in the region",
            "es": "Valor total de los proyectos de la OIM en la región",
            "fr": "Valeur totale des projets de l'OIM dans la région",
            "ht": "Valè total pwojè OIM yo nan rejyon an",
        },
        OVER,
        compact=True,
    ),
]

FUNDING = [
    (
        "operations-emergencies-post-crisis",
        "188100000",
        {
            "en": "Operations, Emergencies and Post-crisis",
            "es": "Operaciones, emergencias y poscrisis",
            "fr": "Opérations, situations d'urgence et post-crise",
            "ht": "Operasyon, ijans ak apre kriz",
        },
    ),
    (
        "migration-health",
        "22710000",
        {
            "en": "Migration Health",
            "es": "Migración y salud",
            "fr": "Migration et santé",
            "ht": "Migrasyon ak sante",
        },
    ),
    (
        "immigration-border-management",
        "60810000",
        {
            "en": "Immigration and Border Management",
            "es": "Inmigración y gestión de fronteras",
            "fr": "Immigration et gestion des frontières",
            "ht": "Imigrasyon ak jesyon fwontyè",
        },
    ),
    (
        "migrant-assistance",
        "57510000",
        {
            "en": "Migrant Assistance",
            "es": "Asistencia a migrantes",
            "fr": "Aide aux migrants",
            "ht": "Asistans pou migran",
        },
    ),
    (
        "labour-migration-human-development",
        "27810000",
        {
            "en": "Labour Migration and Human Development",
            "es": "Migración laboral y desarrollo humano",
            "fr": "Migration de main-d'œuvre et développement humain",
            "ht": "Migrasyon travay ak devlopman moun",
        },
    ),
    (
        "migration-policy-research",
        "9900000",
        {
            "en": "Migration Policy and Research",
            "es": "Política e investigación sobre migración",
            "fr": "Politique et recherche sur la migration",
            "ht": "Politik ak rechèch sou migrasyon",
        },
    ),
    (
        "total",
        "366840000",
        {
            "en": "Total funding requirements",
            "es": "Necesidades totales de financiación",
            "fr": "Besoins de financement totaux",
            "ht": "Total lajan ki nesesè",
        },
    ),
]

FUNDING_PREFIX = {
    "en": "IOM funding requirements 2014–2016: ",
    "es": "Necesidades de financiación de la OIM 2014–2016: ",
    "fr": "Besoins de financement de l'OIM 2014–2016 : ",
    "ht": "Lajan OIM bezwen 2014–2016: ",
}

for _key, _value, _labels in FUNDING:
    STATISTICS.append(
        _s(
            f"iom-funding-2014-2016-{_key}",
            _value,
            "usd",
            STRATEGY,
            "region",
            {lang: FUNDING_PREFIX[lang] + text for lang, text in _labels.items()},
        )
    )

FUNDING_KEYS = [f"iom-funding-2014-2016-{key}" for key, _v, _l in FUNDING if key != "total"]

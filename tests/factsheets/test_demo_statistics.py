"""Every figure of the seed document is in the library, with the seed as source."""

from decimal import Decimal

import pytest

from factsheets.models import FactSheetPage, Statistic

pytestmark = pytest.mark.django_db

SEED_FIGURES = {
    "region-world-population-share": ("7.2", "percent"),
    "region-population": ("550000000", "people"),
    "region-world-migrants-share": ("25", "percent"),
    "north-america-migrants": ("53000000", "people"),
    "mesoamerica-caribbean-migrants": ("3000000", "people"),
    "north-america-foreign-born-share": ("15", "percent"),
    "lac-migrants-in-north-america-share": ("72", "percent"),
    "us-trafficking-victims-lac-share": ("41", "percent"),
    "mesoamerica-caribbean-north-south-migrants": ("2000000", "people"),
    "mexico-north-south-migrants": ("1000000", "people"),
    "us-african-immigrants": ("2000000", "people"),
    "us-irregular-migrants-central-america-caribbean-share": ("40", "percent"),
    "us-irregular-migrants-central-america-caribbean": ("6000000", "people"),
    "iom-region-countries": ("25", "count"),
    "iom-region-member-states": ("19", "count"),
    "iom-region-observer-states": ("1", "count"),
    "iom-region-country-offices": ("12", "count"),
    "iom-region-project-offices": ("11", "count"),
    "iom-region-staff": ("612", "people"),
    "iom-region-international-staff": ("54", "people"),
    "iom-region-projects": ("81", "count"),
    "iom-region-projects-value": ("80000000", "usd"),
    "iom-funding-2014-2016-operations-emergencies-post-crisis": ("188100000", "usd"),
    "iom-funding-2014-2016-migration-health": ("22710000", "usd"),
    "iom-funding-2014-2016-immigration-border-management": ("60810000", "usd"),
    "iom-funding-2014-2016-migrant-assistance": ("57510000", "usd"),
    "iom-funding-2014-2016-labour-migration-human-development": ("27810000", "usd"),
    "iom-funding-2014-2016-migration-policy-research": ("9900000", "usd"),
    "iom-funding-2014-2016-total": ("366840000", "usd"),
}


def test_every_seed_figure_is_a_published_statistic_citing_the_seed():
    statistics = Statistic.objects.in_bulk(list(SEED_FIGURES), field_name="key")
    assert set(statistics) == set(SEED_FIGURES)
    for key, (value, unit) in SEED_FIGURES.items():
        statistic = statistics[key]
        assert statistic.value == Decimal(value), key
        assert statistic.unit == unit, key
        assert statistic.live
        assert statistic.source_publisher_en == "International Organization for Migration (IOM)"
        assert statistic.source_title_en == (
            "IOM Regional Strategy for Central and North America and the Caribbean, 2014–2016"
        )


def test_funding_requirements_add_up_to_the_seed_total():
    parts = Statistic.objects.filter(key__startswith="iom-funding-2014-2016-").exclude(
        key__endswith="-total"
    )
    assert sum(s.value for s in parts) == Decimal("366840000")


def test_demo_fact_sheets_are_complete_in_english_and_spanish_and_partly_in_french_and_creole():
    sheets = FactSheetPage.objects.live()
    assert sheets.count() >= 6
    for sheet in sheets:
        assert sheet.myth_en and sheet.myth_es and sheet.short_answer_es and sheet.body_es
    assert sheets.exclude(myth_fr="").exclude(myth_fr=None).exists()
    assert (
        sheets.filter(myth_fr__in=["", None]).exists()
        or sheets.filter(myth_fr__isnull=True).exists()
    )
    assert sheets.exclude(myth_ht="").exclude(myth_ht=None).exists()

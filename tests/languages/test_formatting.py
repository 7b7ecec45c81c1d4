"""Dates, numbers and language codes come from one place, ``languages``, and
read the same on every page type of every app."""

import datetime
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from languages.codes import language_codes
from languages.formatting import (
    format_compact,
    format_currency,
    format_date,
    format_number,
    format_percent,
)
from languages.names import local_name, translated_name

DAY = datetime.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "June 1, 2025"),
        ("es", "1 de junio de 2025"),
        ("fr", "1 juin 2025"),
        ("ht", "1 jen 2025"),
        ("es-mx", "1 de junio de 2025"),
        ("xx", "2025-06-01"),  # CLDR does not know it: unambiguous, not English
    ],
)
def test_dates_are_written_out_in_the_readers_language(language, expected):
    assert format_date(DAY, language) == expected


def test_every_kreyol_month_has_its_name():
    names = [format_date(datetime.date(2025, month, 3), "ht") for month in range(1, 13)]
    assert (
        names[0] == "3 janvye 2025" and names[6] == "3 jiyè 2025" and names[11] == "3 desanm 2025"
    )
    assert len(set(names)) == 12
    assert not any(re.search(r"M\d\d|\d{4}-\d\d", name) for name in names)


@pytest.mark.parametrize(
    ("language", "number", "percent", "compact", "currency"),
    [
        ("en", "366,840,000", "7.2%", "53 million", "US$366,840,000"),
        ("es", "366.840.000", "7,2\xa0%", "53 millones", "366.840.000\xa0US$"),
        ("fr", "366\u202f840\u202f000", "7,2\xa0%", "53 millions", "366\u202f840\u202f000\xa0$US"),
        ("ht", "366\xa0840\xa0000", "7,2%", "53 milyon", "US$\xa0366\xa0840\xa0000"),
    ],
)
def test_numbers_follow_the_locale(language, number, percent, compact, currency):
    assert format_number(Decimal("366840000"), language) == number
    assert format_percent(Decimal("7.2"), language, precision=1) == percent
    assert format_compact(Decimal("53000000"), language) == compact
    assert format_currency(Decimal("366840000"), "USD", language) == currency


def test_kreyol_compact_forms_use_milya_above_a_billion():
    assert format_compact(Decimal("2500000000"), "ht", precision=1) == "2,5 milya"
    assert format_compact(Decimal("2500"), "ht") == "2\xa0500"


def test_language_names_in_a_list_and_in_a_sentence():
    assert local_name("es") == "Español"
    assert local_name("es", capitalised=False) == "español"
    assert local_name("ht") == "Kreyòl ayisyen"
    from django.utils import translation

    with translation.override("ht"):
        assert str(translated_name("es")) == "panyòl"


def test_language_codes_follow_the_settings():
    assert language_codes() == ["en", "es", "fr", "ht"]
    with override_settings(LANGUAGES=[*settings.LANGUAGES, ("ar", "Arabic")]):
        assert language_codes() == ["en", "es", "fr", "ht", "ar"]


ROOT = Path(settings.BASE_DIR)
SKIP = {".venv", "node_modules", "tests", "migrations", "var"}


def _sources():
    for path in ROOT.rglob("*.py"):
        if not SKIP.intersection(path.relative_to(ROOT).parts):
            yield path


def test_no_app_reads_the_language_list_or_formats_with_babel_on_its_own():
    """One home each: ``languages.codes`` for the codes, ``languages.formatting``
    for dates and numbers. A copy elsewhere is how Kreyòl dates drifted apart."""
    codes = ROOT / "languages" / "codes.py"
    formatting = ROOT / "languages" / "formatting.py"
    copies = []
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        if path != codes and re.search(r"settings\.LANGUAGES\b(?!_)", text):
            copies.append(f"{path.relative_to(ROOT)}: settings.LANGUAGES")
        if path != formatting and re.search(r"from babel\.(dates|numbers) import", text):
            copies.append(f"{path.relative_to(ROOT)}: babel formatting")
    assert copies == []


KREYOL_DATE = re.compile(
    r"\b\d{1,2} (janvye|fevriye|mas|avril|me|jen|jiyè|out|septanm|oktòb|novanm|desanm) \d{4}\b"
)
ISO_DATE = re.compile(r"\b\d{4}-\d\d-\d\d\b")


def _visible_text(html):
    main = re.search(r"<main\b.*?</main>", html, re.S).group(0)
    return re.sub(r"<[^>]+>", " ", main)  # attributes (datetime="2026-…") are not read


@pytest.mark.parametrize(
    "path",
    [
        "/facts/our-region-is-a-main-migration-region/",
        "/campaigns/migrants-build-our-region/",
        "/rights/mexico-in-transit/",
    ],
)
def test_kreyol_pages_write_dates_with_kreyol_month_names(client, db, path):
    text = _visible_text(client.get(f"/ht{path}").content.decode())
    assert KREYOL_DATE.search(text)
    assert ISO_DATE.findall(text) == []

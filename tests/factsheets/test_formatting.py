from decimal import Decimal

import pytest

from factsheets.formatting import format_statistic_value


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "15%"), ("es", "15\xa0%"), ("fr", "15\xa0%"), ("ht", "15%")],
)
def test_percent_follows_the_reader_language(language, expected):
    assert format_statistic_value(Decimal("15"), "percent", language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "53 million"), ("es", "53 millones"), ("fr", "53 millions"), ("ht", "53 milyon")],
)
def test_large_numbers_in_words_follow_the_reader_language(language, expected):
    assert format_statistic_value(Decimal("53000000"), "people", language, compact=True) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "US$366,840,000"),
        ("es", "366.840.000\xa0US$"),
        ("fr", "366\u202f840\u202f000\xa0$US"),
        ("ht", "US$\xa0366\xa0840\xa0000"),
    ],
)
def test_us_dollars_and_thousands_separators_follow_the_locale(language, expected):
    assert format_statistic_value(Decimal("366840000"), "usd", language) == expected


def test_precision_is_the_number_of_decimals_shown():
    assert format_statistic_value(Decimal("7.2"), "percent", "en", precision=1) == "7.2%"
    assert format_statistic_value(Decimal("7.2"), "percent", "es", precision=1) == "7,2\xa0%"

"""Every page type, in every language: no serious or critical axe violation,
and no error from the Nu HTML checker."""

import pytest

from tests.browser.conftest import fetch
from tests.page_types import LANGUAGES, PAGE_TYPES

CASES = [(name, lang) for name in PAGE_TYPES for lang in LANGUAGES]
IDS = [f"{name}-{lang}" for name, lang in CASES]


@pytest.fixture(scope="session")
def nu_report(demo_server, nu_check):
    documents = {}
    for name, lang in CASES:
        _status, html = fetch(f"{demo_server}/{lang}{PAGE_TYPES[name]}")
        documents[(name, lang)] = html
    return nu_check(documents)


@pytest.mark.parametrize(("name", "lang"), CASES, ids=IDS)
def test_page_type_has_no_serious_accessibility_violation(page, demo_server, axe, name, lang):
    page.goto(f"{demo_server}/{lang}{PAGE_TYPES[name]}")
    assert page.locator("html").get_attribute("lang") == lang
    assert axe(page) == []


@pytest.mark.parametrize(("name", "lang"), CASES, ids=IDS)
def test_page_type_is_valid_html(nu_report, name, lang):
    assert nu_report[(name, lang)] == []

import re

import pytest

from rights.models import RightsGuideIndexPage, RightsGuidePage


@pytest.fixture
def rights_index(db):
    return RightsGuideIndexPage.objects.get(slug="rights")


@pytest.fixture
def mexico_guide(db):
    return RightsGuidePage.objects.get(slug="mexico-in-transit")


@pytest.fixture
def region_guide(db):
    return RightsGuidePage.objects.get(slug="your-rights-in-the-region")


def main_html(response):
    """The <main> element of a page: what the reader reads."""
    html = response.content.decode()
    return re.search(r"<main\b.*?</main>", html, re.S).group(0)

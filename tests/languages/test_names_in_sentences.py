"""Language names inside sentences take each language's grammar (a gettext
context of their own), and the rights guides' breadcrumb reads as a phrase."""

import pytest
from django.utils import translation

from languages.names import local_name, name_in_sentence

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "reader,code,expected",
    [
        ("es", "es", "español"),
        ("fr", "fr", "français"),
        ("fr", "en", "anglais"),
        ("ht", "fr", "franse"),
        ("en", "es", "Spanish"),
    ],
)
def test_names_inside_a_sentence(reader, code, expected):
    with translation.override(reader):
        assert name_in_sentence(code) == expected
    assert local_name("es") == "Español"  # on its own (a menu), capitalised


def test_region_guides_breadcrumb_reads_as_a_phrase(client):
    from rights.models import RightsGuidePage

    guide = RightsGuidePage.objects.live().filter(country="region").first()
    assert guide is not None, "the demo has a guide for the whole region"
    with translation.override("es"):
        url = guide.get_url()
    html = client.get(url).content.decode()
    assert "Todas las guías para toda la región" in html
    assert "para Toda la región" not in html

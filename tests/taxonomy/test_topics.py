"""One topic vocabulary: a topic that means the same on a rights guide and a
fact sheet (health) is one code with one name everywhere; each page type
offers its own topics; one field type stores every list of codes."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from factsheets.models import FactSheetIndexPage, FactSheetPage
from rights.models import RightsGuideIndexPage, RightsGuidePage
from search import facets
from taxonomy.fields import ChoiceListField
from taxonomy.topics import RIGHTS_TOPICS, STRATEGIC_AREAS, Topic

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ht"])
def test_health_reads_the_same_on_a_rights_guide_a_fact_sheet_and_in_search(client, lang):
    guide = client.get(f"/{lang}/rights/costa-rica-work-and-health/").content.decode()
    sheet = client.get(f"/{lang}/facts/migrants-are-a-health-risk/").content.decode()
    tags = re.findall(r'<span class="tag">([^<]+)</span>', guide)
    with translation.override(lang):
        name = str(Topic.HEALTH.label)
        assert facets.label("topic", "health") == name
    assert name in tags
    assert re.search(rf"<p>[^<]*: [^<]*\b{re.escape(name)}\b[^<]*</p>", sheet)


def test_health_is_the_one_topic_the_two_page_types_share():
    assert set(RIGHTS_TOPICS) & set(STRATEGIC_AREAS) == {Topic.HEALTH}
    assert len(Topic.labels) == len(set(map(str, Topic.labels)))  # one name per meaning


def _checkbox_values(html, name="topics"):
    return set(re.findall(rf'name="{name}" value="([^"]+)"', html))


def test_each_page_type_offers_its_own_topics_in_the_editor(admin_client):
    rights_index = RightsGuideIndexPage.objects.get(slug="rights")
    facts_index = FactSheetIndexPage.objects.get(slug="facts")
    guide_form = admin_client.get(
        reverse("wagtailadmin_pages:add", args=("rights", "rightsguidepage", rights_index.pk))
    ).content.decode()
    sheet_form = admin_client.get(
        reverse("wagtailadmin_pages:add", args=("factsheets", "factsheetpage", facts_index.pk))
    ).content.decode()
    assert _checkbox_values(guide_form) == {topic.value for topic in RIGHTS_TOPICS}
    assert _checkbox_values(sheet_form) == {topic.value for topic in STRATEGIC_AREAS}
    # Fact sheets' countries use the same field type, with the region's 25 countries.
    assert len(_checkbox_values(sheet_form, "countries")) == 25


def test_pages_are_found_by_topic_in_sql():
    guides = RightsGuidePage.objects.filter(topics__contains=ChoiceListField.contains("health"))
    assert set(guides.values_list("slug", flat=True)) == {
        "your-rights-in-the-region",
        "costa-rica-work-and-health",
    }
    sheets = FactSheetPage.objects.filter(topics__contains=ChoiceListField.contains("health"))
    assert list(sheets.values_list("slug", flat=True)) == ["migrants-are-a-health-risk"]


def test_a_list_of_codes_round_trips_through_the_database():
    guide = RightsGuidePage.objects.get(slug="costa-rica-work-and-health")
    guide.topics = ["health", "asylum"]
    guide.save(update_fields=["topics"])
    guide.refresh_from_db()
    assert guide.topics == ["health", "asylum"]
    assert RightsGuidePage.objects.filter(pk=guide.pk, topics=",health,asylum,").exists()


def test_an_unknown_code_is_refused_in_the_editors_language():
    guide = RightsGuidePage.objects.get(slug="costa-rica-work-and-health")
    field = RightsGuidePage._meta.get_field("topics")
    with translation.override("es"):
        with pytest.raises(ValidationError) as error:
            field.clean(["health", "policy"], guide)  # a fact-sheet topic, not a rights topic
        assert error.value.messages == ["«policy» no es una de las opciones."]

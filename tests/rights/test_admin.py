"""Editors create guides and help contacts in the Wagtail admin."""

import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import HomePage
from rights.models import HelpContact, RightsGuideIndexPage, RightsGuidePage


class RightsPageTreeTests(WagtailPageTestCase):
    def test_guides_live_under_the_rights_index_only(self):
        self.assertCanCreateAt(RightsGuideIndexPage, RightsGuidePage)
        self.assertCanNotCreateAt(HomePage, RightsGuidePage)
        self.assertAllowedSubpageTypes(RightsGuidePage, {})
        self.assertAllowedParentPageTypes(RightsGuideIndexPage, {HomePage})

    def test_guide_and_its_card_are_renderable(self):
        # (Wagtail's preview helper cannot build modeltranslation's per-language
        # StreamField form data; the admin creation test covers the edit form.)
        guide = RightsGuidePage.objects.get(slug="mexico-in-transit")
        self.assertPageIsRenderable(guide)
        self.assertPageIsRenderable(guide, "/card/", query_data={"also": "ht"})

    def test_index_and_its_country_pages_are_renderable_and_previewable(self):
        index = RightsGuideIndexPage.objects.get(slug="rights")
        self.assertPageIsRenderable(index, "/country/cr/")
        self.assertPageIsPreviewable(index)


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "password")
    client.force_login(user)
    return client


def test_editor_creates_a_rights_guide_through_the_admin(editor_client, rights_index):
    contact = HelpContact.objects.get(organisation_en="Migrant Shelter Network (sample)")
    url = reverse("wagtailadmin_pages:add", args=("rights", "rightsguidepage", rights_index.pk))
    assert editor_client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title_en": "In Guatemala: health care",
            "title_es": "En Guatemala: atención de salud",
            "slug": "guatemala-health",
            "country": "GT",
            "last_reviewed": "2026-11-20",
            "summary_en": "Where to get care.",
            "summary_es": "Dónde recibir atención.",
            "sections_en": streamfield(
                [
                    (
                        "question",
                        {
                            "question": "Can I see a doctor?",
                            "answer": '{"blocks": [{"key": "a", "type": "unstyled", "text": "Ask a contact.", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}',
                        },
                    )
                ]
            ),
            "sections_es": streamfield([]),
            "sections_fr": streamfield([]),
            "sections_ht": streamfield([]),
            "chosen_contacts": inline_formset([{"contact": contact.pk}]),
            "include_country_contacts": "on",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    data["topics"] = ["health", "children"]
    response = editor_client.post(url, data)
    assert response.status_code == 302, (
        response.context["form"].errors if response.context else response
    )
    guide = RightsGuidePage.objects.get(slug="guatemala-health")
    assert guide.live
    assert guide.topics == ["health", "children"]
    assert [item.contact for item in guide.chosen_contacts.all()] == [contact]
    html = editor_client.get("/es/rights/guatemala-health/").content.decode()
    assert "En Guatemala: atención de salud" in html
    assert 'href="tel:+00000000103"' in html
    assert (
        '<a href="/es/rights/country/gt/">Guatemala</a>'
        in editor_client.get("/es/rights/").content.decode()
    )


def test_editor_cannot_save_an_unknown_topic(editor_client, rights_index):
    url = reverse("wagtailadmin_pages:add", args=("rights", "rightsguidepage", rights_index.pk))
    data = nested_form_data(
        {
            "title_en": "Bad",
            "slug": "bad",
            "country": "GT",
            "last_reviewed": "2026-11-20",
            "summary_en": "x",
            "sections_en": streamfield([]),
            "sections_es": streamfield([]),
            "sections_fr": streamfield([]),
            "sections_ht": streamfield([]),
            "chosen_contacts": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data["topics"] = ["astrology"]
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "topics" in response.context["form"].errors
    assert not RightsGuidePage.objects.filter(slug="bad").exists()


def test_editor_adds_a_help_contact_snippet_in_every_language(editor_client):
    url = reverse("wagtailsnippets_rights_helpcontact:add")
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(
        url,
        {
            "organisation_en": "Sample Night Line",
            "organisation_ht": "Liy lannuit (egzanp)",
            "country": "HT",
            "phone": "+000 0000 0999",
            "hours_en": "Every night",
            "hours_ht": "Chak swa",
            "is_sample": "on",
        },
    )
    assert response.status_code == 302
    contact = HelpContact.objects.get(organisation_en="Sample Night Line")
    assert contact.organisation_ht == "Liy lannuit (egzanp)"
    assert contact.tel_href == "tel:+00000000999"
    listing = editor_client.get(reverse("wagtailsnippets_rights_helpcontact:list")).content.decode()
    assert "Sample Night Line" in listing


def test_editor_previews_a_guide_before_publishing(editor_client, mexico_guide):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(mexico_guide.pk,))
    data = nested_form_data(
        {
            "title_en": "In Mexico: draft title",
            "slug": "mexico-in-transit",
            "country": "MX",
            "last_reviewed": "2026-11-20",
            "summary_en": "Draft summary.",
            "sections_en": streamfield([]),
            "sections_es": streamfield([]),
            "sections_fr": streamfield([]),
            "sections_ht": streamfield([]),
            "chosen_contacts": inline_formset([]),
            "include_country_contacts": "on",
            "comments": inline_formset([]),
        }
    )
    data["topics"] = ["asylum"]
    assert editor_client.post(url, data).json()["is_valid"]
    html = editor_client.get(url).content.decode()
    assert "<h1>In Mexico: draft title</h1>" in html
    assert 'href="tel:+00000000103"' in html  # country contacts in the preview too

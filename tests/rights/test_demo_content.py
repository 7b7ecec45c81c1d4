"""The demo guides and contacts."""

from django.core.management import call_command

from geography.places import REGION
from languages.fallback import is_translated
from rights.models import HelpContact, RightsGuidePage


def test_demo_has_guides_for_the_region_and_two_countries_in_all_four_languages(rights_index):
    guides = list(RightsGuidePage.objects.child_of(rights_index).live())
    assert {guide.country for guide in guides} >= {REGION, "MX", "CR"}
    for guide in guides:
        for lang in ["en", "es", "fr", "ht"]:
            assert is_translated(guide, lang, ("title", "summary", "sections", "card_points")), (
                guide,
                lang,
            )


def test_demo_contacts_are_samples_with_fictional_numbers(db):
    contacts = list(HelpContact.objects.all())
    assert len(contacts) >= 4
    for contact in contacts:
        assert contact.is_sample
        for number in [contact.phone, contact.whatsapp, contact.sms]:
            assert not number or number.startswith("+000 ")
        for lang in ["en", "es", "fr", "ht"]:
            assert getattr(contact, f"organisation_{lang}")


def test_loading_the_demo_twice_changes_nothing(home_page):
    before = (RightsGuidePage.objects.count(), HelpContact.objects.count())
    call_command("load_demo_content", verbosity=0)
    assert (RightsGuidePage.objects.count(), HelpContact.objects.count()) == before


def test_demo_guides_give_guidance_not_law(rights_index):
    # Every answer sends readers to help for their own case instead of stating a law.
    for guide in RightsGuidePage.objects.child_of(rights_index):
        text = str(guide.sections_en.render_as_block()) + guide.summary_en
        assert "law says" not in text.lower()
        assert "legal aid organization" in text or "contact on this page" in text

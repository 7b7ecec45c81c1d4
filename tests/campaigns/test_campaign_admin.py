"""Editors create and publish campaigns through the Wagtail admin."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from campaigns.models import CampaignIndexPage, CampaignPage
from home.models import HomePage
from media.factories import CustomImageFactory
from tests.campaigns.conftest import campaign_form, paragraph


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("campaigns", "campaignpage", parent.pk))


def test_campaign_created_through_admin_is_published_in_every_language(
    admin_client, campaign_index
):
    image = CustomImageFactory()
    data = campaign_form("admin-made", image, body=[paragraph("<p>Facts, not fear.</p>")])
    data["action-publish"] = "action-publish"

    response = admin_client.post(add_url(campaign_index), data)

    assert response.status_code == 302, (
        response.context["form"].errors if response.context else response
    )
    page = CampaignPage.objects.get(slug="admin-made")
    assert page.live
    for lang in ("en", "es", "fr", "ht"):
        html = admin_client.get(f"/{lang}/campaigns/admin-made/").content.decode()
        assert f"Campaign admin-made ({lang})" in html
        assert "Facts, not fear." in html or lang != "en"


def test_campaign_admin_form_shows_every_language(admin_client, campaign_index):
    html = admin_client.get(add_url(campaign_index)).content.decode()
    for lang in ("en", "es", "fr", "ht"):
        assert f'name="tagline_{lang}"' in html
        assert f'name="hashtag_{lang}"' in html


def test_campaign_can_only_be_created_under_the_campaign_index(db):
    assert CampaignPage.can_create_at(CampaignIndexPage.objects.get())
    assert not CampaignPage.can_create_at(HomePage.objects.get())
    assert CampaignIndexPage.allowed_subpage_models() == [CampaignPage]
    assert CampaignPage.allowed_subpage_models() == []
    assert not CampaignIndexPage.can_create_at(HomePage.objects.get())  # one index, already there


def test_campaign_ending_before_it_starts_is_refused(admin_client, campaign_index):
    data = campaign_form(
        "backwards", CustomImageFactory(), start_date="2025-05-01", end_date="2025-04-01"
    )
    data["action-publish"] = "action-publish"

    response = admin_client.post(add_url(campaign_index), data)

    assert response.status_code == 200
    assert "The campaign cannot end before it starts." in response.content.decode()
    assert not CampaignPage.objects.filter(slug="backwards").exists()


def test_hashtag_with_spaces_is_refused_and_hash_sign_is_dropped(campaign_index):
    page = CampaignPage(
        title="T", slug="t", tagline="x", start_date="2025-01-01", hashtag="#Two words"
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "hashtag" in str(error.value)
    page.hashtag_en = "#OneWord"
    page.hashtag = "#OneWord"
    page.clean()
    assert page.hashtag_en == "OneWord"

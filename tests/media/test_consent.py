"""An image of identifiable people without consent on file cannot appear on a
published page: the admin refuses to publish, whatever the page type."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.factories import CampaignPageFactory
from campaigns.models import CampaignIndexPage, CampaignPage
from home.models import StandardPage
from media.factories import CustomImageFactory
from media.models import CustomImage
from tests.campaigns.conftest import campaign_form

REFUSAL = "This page was not published"


@pytest.fixture
def campaign_index(db):
    return CampaignIndexPage.objects.get()


@pytest.fixture
def unconsented_image(db):
    return CustomImageFactory(
        title="Market day", shows_identifiable_people=True, consent_on_file=False
    )


@pytest.fixture
def consented_image(db):
    return CustomImageFactory(
        title="Workshop",
        shows_identifiable_people=True,
        consent_on_file=True,
        consent_date="2025-02-01",
        consent_scope="Web and social media, 2025 campaign",
    )


def publish_new_campaign(client, index, slug, hero_image, body=()):
    data = campaign_form(slug, hero_image, body=body)
    data["action-publish"] = "action-publish"
    url = reverse("wagtailadmin_pages:add", args=("campaigns", "campaignpage", index.pk))
    return client.post(url, data, follow=True)


def test_publishing_a_campaign_whose_hero_shows_people_without_consent_is_refused(
    admin_client, campaign_index, unconsented_image
):
    response = publish_new_campaign(admin_client, campaign_index, "no-consent", unconsented_image)

    html = response.content.decode()
    assert REFUSAL in html
    assert "“Market day”" in html
    page = CampaignPage.objects.get(slug="no-consent")
    assert not page.live  # kept as a draft
    assert admin_client.get("/en/campaigns/no-consent/").status_code == 404


def test_image_without_consent_inside_a_stream_block_also_blocks_publishing(
    admin_client, campaign_index, consented_image, unconsented_image
):
    body = [("image", {"image": unconsented_image.pk, "caption": ""})]
    response = publish_new_campaign(
        admin_client, campaign_index, "in-body", consented_image, body=body
    )

    assert REFUSAL in response.content.decode()
    assert not CampaignPage.objects.get(slug="in-body").live


def test_images_with_consent_on_file_or_without_people_publish(
    admin_client, campaign_index, consented_image
):
    body = [
        ("image", {"image": CustomImageFactory(shows_identifiable_people=False).pk, "caption": ""})
    ]
    response = publish_new_campaign(
        admin_client, campaign_index, "fine", consented_image, body=body
    )

    assert REFUSAL not in response.content.decode()
    assert CampaignPage.objects.get(slug="fine").live


def test_consent_rule_covers_other_apps_page_types(admin_client, home_page, unconsented_image):
    """A plain content page (home app) is checked too: the rule is not campaign-specific."""
    data = {"slug": "with-people", "comments": inline_formset([])}
    for lang in ("en", "es", "fr", "ht"):
        data.update(
            {
                f"title_{lang}": f"People {lang}",
                f"intro_{lang}": "",
                f"seo_title_{lang}": "",
                f"search_description_{lang}": "",
            }
        )
        data[f"body_{lang}"] = streamfield(
            [("image", {"image": unconsented_image.pk, "caption": ""})]
            if lang == "es"
            else [("paragraph", rich_text("<p>Text</p>"))]
        )
    data = nested_form_data(data)
    data["action-publish"] = "action-publish"
    url = reverse("wagtailadmin_pages:add", args=("home", "standardpage", home_page.pk))

    response = admin_client.post(url, data, follow=True)

    assert REFUSAL in response.content.decode()
    assert not StandardPage.objects.get(slug="with-people").live


def test_recording_consent_then_lets_the_page_be_published(
    admin_client, campaign_index, unconsented_image
):
    publish_new_campaign(admin_client, campaign_index, "later", unconsented_image)
    page = CampaignPage.objects.get(slug="later")
    CustomImage.objects.filter(pk=unconsented_image.pk).update(
        consent_on_file=True, consent_date="2025-03-01", consent_scope="Campaign web page"
    )
    data = campaign_form("later", unconsented_image)
    data["action-publish"] = "action-publish"

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), data, follow=True
    )

    assert REFUSAL not in response.content.decode()
    page.refresh_from_db()
    assert page.live


def test_bulk_publishing_a_draft_with_an_unconsented_image_is_refused(
    admin_client, campaign_index, unconsented_image
):
    publish_new_campaign(admin_client, campaign_index, "bulk", unconsented_image)
    page = CampaignPage.objects.get(slug="bulk")
    explore = reverse("wagtailadmin_explore", args=(campaign_index.pk,))
    url = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        + f"?id={page.pk}&next={explore}"
    )

    response = admin_client.post(url, {"include_descendants": ""}, follow=True)

    assert "Nothing was published" in response.content.decode()
    page.refresh_from_db()
    assert not page.live


def test_refused_edit_of_a_live_page_keeps_the_published_version_online(
    admin_client, campaign_index, unconsented_image, client
):
    """A live page (here one created without any revision, as factories and
    imports do) stays online with its published content when a publish is refused."""
    page = CampaignPageFactory(
        parent=campaign_index, slug="online", title="Online", title_en="Online"
    )
    assert page.live and page.live_revision_id is None
    data = campaign_form("online", unconsented_image)
    data["action-publish"] = "action-publish"

    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), data, follow=True
    )

    assert REFUSAL in response.content.decode()
    page.refresh_from_db()
    assert page.live
    assert "<h1>Online</h1>" in client.get("/en/campaigns/online/").content.decode()

"""Factories shared by the tests and the demo content."""

import datetime

import factory
import wagtail_factories

from campaigns.models import CampaignIndexPage, CampaignPage
from media.factories import CustomImageFactory


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Campaigns"
    slug = "campaigns"
    show_in_menus = True

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Campaign {n}")
    tagline = "Migration has shaped our region."
    start_date = datetime.date(2025, 1, 1)
    hero_image = factory.SubFactory(CustomImageFactory)

    class Meta:
        model = CampaignPage

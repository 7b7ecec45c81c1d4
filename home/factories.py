"""Factories shared by the tests and the demo content."""

import wagtail_factories

from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Migration Facts"
    hero_heading = "Migration shapes our region"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "About"

    class Meta:
        model = StandardPage

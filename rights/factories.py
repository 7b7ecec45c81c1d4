"""Factories shared by the tests and the demo content."""

import datetime

import factory
import wagtail_factories

from geography.places import REGION
from rights.models import HelpContact, RightsGuideIndexPage, RightsGuidePage


class HelpContactFactory(factory.django.DjangoModelFactory):
    # Explicit language: the active language may be any (LocaleMiddleware leaves it set).
    organisation_en = factory.Sequence(lambda n: f"Sample Help Line {n}")
    phone = factory.Sequence(lambda n: f"+000 0000 {n:04d}")
    country = REGION
    is_sample = True

    class Meta:
        model = HelpContact


class RightsGuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Know your rights"

    class Meta:
        model = RightsGuideIndexPage


class RightsGuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rights guide {n}")
    country = REGION
    topics = factory.LazyFunction(lambda: ["health"])
    summary_en = "What you can do and who can help you."
    last_reviewed = datetime.date(2026, 11, 1)

    class Meta:
        model = RightsGuidePage

"""Factories shared by the tests, the benchmark and the demo content."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.conf import settings
from django.utils import timezone, translation
from factory.django import DjangoModelFactory

from factsheets.models import FactSheetIndexPage, FactSheetPage, Statistic

SEED_PUBLISHER = "International Organization for Migration (IOM)"
SEED_TITLE = "IOM Regional Strategy for Central and North America and the Caribbean, 2014–2016"


class DefaultLanguageMixin:
    """Plain field names (``title``, ``label``) write the default language,
    whatever language a previous request left active."""

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return super()._create(model_class, *args, **kwargs)

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return super()._build(model_class, *args, **kwargs)


class StatisticFactory(DefaultLanguageMixin, DjangoModelFactory):
    key = factory.Sequence(lambda n: f"test-statistic-{n}")
    label = factory.Sequence(lambda n: f"Test statistic {n}")
    value = Decimal("15")
    unit = "percent"
    precision = 0
    period_start = datetime.date(2014, 1, 1)
    period_end = datetime.date(2014, 12, 31)
    geography = "region"
    source_publisher = SEED_PUBLISHER
    source_title = SEED_TITLE
    source_retrieved = datetime.date(2026, 11, 28)
    live = True
    # A live statistic has been published (the API's Last-Modified reads it).
    first_published_at = factory.LazyAttribute(lambda o: timezone.now() if o.live else None)
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        model = Statistic
        django_get_or_create = ("key",)


class FactSheetIndexPageFactory(DefaultLanguageMixin, wagtail_factories.PageFactory):
    title = "Myths and facts"

    class Meta:
        model = FactSheetIndexPage


class FactSheetPageFactory(DefaultLanguageMixin, wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Fact sheet {n}")
    myth = "Migration only goes from south to north."
    verdict = "false"
    short_answer = "It does not."
    last_reviewed = datetime.date(2026, 11, 28)

    class Meta:
        model = FactSheetPage


def inline_figure(statistic, text=None):
    """Database-format rich text citing ``statistic`` inside a sentence."""
    return f'<a linktype="statistic" id="{statistic.pk}">{text or statistic.key}</a>'


def body_citing(statistics, inline=0, word="Figure"):
    """A fact sheet body citing ``statistics``: a callout for each, and the
    first ``inline`` of them again inside a paragraph, each after ``word``
    (another word makes a translation rather than a copy)."""
    body = [
        {"type": "callout", "value": {"statistic": s.pk, "label_override": ""}} for s in statistics
    ]
    if inline:
        text = " ".join(f"{word} {inline_figure(s)}." for s in statistics[:inline])
        body.append({"type": "paragraph", "value": f"<p>{text}</p>"})
    return body

"""Controlled vocabularies of the statistics library and fact sheets (places
are in ``geography``, topics in ``taxonomy``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Unit(models.TextChoices):
    PERCENT = "percent", _("Percent")
    PEOPLE = "people", _("People")
    USD = "usd", _("US dollars")
    COUNT = "count", _("Count")
    RATIO = "ratio", _("Ratio")


class Verdict(models.TextChoices):
    FALSE = "false", _("False")
    MISLEADING = "misleading", _("Misleading")
    MISSING_CONTEXT = "missing-context", _("Missing context")
    TRUE = "true", _("True")


class ClaimMedium(models.TextChoices):
    """Where a claim was seen (a fact sheet's appearances)."""

    SAYING = "saying", _("Common saying")
    SOCIAL = "social-media", _("Social media")
    NEWS = "news", _("News media")
    SPEECH = "speech", _("Speech or interview")
    WEBSITE = "website", _("Website")
    PRINT = "print", _("Leaflet or poster")
    OTHER = "other", _("Other")


# ClaimReview ratings: 1 (false) to 5 (true).
VERDICT_RATINGS = {"false": 1, "misleading": 2, "missing-context": 3, "true": 5}

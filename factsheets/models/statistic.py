"""The statistics library: every figure is managed once, with its source."""

import datetime
import functools

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import get_script_prefix, reverse
from django.utils import timezone, translation
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PublishingPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
)
from wagtail.search import index

from factsheets.choices import Unit
from factsheets.formatting import format_statistic_value
from geography.places import geography_choices, place_name
from languages.codes import language_codes
from languages.formatting import format_date


class StatisticQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def due_for_review(self, on=None):
        return self.filter(next_review__lte=on or timezone.localdate())

    def unusable_ids(self, ids):
        """The ids among ``ids`` a page may not cite: unknown or unpublished
        statistics (sorted; a malformed id is returned as it came)."""
        wanted = set()
        for pk in ids:
            try:
                wanted.add(int(pk))
            except (TypeError, ValueError):
                return [pk]
        live = set(self.live().filter(pk__in=wanted).values_list("pk", flat=True))
        return sorted(wanted - live)


class Statistic(
    DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, index.Indexed, models.Model
):
    """One figure with its unit, period, geography and source. Editors cite it
    from fact sheets and campaigns; correcting it here corrects every page."""

    key = models.SlugField(
        _("key"),
        max_length=100,
        unique=True,
        help_text=_(
            "A stable identifier used in links and the API, e.g. north-america-foreign-born-share."
        ),
    )
    label = models.CharField(_("label"), max_length=255, help_text=_("What the number measures."))
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=4)
    unit = models.CharField(_("unit"), max_length=20, choices=Unit.choices)
    precision = models.PositiveSmallIntegerField(
        _("decimals shown"), default=0, validators=[MaxValueValidator(4)]
    )
    compact = models.BooleanField(
        _("show in words"),
        default=False,
        help_text=_("Show large numbers in words, e.g. 53 million."),
    )
    approximate = models.CharField(
        _("qualifier"),
        max_length=60,
        blank=True,
        help_text=_("How the source qualifies the figure, e.g. about, almost, over."),
    )
    period_start = models.DateField(_("period start"), help_text=_("Or the reference date."))
    period_end = models.DateField(
        _("period end"), null=True, blank=True, help_text=_("Leave empty for a reference date.")
    )
    geography = models.CharField(_("geography"), max_length=40, choices=geography_choices)
    source_publisher = models.CharField(_("source publisher"), max_length=255)
    source_title = models.CharField(_("source title"), max_length=255)
    source_url = models.URLField(_("source URL"), max_length=500, blank=True)
    source_retrieved = models.DateField(_("date retrieved"))
    notes = models.TextField(_("notes"), blank=True)
    next_review = models.DateField(_("next review"), null=True, blank=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="statistic")

    objects = StatisticQuerySet.as_manager()

    #: Filled in a language = the statistic reads in it (``languages.fallback``).
    translation_fields = ("label",)

    panels = [
        FieldPanel("key"),
        FieldPanel("label"),
        FieldRowPanel(
            [
                FieldPanel("value"),
                FieldPanel("unit"),
                FieldPanel("precision"),
                FieldPanel("compact"),
            ],
            heading=_("Value"),
        ),
        FieldPanel("approximate"),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")], heading=_("Period")),
        FieldPanel("geography"),
        MultiFieldPanel(
            [
                FieldPanel("source_publisher"),
                FieldPanel("source_title"),
                FieldPanel("source_url"),
                FieldPanel("source_retrieved"),
            ],
            heading=_("Source"),
        ),
        FieldPanel("notes"),
        FieldPanel("next_review"),
        PublishingPanel(),
    ]

    # Every language's label and source title (wagtail-modeltranslation columns).
    search_fields = [
        index.SearchField("key"),
        *(index.SearchField(f"label_{code}") for code in language_codes()),
        *(index.AutocompleteField(f"label_{code}") for code in language_codes()),
        *(index.SearchField(f"source_title_{code}") for code in language_codes()),
        index.FilterField("unit"),
        index.FilterField("geography"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("statistic")
        verbose_name_plural = _("statistics")
        ordering = ["key"]

    def __str__(self):
        return f"{self.label} ({self.key})"

    @property
    def revisions(self):
        return self._revisions

    # -- Validation ----------------------------------------------------------------
    def clean(self):
        super().clean()
        errors = {}
        if self.value is not None and self.unit:
            if self.unit == Unit.PERCENT and not (0 <= self.value <= 100):
                errors["value"] = gettext("A percentage must be between 0 and 100.")
            elif self.unit in (Unit.PEOPLE, Unit.COUNT, Unit.USD, Unit.RATIO) and self.value < 0:
                errors["value"] = gettext("This unit cannot be negative.")
            elif self.unit in (Unit.PEOPLE, Unit.COUNT) and self.value != int(self.value):
                errors["value"] = gettext("People and counts must be whole numbers.")
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = gettext("The period cannot end before it starts.")
        if errors:
            raise ValidationError(errors)

    # -- Display -------------------------------------------------------------------
    def formatted_value(self, language=None):
        """The number alone, formatted for ``language`` (default: the active one).

        Remembered on the instance per language (and per value, so an edit
        shows at once): a page showing a figure three times (callout, inline,
        sources list) formats it once."""
        key = (
            language or get_language(),
            self.value,
            self.unit,
            self.precision,
            self.compact,
        )
        memo = self.__dict__.setdefault("_formatted_values", {})
        if key not in memo:
            memo[key] = format_statistic_value(
                self.value, self.unit, language, self.precision, self.compact
            )
        return memo[key]

    @property
    def machine_value(self):
        """The value in plain decimal notation (``53000000``, not ``5.3E+7``)."""
        return format(self.value.normalize(), "f") if self.value is not None else ""

    @property
    def display_value(self):
        return self.formatted_value()

    @property
    def period_label(self):
        """``2013``, ``2014–2016`` or a reference date in the reader's language."""
        start, end = self.period_start, self.period_end
        if start is None:
            return ""
        if end is None:
            if start.month == 1 and start.day == 1:
                return str(start.year)
            return format_date(start)
        whole_years = (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31)
        if whole_years:
            return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
        return f"{format_date(start)} – {format_date(end)}"

    @property
    def source_retrieved_label(self):
        return format_date(self.source_retrieved) if self.source_retrieved else ""

    @property
    def geography_label(self):
        """The place's name in the active language (remembered per language,
        like ``formatted_value``)."""
        key = (get_language(), self.geography)
        memo = self.__dict__.setdefault("_geography_labels", {})
        if key not in memo:
            memo[key] = place_name(self.geography)
        return memo[key]

    def card_url(self, language=None):
        """The embeddable card of the statistic (with its source), in ``language``
        (default: the active one)."""
        with translation.override(language or translation.get_language()):
            return reverse("statistic-embed", kwargs={"key": self.key})

    def page_url(self, language=None):
        """The statistic's public page, ``/<lang>/statistics/<key>/``: value,
        source, history, citing fact sheets, downloads and embed code. In
        ``language`` (default: the active one); a path, not a full URL."""
        language = language or translation.get_language() or settings.LANGUAGE_CODE
        return _page_path(language, get_script_prefix()).replace(_KEY, self.key)

    @property
    def due_for_review(self):
        return bool(self.next_review and self.next_review <= datetime.date.today())

    def as_data(self, language=None):
        """A plain dictionary for the API and downloads."""
        return {
            "key": self.key,
            "label": self.label,
            "value": self.machine_value or None,
            "formatted_value": self.formatted_value(language),
            "unit": self.unit,
            "precision": self.precision,
            "qualifier": self.approximate,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "period": self.period_label,
            "geography": self.geography,
            "geography_label": self.geography_label,
            "source_publisher": self.source_publisher,
            "source_title": self.source_title,
            "source_url": self.source_url,
            "source_retrieved": self.source_retrieved.isoformat()
            if self.source_retrieved
            else None,
            "notes": self.notes,
            "next_review": self.next_review.isoformat() if self.next_review else None,
        }

    # -- Preview -------------------------------------------------------------------
    def get_preview_template(self, request, mode_name):
        return "factsheets/embed_statistic.html"

    def get_preview_context(self, request, mode_name):
        return {"statistic": self, "object": self}


_KEY = "statistic-key-placeholder"


@functools.lru_cache(maxsize=64)
def _page_path(language, _script_prefix):
    """``/<lang>/statistics/<key>/`` with a placeholder key, reversed once per
    language (a fact sheet links every figure it cites to its page)."""
    with translation.override(language):
        return reverse("statistic-page", kwargs={"key": _KEY})

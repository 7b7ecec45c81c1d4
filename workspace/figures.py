"""Keeping figures fresh: statistics due for review, and pages to re-read
when a figure they cite changes.

The statistics library's field names are read from settings, so the code
does not depend on one model's shape (see ``WORKSPACE_*`` in base.py).
"""

import datetime
import re

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from factsheets.references import citing_pages
from languages.codes import language_codes
from workspace.roles import library_models

DEFAULT_WATCHED = ("value", "unit", "source", "source_url", "source_title", "period")
DEFAULT_REVIEW_DATE_FIELDS = ("next_review", "next_review_date", "review_by", "review_date")
DEFAULT_PERIOD_FIELDS = ("period_end", "period_start", "period", "year", "reference_year")


def figure_models():
    found = []
    for label in sorted(library_models()):
        try:
            found.append(apps.get_model(label))
        except (LookupError, ValueError):
            continue
    return found


def _concrete(model):
    return list(model._meta.concrete_fields)


def watched_fields(model):
    names = getattr(settings, "WORKSPACE_STATISTIC_WATCHED_FIELDS", DEFAULT_WATCHED)
    return [
        f.attname
        for f in _concrete(model)
        if f.name in names or any(f.name.startswith(f"{name}_") for name in names)
    ]


def watched_values(obj):
    return {name: getattr(obj, name, None) for name in watched_fields(type(obj))}


def flag_citing_pages(obj):
    """Every page citing ``obj`` is to be re-read in every language."""
    from workspace.models import FigureReview

    figure_type = ContentType.objects.get_for_model(type(obj))
    flags = []
    for page in citing_pages(obj):
        for language in language_codes():
            flag, created = FigureReview.objects.get_or_create(
                page=page,
                language=language,
                figure_type=figure_type,
                figure_id=str(obj.pk),
                confirmed_at=None,
                defaults={"figure_label": str(obj)[:255]},
            )
            if created:
                flags.append(flag)
    return flags


def _first_field(model, names):
    fields = {f.name: f for f in _concrete(model)}
    for name in names:
        if name in fields:
            return fields[name]
    return None


def _year_of(value):
    if value is None or value == "":
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.year
    if isinstance(value, int):
        return value
    years = [int(y) for y in re.findall(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)", str(value))]
    return max(years) if years else None


def review_reasons(obj, today=None):
    """Why ``obj`` is due for review: a list of ``(code, value)``."""
    today = today or timezone.localdate()
    reasons = []
    model = type(obj)
    review_field = _first_field(
        model,
        getattr(settings, "WORKSPACE_STATISTIC_REVIEW_DATE_FIELDS", DEFAULT_REVIEW_DATE_FIELDS),
    )
    if review_field is not None:
        due = getattr(obj, review_field.attname)
        if isinstance(due, datetime.datetime):
            due = due.date()
        if due is not None and due < today:
            reasons.append(("review_date", due))
    max_age = getattr(settings, "WORKSPACE_FIGURE_MAX_AGE_YEARS", 5)
    period_names = getattr(settings, "WORKSPACE_STATISTIC_PERIOD_FIELDS", DEFAULT_PERIOD_FIELDS)
    fields = {f.name: f for f in _concrete(model)}
    for name in period_names:  # the first period field that has a value
        if name in fields:
            year = _year_of(getattr(obj, fields[name].attname))
            if year is not None:
                if today.year - year > max_age:
                    reasons.append(("old_period", year))
                break
    return reasons


def statistics_due(today=None):
    """``[(statistic, reasons)]`` for every figure due for review."""
    due = []
    for model in figure_models():
        for obj in model._default_manager.all():
            reasons = review_reasons(obj, today)
            if reasons:
                due.append((obj, reasons))
    return due

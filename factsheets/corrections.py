"""Corrections and updates: what the editor records, what readers read.

Public functions for every app (the statistic page shows ``history``):

- ``history(statistic)``: the public corrections and updates of a statistic,
  newest first;
- ``for_page(page)``: those a page shows: its own (a fact sheet's verdict or
  short answer) and those of every statistic it cites;
- ``public()``: every public correction and update, newest first;
- ``sentence(correction)``: “Corrected on 4 December 2026: this figure was
  54 million; it is 53 million.” in the active language.

The edit forms of statistics and fact sheets mix in ``ChangeNoteFormMixin``:
when a published object's watched fields change and the editor publishes (or
submits for review), the kind and a note are required and a pending record is
made; ``wagtail.signals.published`` / ``page_published`` make it public.
Citing pages are refreshed by the page cache's own invalidation on publish.
"""

import functools

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField, Q
from django.db.models.functions import Cast
from django.dispatch import receiver
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, published

from factsheets.choices import Verdict
from factsheets.formatting import format_statistic_value
from factsheets.models.correction import Correction
from languages.codes import language_codes
from languages.fallback import display_language
from languages.formatting import format_date
from languages.names import local_name

STATISTIC_FIELDS = ("value", "unit", "precision", "compact", "period_start", "period_end")


# -- Snapshots -------------------------------------------------------------------
def statistic_snapshot(statistic):
    return {
        "value": format(statistic.value.normalize(), "f") if statistic.value is not None else None,
        "unit": statistic.unit,
        "precision": statistic.precision,
        "compact": statistic.compact,
        "period_start": statistic.period_start.isoformat() if statistic.period_start else None,
        "period_end": statistic.period_end.isoformat() if statistic.period_end else None,
    }


def fact_sheet_snapshot(page):
    return {
        "verdict": page.verdict,
        "short_answer": {
            code: getattr(page, f"short_answer_{code}", "") for code in language_codes()
        },
    }


def differs(before, after):
    """Whether readers saw something that changed: a statistic's value, unit
    or period (precision and words only change how it is written); a fact
    sheet's verdict, or its short answer as written in the source language.
    Translations follow the source: a new or revised translation is not a
    correction (the change it follows was recorded once, in the source)."""
    if "verdict" in before:
        source = settings.LANGUAGE_CODE
        old, new = before.get("short_answer") or {}, after.get("short_answer") or {}
        answer_changed = bool(old.get(source)) and old.get(source) != new.get(source)
        return before["verdict"] != after.get("verdict") or answer_changed
    fields = ("value", "unit", "period_start", "period_end")
    return any(before.get(field) != after.get(field) for field in fields)


# -- Queries ---------------------------------------------------------------------
def history(statistic):
    """The public corrections and updates of ``statistic``, newest first."""
    return list(Correction.objects.public().filter(statistic=statistic))


def public():
    return Correction.objects.public().select_related("statistic", "fact_sheet")


def _statistic_ids_cited_by(page):
    """A subquery: the ids of the statistics ``page`` cites (reference index)."""
    from factsheets.models.statistic import Statistic

    return (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=str(page.pk),
            to_content_type=ContentType.objects.get_for_model(Statistic),
        )
        .annotate(statistic_id=Cast("to_object_id", IntegerField()))
        .values("statistic_id")
    )


@functools.cache
def can_cite_statistics(model):
    """Whether pages of ``model`` can cite a statistic at all (a block that
    chooses one or places one in text): other page types need no query."""
    from wagtail.fields import StreamField

    from factsheets.blocks import FigureRichTextBlock, LiveStatisticChooserBlock

    def walk(block):
        if isinstance(block, (LiveStatisticChooserBlock, FigureRichTextBlock)):
            return True
        children = getattr(block, "child_blocks", None) or {}
        child = getattr(block, "child_block", None)
        return any(walk(b) for b in children.values()) or (child is not None and walk(child))

    return any(
        walk(field.stream_block)
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
    )


def for_page(page):
    """The corrections a page shows readers, newest first: one query, none
    for page types that cannot cite a statistic."""
    if page is None or page.pk is None:
        return []
    if not (can_cite_statistics(type(page)) or hasattr(page, "verdict")):
        return []
    condition = Q(statistic_id__in=_statistic_ids_cited_by(page)) | Q(fact_sheet_id=page.pk)
    return list(
        public().filter(condition).filter(Q(statistic__isnull=True) | Q(statistic__live=True))
    )


# -- What readers read -----------------------------------------------------------
def _figure(snapshot, language, with_period):
    from decimal import Decimal

    value = snapshot.get("value")
    text = format_statistic_value(
        Decimal(value) if value is not None else None,
        snapshot.get("unit"),
        language,
        snapshot.get("precision") or 0,
        snapshot.get("compact") or False,
    )
    if with_period:
        text = f"{text} ({_period(snapshot)})"
    return text


def _period(snapshot):
    import datetime

    start = snapshot.get("period_start")
    end = snapshot.get("period_end")
    start = datetime.date.fromisoformat(start) if start else None
    end = datetime.date.fromisoformat(end) if end else None
    if start is None:
        return ""
    if end is None:
        return str(start.year) if (start.month, start.day) == (1, 1) else format_date(start)
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    return f"{format_date(start)} – {format_date(end)}"


def sentence(correction, language=None):
    """The dated sentence readers see, in ``language`` (default: the active one)."""
    language = language or get_language() or settings.LANGUAGE_CODE
    date = format_date(correction.published_at.date(), language) if correction.published_at else ""
    corrected = correction.kind == Correction.Kind.CORRECTION
    before, after = correction.before, correction.after or {}
    if correction.statistic_id:
        with_period = (before.get("period_start"), before.get("period_end")) != (
            after.get("period_start"),
            after.get("period_end"),
        )
        values = {
            "date": date,
            "old": _figure(before, language, with_period),
            "new": _figure(after, language, with_period),
        }
        if corrected:
            return (
                gettext("Corrected on %(date)s: this figure was %(old)s; it is %(new)s.") % values
            )
        return gettext("Updated on %(date)s: this figure was %(old)s; it is %(new)s.") % values
    if before.get("verdict") != after.get("verdict"):
        values = {
            "date": date,
            "old": _verdict(before.get("verdict")),
            "new": _verdict(after.get("verdict")),
        }
        if corrected:
            return (
                gettext("Corrected on %(date)s: our verdict was “%(old)s”; it is “%(new)s”.")
                % values
            )
        return gettext("Updated on %(date)s: our verdict was “%(old)s”; it is “%(new)s”.") % values
    answers = before.get("short_answer") or {}
    values = {"date": date, "old": answers.get(language) or answers.get(settings.LANGUAGE_CODE, "")}
    if corrected:
        return gettext("Corrected on %(date)s: the short answer was “%(old)s”.") % values
    return gettext("Updated on %(date)s: the short answer was “%(old)s”.") % values


def note_language(correction):
    """The language the reader reads the note in (it falls back like a page)."""
    return display_language(correction, fields=("note",))


def _verdict(value):
    return str(Verdict(value).label) if value in Verdict.values else ""


def subject(correction):
    """What was corrected: the statistic's label or the fact sheet's title."""
    if correction.statistic_id:
        return correction.statistic.label
    return correction.fact_sheet.title


# -- The edit forms ----------------------------------------------------------------
def _note_field(code):
    return forms.CharField(
        label=format_lazy(_("Note for readers ({language})"), language=local_name(code)),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


# Declared on a form class (one note field per language), so panels may name them.
ChangeNoteFields = forms.forms.DeclarativeFieldsMetaclass(
    "ChangeNoteFields",
    (forms.Form,),
    {
        "__module__": __name__,
        "change_kind": forms.ChoiceField(
            label=_("This change is"),
            choices=[
                ("", _("Neither: no value readers saw has changed")),
                *Correction.Kind.choices,
            ],
            required=False,
            widget=forms.RadioSelect,
            help_text=_(
                "Readers are told on every page that cites it, on the Corrections page and "
                "in its feed."
            ),
        ),
        **{f"change_note_{code}": _note_field(code) for code in language_codes()},
    },
)


class ChangeNoteFormMixin(ChangeNoteFields):
    """``change_kind`` and one ``change_note_<code>`` per language: required
    when publishing (or submitting) a change of a watched field of a published
    object; the record is made on save and made public on publish. Subclasses
    set ``subject_field`` and ``snapshot``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._before = self._live_snapshot()

    def _live_snapshot(self):
        instance = self.instance
        if instance.pk is None:
            return None
        live = type(instance).objects.filter(pk=instance.pk, live=True).first()
        return self.snapshot(live) if live is not None else None

    def _changed(self):
        if self._before is None:
            return False
        return differs(self._before, self.snapshot(self.instance))

    def _is_publishing(self):
        return any(
            self.data.get(name)
            for name in ("action-publish", "action-submit", "action-workflow-action")
        )

    def _post_clean(self):
        super()._post_clean()
        self._pending = False
        if not (self._is_publishing() and self._changed()):
            return
        kind = self.cleaned_data.get("change_kind")
        note = (self.cleaned_data.get(f"change_note_{settings.LANGUAGE_CODE}") or "").strip()
        if not kind:
            self.add_error(
                "change_kind",
                gettext(
                    "Readers saw the old version: say whether this is a correction or an update."
                ),
            )
        if not note:
            self.add_error(
                f"change_note_{settings.LANGUAGE_CODE}",
                gettext("Write a short note for readers on what changed and why."),
            )
        self._pending = bool(kind and note)

    def save(self, commit=True):
        instance = super().save(commit=commit)
        if getattr(self, "_pending", False) and instance.pk is not None:
            subject = {self.subject_field: instance}
            Correction.objects.pending().filter(**subject).delete()
            notes = {
                f"note_{code}": (self.cleaned_data.get(f"change_note_{code}") or "").strip()
                for code in language_codes()
            }
            Correction.objects.create(
                kind=self.cleaned_data["change_kind"], before=self._before, **subject, **notes
            )
        return instance


def change_note_panels():
    """The panels of the correction fields, for the edit handlers."""
    from wagtail.admin.panels import FieldPanel, MultiFieldPanel

    return MultiFieldPanel(
        [
            FieldPanel("change_kind"),
            *(FieldPanel(f"change_note_{code}") for code in language_codes()),
        ],
        heading=_("Correction or update"),
        help_text=_(
            "Needed when you publish a new value, unit or period of a published statistic, "
            "or a new verdict or short answer of a published fact sheet."
        ),
    )


# -- Made public on publish ------------------------------------------------------
def _make_public(field, instance, snapshot):
    now = timezone.now()
    for correction in Correction.objects.pending().filter(**{field: instance}):
        after = snapshot(instance)
        if not differs(correction.before, after):
            correction.delete()  # changed back before publishing: nothing to tell
            continue
        correction.after = after
        correction.published_at = now
        correction.save(update_fields=["after", "published_at"])


@receiver(published, dispatch_uid="factsheets.corrections.statistic")
def on_statistic_published(sender, instance, **kwargs):
    from factsheets.models.statistic import Statistic

    if isinstance(instance, Statistic):
        _make_public("statistic", instance, statistic_snapshot)


@receiver(page_published, dispatch_uid="factsheets.corrections.fact_sheet")
def on_fact_sheet_published(sender, instance, **kwargs):
    if hasattr(instance, "short_answer") and hasattr(instance, "verdict"):
        _make_public("fact_sheet", instance.specific, fact_sheet_snapshot)


class StatisticForm(ChangeNoteFormMixin, WagtailAdminModelForm):
    """The statistic edit form: a new value, unit or period of a published
    statistic needs a correction or update note."""

    subject_field = "statistic"
    snapshot = staticmethod(statistic_snapshot)

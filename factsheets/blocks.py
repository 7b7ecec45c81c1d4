"""Blocks that cite the statistics library.

Other apps import ``StatisticCalloutBlock`` (and may import the others) from
here. Number formatting lives on the ``Statistic`` model and on the struct
values below, never in templates. Previews in the editor's block picker cite
statistics of the library, chosen when the preview is drawn.
"""

import html

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from factsheets.choices import ClaimMedium
from factsheets.figures import FigureSet, shared_statistic
from factsheets.links import statistic_url
from factsheets.rich_text import statistic_ids_in_html
from home.blocks import CaptionedImageBlock, HeadingBlock, QuoteBlock

FIGURE_FEATURES = ["bold", "italic", "link", "ol", "ul", "statistic"]


def preview_statistics(count=1):
    """Up to ``count`` published statistics of one unit, for block previews."""
    from factsheets.models.statistic import Statistic

    live = Statistic.objects.live().order_by("key")
    first = live.first()
    return list(live.filter(unit=first.unit)[:count]) if first else []


def _preview_callout():
    statistics = preview_statistics()
    return {"statistic": statistics[0] if statistics else None, "label_override": ""}


def _preview_chart():
    return {
        "title": _("Figures from the statistics library"),
        "statistics": preview_statistics(4),
        "caption": "",
    }


def _preview_figure_text():
    statistics = preview_statistics()
    if not statistics:
        return ""
    return format_html(
        '<p>{} <a linktype="statistic" id="{}">{}</a>.</p>',
        _("A figure placed inside a sentence, from the statistics library:"),
        statistics[0].pk,
        statistics[0].formatted_value(),
    )


class LiveStatisticChooserBlock(SnippetChooserBlock):
    """Chooses a statistic from the library; an unpublished one is refused."""

    def __init__(self, **kwargs):
        super().__init__("factsheets.Statistic", **kwargs)

    class Meta:
        description = _("A published statistic of the library")
        preview_value = staticmethod(lambda: next(iter(preview_statistics()), None))

    def bulk_to_python(self, values):
        """The page's shared instances where it has them (``shared_statistics``);
        only the others (e.g. an unpublished figure) are loaded."""
        values = list(values)
        shared = [shared_statistic(pk) for pk in values]
        missing = [pk for pk, statistic in zip(values, shared, strict=True) if statistic is None]
        loaded = iter(super().bulk_to_python(missing) if missing else [])
        return [statistic if statistic is not None else next(loaded) for statistic in shared]

    def clean(self, value):
        value = super().clean(value)
        if value is not None and not value.live:
            raise ValidationError(
                gettext("“%(key)s” is not published: publish it before citing it.")
                % {"key": value.key}
            )
        return value


def _esc(text):
    return html.escape(str(text))


class CalloutValue(blocks.StructValue):
    """Resolves the callout's figure for templates."""

    @property
    def usable(self):
        statistic = self.get("statistic")
        return statistic is not None and statistic.live

    def formatted_value(self):
        return self["statistic"].formatted_value() if self.usable else ""

    def label(self):
        return self.get("label_override") or (self["statistic"].label if self.usable else "")


class StatisticCalloutBlock(blocks.StructBlock):
    """A big number from the library with its label, period and a link to its source."""

    statistic = LiveStatisticChooserBlock(label=_("Statistic"))
    label_override = blocks.CharBlock(
        label=_("Label"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the statistic's own label."),
    )

    def render(self, value, context=None):
        """The callout's HTML, written here rather than by an included template:
        a fact sheet may hold dozens of callouts, and one template render per
        figure was most of the time such a page took. On a fact sheet the
        source links to its numbered entry; elsewhere, to the statistic's page."""
        if not value.usable:
            return format_html(
                '<p class="figure-gap" role="note">{}</p>',
                gettext("This figure is under review and is not shown for now."),
            )
        statistic = value["statistic"]
        figures = context.get("figures") if context is not None else None
        number = figures.number(statistic) if figures is not None else None
        # Plain string building with the standard library's escape: this runs
        # once per figure, and format_html's lazy-string checks cost more than
        # the rest of the callout.
        qualifier = (
            f'<span class="callout__qualifier">{_esc(statistic.approximate)}</span> '
            if statistic.approximate
            else ""
        )
        source = f" [{number}]" if number else f": {_esc(statistic.source_publisher)}"
        href = f"#source-{number}" if number else statistic_url(statistic)
        return mark_safe(  # every value below is escaped
            '<figure class="callout">\n'
            f'  <p class="callout__number">{qualifier}<data value="{_esc(statistic.machine_value)}">'
            f"{_esc(value.formatted_value())}</data></p>\n"
            '  <figcaption class="callout__caption">\n'
            f'    <span class="callout__label">{_esc(value.label())}</span>\n'
            f'    <span class="callout__meta">{_esc(statistic.geography_label)}, '
            f"{_esc(statistic.period_label)}.\n"
            f'    <a href="{_esc(href)}">{_esc(gettext("Source"))}{source}</a></span>\n'
            "  </figcaption>\n"
            "</figure>"
        )

    class Meta:
        icon = "order"
        label = _("Figure callout")
        value_class = CalloutValue
        description = _("A big number from the statistics library, with its source")
        form_classname = "struct-block statistic-callout"
        preview_value = staticmethod(_preview_callout)


def _shared_prefix(labels):
    """The words every label starts with, up to a colon ("IOM funding
    requirements 2014–2016: "), which the chart's title already says."""
    if len(labels) < 2:
        return ""
    common = labels[0]
    for label in labels[1:]:
        while not label.startswith(common):
            common = common[:-1]
    cut = common.rfind(": ")
    return common[: cut + 2] if cut > 0 else ""


class ChartValue(blocks.StructValue):
    """Bars for the chart: each statistic with its share of the largest value
    and its label without the words all the bars share."""

    @cached_property
    def bars(self):
        statistics = [s for s in self.get("statistics") or [] if s is not None and s.live]
        largest = max((abs(s.value) for s in statistics), default=0)
        prefix = _shared_prefix([s.label for s in statistics])
        return [
            {
                "statistic": s,
                "label": s.label[len(prefix) :],
                "formatted_value": s.formatted_value(),
                "width": round(abs(s.value) * 100 / largest) if largest else 0,
            }
            for s in statistics
        ]


class StatisticChartBlock(blocks.StructBlock):
    """A bar chart of several statistics, drawn in HTML and CSS (no JavaScript),
    that is also a data table for screen readers and copy-paste."""

    title = blocks.CharBlock(label=_("Title"), max_length=255)
    statistics = blocks.ListBlock(
        LiveStatisticChooserBlock(label=_("Statistic")), label=_("Statistics"), min_num=1
    )
    caption = blocks.CharBlock(label=_("Note"), required=False, max_length=500)

    class Meta:
        icon = "table"
        label = _("Bar chart")
        template = "factsheets/blocks/chart.html"
        value_class = ChartValue
        description = _(
            "A bar chart of figures from the statistics library, readable without JavaScript"
        )
        preview_value = staticmethod(_preview_chart)


class FigureRichTextBlock(blocks.RichTextBlock):
    """Text in which editors place statistics inside a sentence (toolbar button
    “Statistic”); an unknown or unpublished statistic is refused at save time."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", FIGURE_FEATURES)
        kwargs.setdefault("label", _("Paragraph"))
        kwargs.setdefault("icon", "pilcrow")
        super().__init__(**kwargs)

    def clean(self, value):
        from factsheets.models.statistic import Statistic

        value = super().clean(value)
        bad = Statistic.objects.unusable_ids(statistic_ids_in_html(value.source))
        if bad:
            raise ValidationError(
                gettext(
                    "This text cites a statistic that is unknown or not published (id %(ids)s)."
                )
                % {"ids": ", ".join(str(pk) for pk in bad)}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        figures = (parent_context or {}).get("figures")
        if figures is None:
            figures = FigureSet(statistic_ids_in_html(value.source))
        context["html"] = figures.render_rich_text(value.source)
        return context

    class Meta:
        template = "factsheets/blocks/paragraph.html"
        description = _("Text with figures from the statistics library")
        preview_value = staticmethod(_preview_figure_text)


class SourceValue(blocks.StructValue):
    """A cited passage for templates and ClaimReview: the date in the reader's language."""

    def date_label(self):
        from languages.formatting import format_date

        return format_date(self["date"]) if self.get("date") else ""


class SourceBlock(blocks.StructBlock):
    """Evidence that is not a figure: a passage of a report, a law or a study,
    quoted with where it stands (page or section), so a reader can check it."""

    publisher = blocks.CharBlock(label=_("Publisher"), max_length=255)
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    url = blocks.URLBlock(label=_("Link"), required=False)
    date = blocks.DateBlock(label=_("Date published"), required=False)
    locator = blocks.CharBlock(
        label=_("Page or section"),
        required=False,
        max_length=255,
        help_text=_("Where the passage stands, e.g. p. 13 or the section's title."),
    )
    quote = blocks.TextBlock(
        label=_("Passage"), required=False, help_text=_("The words of the source, quoted exactly.")
    )
    translated = blocks.BooleanBlock(
        label=_("Our translation"),
        required=False,
        help_text=_("Tick when the passage is our translation of the source's words."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Source")
        template = "factsheets/blocks/source.html"
        value_class = SourceValue
        description = _("A passage of a report, a law or a study, quoted with its section")
        preview_value = {
            "publisher": _("International Organization for Migration (IOM)"),
            "title": _(
                "IOM Regional Strategy for Central and North America and the Caribbean, 2014–2016"
            ),
            "locator": _("The Dynamic Context of Migration in the Region"),
            "quote": _(
                "Irregular migrants are more vulnerable to discrimination, abuse, extortion, "
                "kidnapping, human trafficking, sexual violence, and other crimes."
            ),
        }


class ClaimAppearanceBlock(blocks.StructBlock):
    """Where the claim was seen: a link, or a description such as “a common
    saying”; who said it and when, when known. Search engines read it in the
    fact sheet's ClaimReview."""

    medium = blocks.ChoiceBlock(label=_("Medium"), choices=ClaimMedium.choices)
    url = blocks.URLBlock(label=_("Link"), required=False)
    description = blocks.CharBlock(
        label=_("Description"),
        required=False,
        max_length=255,
        help_text=_("Where it was heard or read, when there is no link: e.g. a common saying."),
    )
    author = blocks.CharBlock(
        label=_("Said by"), required=False, max_length=255, help_text=_("Only when known.")
    )
    first_seen = blocks.DateBlock(label=_("First seen"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Appearance")
        template = "factsheets/blocks/appearance.html"
        description = _("Where the claim appeared: a link or a description")
        preview_value = {"medium": "saying", "description": _("A common saying")}

    def clean(self, value):
        value = super().clean(value)
        if not value.get("url") and not (value.get("description") or "").strip():
            raise blocks.StructBlockValidationError(
                block_errors={
                    "description": ValidationError(
                        gettext("Give a link or describe where the claim appeared.")
                    )
                }
            )
        return value


class ClaimAppearancesBlock(blocks.StreamBlock):
    """The places a claim appeared, the first one first."""

    appearance = ClaimAppearanceBlock()

    class Meta:
        label = _("Where the claim appeared")


class FactSheetBodyBlock(blocks.StreamBlock):
    """The body of a fact sheet: text with inline figures, callouts, charts,
    quotes and images."""

    heading = HeadingBlock()
    paragraph = FigureRichTextBlock()
    callout = StatisticCalloutBlock()
    chart = StatisticChartBlock()
    source = SourceBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()

    class Meta:
        label = _("Body")

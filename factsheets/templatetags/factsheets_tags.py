from html import escape

from django import template
from django.utils.safestring import mark_safe

from factsheets import corrections
from factsheets.links import statistic_url

register = template.Library()


@register.simple_tag(takes_context=True)
def source_href(context, statistic):
    """The numbered source on a fact sheet; elsewhere, the statistic's page."""
    figures = context.get("figures")
    number = figures.number(statistic) if figures is not None else None
    if number:
        return f"#source-{number}"
    return statistic_url(statistic)


@register.simple_tag(takes_context=True)
def source_number(context, statistic):
    figures = context.get("figures")
    return (figures.number(statistic) if figures is not None else None) or ""


@register.inclusion_tag("factsheets/includes/verdict.html")
def verdict(code, label, size="small"):
    """A verdict as colour, icon and word (never colour alone)."""
    return {"code": code, "label": label, "size": size}


def _notices(found):
    return {
        "corrections": [
            {
                "id": c.pk,
                "kind": c.kind,
                "subject": corrections.subject(c),
                "sentence": corrections.sentence(c),
                "note": c.note,
                "note_lang": corrections.note_language(c),
            }
            for c in found
        ]
    }


@register.inclusion_tag("factsheets/includes/corrections.html")
def page_corrections(page):
    """The dated corrections and updates of what ``page`` says or cites,
    newest first, in the reader's language (any page type)."""
    return _notices(corrections.for_page(page) if getattr(page, "pk", None) else [])


@register.inclusion_tag("factsheets/includes/corrections.html")
def statistic_corrections(statistic):
    """The same notice on a statistic's own page: its public history."""
    return _notices(corrections.history(statistic) if getattr(statistic, "pk", None) else [])


@register.simple_tag
def source_figures(statistics):
    """The ``<li>`` of each figure listed under its source document, written
    in Python: a sheet may cite dozens, and a template loop per figure costs
    more than the rest of the list."""
    items = []
    for s in statistics:
        value = f"{s.approximate} {s.formatted_value()}" if s.approximate else s.formatted_value()
        items.append(
            f'<li id="figure-{escape(s.key)}"><span class="sources__value">{escape(value)}</span>'
            f' · <a href="{escape(s.page_url())}">{escape(s.label)}</a>'
            f" ({escape(s.geography_label)}, {escape(s.period_label)})</li>"
        )
    return mark_safe("\n".join(items))  # every value is escaped

from django import template

from factsheets.views import statistic_card_url

register = template.Library()


@register.simple_tag(takes_context=True)
def source_href(context, statistic):
    """The numbered source entry on a fact sheet; elsewhere, the source itself."""
    figures = context.get("figures")
    number = figures.number(statistic) if figures is not None else None
    if number:
        return f"#source-{number}"
    return statistic.source_url or statistic_card_url(statistic)


@register.simple_tag(takes_context=True)
def source_number(context, statistic):
    figures = context.get("figures")
    return (figures.number(statistic) if figures is not None else None) or ""

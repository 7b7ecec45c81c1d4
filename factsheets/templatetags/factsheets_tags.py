from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def source_href(context, statistic):
    """The numbered source entry on a fact sheet; elsewhere, the source itself."""
    figures = context.get("figures")
    number = figures.number(statistic) if figures is not None else None
    if number:
        return f"#source-{number}"
    return statistic.source_url or statistic.card_url()


@register.simple_tag(takes_context=True)
def source_number(context, statistic):
    figures = context.get("figures")
    return (figures.number(statistic) if figures is not None else None) or ""

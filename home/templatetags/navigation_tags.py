"""Site navigation: the home page's children that are shown in menus."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Site

register = template.Library()


def _menu(request):
    """(menu pages, id of the rights entry), read once per request: the
    header and footer each render the menu."""
    cached = getattr(request, "_main_menu", None)
    if cached is None:
        site = Site.find_for_request(request)
        root = site.root_page.specific if site else None
        items = list(root.get_children().live().in_menu()) if root else []
        cached = (items, getattr(root, "rights_page_id", None))
        request._main_menu = cached
    return cached


@register.inclusion_tag("home/includes/main_menu.html", takes_context=True)
def main_menu(context, variant="bar"):
    """The main menu as a bar (wide screens), a disclosure (phones; a
    ``<details>``, so no JavaScript) or a footer list. The home page's rights
    entry is marked so the bar makes it stand out."""
    request = context["request"]
    items, rights_pk = _menu(request)
    return {
        "variant": variant,
        "items": items,
        "current": context.get("page"),
        "rights_pk": rights_pk,
        "LANGUAGE_CODE": get_language(),
        "request": request,
    }


@register.inclusion_tag("home/includes/rights_entry.html", takes_context=True)
def rights_entry(context):
    """The way in to the rights guides (home page, error pages), with the home
    page's heading and text."""
    request = context["request"]
    site = Site.find_for_request(request)
    home = site.root_page.specific if site else None
    rights_page = getattr(home, "rights_page", None)
    return {
        "home": home,
        "rights_url": rights_page.get_url(request) if rights_page and rights_page.live else "",
    }

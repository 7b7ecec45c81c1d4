"""Site navigation: the home page's children that are shown in menus."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Site

register = template.Library()


def _home(context):
    """The site's home page (specific), read once per request: the menus and
    the rights entry all need it."""
    request = context["request"]
    if not hasattr(request, "_site_home"):
        site = Site.find_for_request(request)
        page = context.get("page")
        if site is None:
            request._site_home = None
        elif page is not None and page.pk == site.root_page_id:
            request._site_home = page
        else:
            request._site_home = site.root_page.specific
    return request._site_home


def _menu(context):
    """(menu pages, id of the rights entry), read once per request: the
    header and footer each render the menu."""
    request = context["request"]
    if not hasattr(request, "_main_menu"):
        root = _home(context)
        if hasattr(root, "menu_pages"):
            items = root.menu_pages()
        else:
            items = list(root.get_children().live().in_menu()) if root else []
        request._main_menu = (items, getattr(root, "rights_page_id", None))
    return request._main_menu


@register.inclusion_tag("home/includes/main_menu.html", takes_context=True)
def main_menu(context, variant="bar"):
    """The main menu as a bar (wide screens), a disclosure (phones; a
    ``<details>``, so no JavaScript) or a footer list. The home page's rights
    entry is marked so the bar makes it stand out."""
    request = context["request"]
    items, rights_pk = _menu(context)
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
    home = _home(context)
    rights_page = getattr(home, "rights_page", None)
    return {
        "home": home,
        "rights_url": rights_page.get_url(request) if rights_page and rights_page.live else "",
    }


@register.inclusion_tag("home/includes/trust_links.html", takes_context=True)
def trust_links(context):
    """The footer's "About this site": who publishes it, how facts are
    checked, the corrections policy, and the form to report an error."""
    home = _home(context)
    return {
        "pages": home.trust_pages() if hasattr(home, "trust_pages") else [],
        "LANGUAGE_CODE": get_language(),
    }

from django import template
from django.core.cache import cache
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from offline.dates import date_format

register = template.Library()


def _rights_url():
    """The rights index in the reader's language (cached ten minutes: every
    page asks for it, and it moves only if an editor renames it)."""
    key = f"offline:rights-url:{get_language()}"
    url = cache.get(key)
    if url is None:
        from rights.models import RightsGuideIndexPage

        index = RightsGuideIndexPage.objects.live().public().order_by("pk").first()
        url = index.url if index is not None else ""
        cache.set(key, url, 600)
    return url


@register.simple_tag
def offline_script():
    """The page script (registers the service worker; see offline.js), with
    its strings in the reader's language."""
    dates = date_format()
    return format_html(
        '<script src="{}" defer data-offline-url="{}" data-rights-url="{}" data-saved-on="{}"'
        ' data-saved="{}" data-save-failed="{}" data-search-offline="{}" data-months="{}"'
        ' data-date-pattern="{}"></script>',
        static("offline/offline.js"),
        reverse("offline_page"),
        _rights_url() or "",
        _("Saved on {date} — contacts may have changed."),
        _("Saved: you can read it without a connection."),
        _("Could not save it: check your connection and try again."),
        _("Search needs an internet connection. Your saved guides work offline."),
        "|".join(dates["months"]),
        dates["pattern"],
    )


@register.inclusion_tag("offline/save_button.html")
def save_for_offline():
    """A "Save for offline" button: hidden until the script finds a browser
    that can keep pages (without JavaScript it never shows)."""
    return {}


@register.simple_tag
def saved_note():
    """Where a page read offline says when it was saved (filled by the script)."""
    return mark_safe('<p id="saved-note" class="notice saved-note" role="status" hidden></p>')

"""Language names in the reader's language.

Django translates most language names but ships no catalogue for Haitian
Creole; this app's catalogue names every configured language in every other,
so the fallback notice never shows an English name on a Kreyòl page.
"""

from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

NAMES = {
    "en": _("English"),
    "es": _("Spanish"),
    "fr": _("French"),
    "ht": _("Haitian Creole"),
    "ar": _("Arabic"),
}


def translated_name(code):
    """The name of language ``code`` in the active language."""
    return NAMES.get(code) or get_language_info(code)["name_translated"]


def local_name(code, capitalised=True):
    """The name of language ``code`` in that language: ``Español`` on its own
    (a menu, a list), ``español`` inside a sentence (``capitalised=False``)."""
    name = get_language_info(code)["name_local"]
    return name[:1].upper() + name[1:] if capitalised else name

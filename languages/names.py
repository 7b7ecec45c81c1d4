"""Language names in the reader's language.

Django translates most language names but ships no catalogue for Haitian
Creole; this app's catalogue names every configured language in every other,
so the fallback notice never shows an English name on a Kreyòl page.
"""

from django.utils.translation import get_language_info, pgettext_lazy
from django.utils.translation import gettext_lazy as _

NAMES = {
    "en": _("English"),
    "es": _("Spanish"),
    "fr": _("French"),
    "ht": _("Haitian Creole"),
    "ar": _("Arabic"),
}


# A language's name as it stands inside a sentence takes that language's
# grammar: lower case in Spanish and French ("disponible en español", "en
# français"), capitalised in English. Its own context, so a translator can
# give it a form other than the name on its own.
IN_SENTENCE = "language name inside a sentence"
NAMES_IN_SENTENCE = {
    "en": pgettext_lazy(IN_SENTENCE, "English"),
    "es": pgettext_lazy(IN_SENTENCE, "Spanish"),
    "fr": pgettext_lazy(IN_SENTENCE, "French"),
    "ht": pgettext_lazy(IN_SENTENCE, "Haitian Creole"),
    "ar": pgettext_lazy(IN_SENTENCE, "Arabic"),
}


def name_in_sentence(code):
    """The name of language ``code`` in the active language, in the form it
    takes inside a sentence ("disponible en español")."""
    return str(NAMES_IN_SENTENCE.get(code) or translated_name(code))


def translated_name(code):
    """The name of language ``code`` in the active language."""
    return NAMES.get(code) or get_language_info(code)["name_translated"]


def local_name(code, capitalised=True):
    """The name of language ``code`` in that language: ``Español`` on its own
    (a menu, a list), ``español`` inside a sentence (``capitalised=False``)."""
    name = get_language_info(code)["name_local"]
    return name[:1].upper() + name[1:] if capitalised else name

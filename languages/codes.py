"""The site's language codes.

``settings.LANGUAGES`` declares the languages once; everything that loops
over them asks here, so adding a language is still one line in the settings.
"""

from django.conf import settings


def language_codes():
    """Every configured language code, in the order of ``settings.LANGUAGES``."""
    return [code for code, _name in settings.LANGUAGES]

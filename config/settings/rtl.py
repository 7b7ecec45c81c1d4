"""Test settings plus a right-to-left test language (Arabic) with no content
and no catalogue: every page falls back to English (marked ``lang="en"``, with
the fallback notice) inside an ``<html dir="rtl">`` page, which is what a new
right-to-left language looks like on its first day. Used by the screenshot
gallery and the browser tests; never in production."""

from .test import *  # noqa: F403
from .test import LANGUAGES

# Translated columns stay those of the real languages: no migration needed.
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
LANGUAGES = [*LANGUAGES, ("ar", "Arabic")]
RTL_TEST_LANGUAGE = "ar"

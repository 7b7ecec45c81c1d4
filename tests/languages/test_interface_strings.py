"""No interface string escapes translation.

Every catalogue (site-wide and per app) is complete for es, fr and ht, and
no page type, rendered in es/fr/ht, shows an English interface string: text
and labelling attributes are compared with every catalogue's msgids, leaving
out content marked with another ``lang`` (a visible fallback)."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

from tests.page_types import PAGE_TYPES

TRANSLATED = ["es", "fr", "ht"]
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
LABEL_ATTRIBUTES = {"alt", "title", "aria-label", "placeholder"}


def catalogues(lang):
    root = Path(settings.BASE_DIR)
    return sorted(
        path
        for path in root.glob(f"*/locale/{lang}/LC_MESSAGES/django.po")
        if path.parts[len(root.parts)] not in {".venv", "node_modules"}
    )


def read(path, lang):
    with open(path, "rb") as handle:
        return read_po(handle, locale=lang)


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


def english_strings(lang):
    """Interface msgids whose translation differs from the English text."""
    strings = set()
    for path in catalogues(lang):
        for message in read(path, lang):
            if not message.id or isinstance(message.id, tuple) or "%(" in message.id:
                continue
            if message.string and normalise(message.string) != normalise(message.id):
                strings.add(normalise(message.id))
    return strings


class VisibleText(HTMLParser):
    """Text nodes and labelling attributes in the page's own language."""

    def __init__(self, page_lang):
        super().__init__(convert_charrefs=True)
        self.stack = [page_lang]
        self.skip = 0
        self.texts = []

    @property
    def in_page_language(self):
        return self.stack[-1] == self.stack[0]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang") or self.stack[-1]
        if tag in ("script", "style"):
            self.skip += 1
        if lang == self.stack[0]:
            self.texts += [attrs[name] for name in LABEL_ATTRIBUTES if attrs.get(name)]
            if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
                self.texts.append(attrs["value"])
        if tag not in VOID:
            self.stack.append(lang)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag not in VOID and len(self.stack) > 1:
            self.stack.pop()

    def handle_data(self, data):
        if not self.skip and self.in_page_language and data.strip():
            self.texts.append(data)


def _translated(string):
    # Plural entries hold one string per plural form.
    return all(string) if isinstance(string, tuple) else bool(string)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_catalogue_is_complete_and_reviewed(lang):
    assert catalogues(lang), "no catalogues found"
    gaps = [
        f"{path.relative_to(settings.BASE_DIR)}: {message.id!r}"
        for path in catalogues(lang)
        for message in read(path, lang)
        if message.id and (not _translated(message.string) or message.fuzzy)
    ]
    assert gaps == []


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_no_english_interface_string_leaks_into_a_translated_page(client, db, name, lang):
    response = client.get(f"/{lang}{PAGE_TYPES[name]}", follow=True)
    parser = VisibleText(lang)
    parser.feed(response.content.decode())
    english = english_strings(lang)
    leaks = sorted({normalise(text) for text in parser.texts} & english)
    assert leaks == []


def _texts(client, lang, path):
    parser = VisibleText(lang)
    parser.feed(client.get(f"/{lang}{path}", follow=True).content.decode())
    return {normalise(text) for text in parser.texts}


WORDS = re.compile(r"\b[a-z]{4,}\b")


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_no_sentence_is_left_in_english_without_being_marked(client, db, name, lang):
    """Catches English typed into a template without gettext, or content left
    untranslated without a fallback mark: any text with ordinary lowercase
    words that reads the same as on the English page. Names, credits, figures
    and acronyms have no such words and pass."""
    english_page = _texts(client, "en", PAGE_TYPES[name])
    same = sorted(
        text for text in _texts(client, lang, PAGE_TYPES[name]) & english_page if WORDS.search(text)
    )
    assert same == []

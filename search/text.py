"""Text helpers shared by both backends: plain text out of pages, accent
folding and light stemming for the database backend, and safe highlighting."""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

STEMMER_NAMES = {"en": "english", "es": "spanish", "fr": "french"}
WORD_RE = re.compile(r"\w+", re.UNICODE)


def fold(text):
    """Lowercase, without accents: ``Haïti`` → ``haiti``."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_stemmers = threading.local()


def _stemmer(language):
    """A stemmer per thread: Snowball stemmers keep state between calls, so
    one shared by a threaded server's workers breaks under load."""
    cache = _stemmers.__dict__
    if language not in cache:
        name = STEMMER_NAMES.get(language)
        cache[language] = snowballstemmer.stemmer(name) if name else None
    return cache[language]


def words(text):
    return WORD_RE.findall(fold(text))


@lru_cache(maxsize=200_000)
def _stem(language, word):
    # Pure-Python Snowball is slow; a text repeats its words, so remember them.
    stemmer = _stemmer(language)
    if stemmer is None:
        return word
    stem = stemmer.stemWord(word)
    # Snowball keeps a final vowel in some forms (es: economía → economi, but
    # económica → econom): drop it so related words meet.
    while len(stem) > 4 and stem[-1] in "aeiou":
        stem = stem[:-1]
    return stem


def stems(text, language):
    """Folded, stemmed words of ``text`` (Haitian Creole: folded words)."""
    return [_stem(language, token) for token in words(text)]


def search_text(text, language):
    return " ".join(stems(text, language))


def plain_text(value, block=None):
    """Plain text of a field value: strings, rich text, StreamField values, lists.

    Inside StreamFields only text blocks count: choices (a heading level, a
    colour), links and other settings are not reading text.
    """
    from wagtail import blocks

    if block is not None and not isinstance(
        block,
        (
            blocks.CharBlock,
            blocks.TextBlock,
            blocks.RichTextBlock,
            blocks.StructBlock,
            blocks.ListBlock,
            blocks.StreamBlock,
        ),
    ):
        return ""
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(strip_tags(value).split())
    if hasattr(value, "source"):  # wagtail.rich_text.RichText
        return plain_text(value.source)
    if hasattr(value, "raw_data") and hasattr(value, "__iter__"):  # StreamValue
        return " ".join(plain_text(child.value, child.block) for child in value)
    if isinstance(value, dict):  # StructValue
        child_blocks = getattr(getattr(value, "block", None), "child_blocks", {})
        return " ".join(plain_text(v, child_blocks.get(k)) for k, v in value.items())
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ListValue":
        child = getattr(block, "child_block", None) if block is not None else None
        return " ".join(plain_text(getattr(v, "value", v), child) for v in value)
    if isinstance(value, (int, float)):
        return str(value)
    return ""


def highlight(text, query, language, length=220):
    """An excerpt of ``text`` around the first match, escaped, matches in <mark>.

    Escaping comes first; only then are the (already escaped) matching words
    wrapped, so editor text or the query can never inject markup.
    """
    text = text or ""
    wanted = set(stems(query, language))
    if not wanted:
        return escape(text[:length]) + ("…" if len(text) > length else "")
    matches = []
    for match in WORD_RE.finditer(text):
        word_stems = stems(match.group(0), language)
        if word_stems and word_stems[0] in wanted:
            matches.append(match.span())
    start = 0
    if matches and matches[0][0] > length // 3:
        start = text.rfind(" ", 0, matches[0][0] - length // 3) + 1
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    out, cursor = [], start
    for begin, finish in matches:
        if begin < start or finish > end:
            continue
        out.append(escape(text[cursor:begin]))
        out.append("<mark>" + escape(text[begin:finish]) + "</mark>")
        cursor = finish
    out.append(escape(text[cursor:end]))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)

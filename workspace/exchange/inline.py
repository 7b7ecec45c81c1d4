"""Rich text ↔ XLIFF 2 inline content.

Translators see words, not HTML. Stored rich text (Wagtail's database
format) is read into a list of tokens:

- ``("text", str)``;
- ``("open", id)`` / ``("close", id)``: an inline element that wraps words the
  translator translates (emphasis, a link to a page, a document or the web),
  written as ``<pc>``;
- ``("ph", id)``: an element with nothing to translate inside, written as
  ``<ph>``: a line break, an image, the tags of paragraphs, headings and list
  items (in ``<ignorable>`` parts between segments) and an inline statistic
  (its figure is re-rendered from the library, so its text is not translated).

Every id is numbered in document order and names a :class:`Code` that holds
the original HTML. On import the HTML is rebuilt from the codes of today's
English text, never from the file, so a file cannot smuggle markup in: an id
the English text does not have is refused.
"""

import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from django.utils.translation import gettext as _

# Tags that separate segments (their text is translated segment by segment).
BLOCK_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "hr",
    "embed",
    "div",
}
VOID_TAGS = {"br", "hr", "embed", "img"}
FORMATTING = {"b": "xlf:b", "strong": "xlf:b", "i": "xlf:i", "em": "xlf:i", "u": "xlf:u"}
STATISTIC_LINK = re.compile(r'\blinktype="statistic"')
REFERENCE_ATTRIBUTE = re.compile(r'\b(?:linktype|embedtype)="')


@dataclass
class Code:
    """One inline element of the English text."""

    id: str
    kind: str  # "pc" (wraps translatable words) or "ph" (stands alone)
    start: str  # the HTML of the element (ph) or of its start tag (pc)
    end: str = ""  # the end tag of a pc
    block: bool = False
    type: str = "fmt"  # XLIFF 2 type: fmt, link, image, other
    sub_type: str = ""
    display: str = ""  # what CAT tools show for a ph (a statistic's figure)
    keep: bool = False  # canDelete="no": links to pages, documents, statistics


class _Reader(HTMLParser):
    def __init__(self, describe_statistic):
        super().__init__(convert_charrefs=True)
        self.describe_statistic = describe_statistic
        self.tokens = []
        self.codes = {}
        self.stack = []
        self.capture = None  # raw HTML of an inline statistic being read

    def _code(self, **kwargs):
        code = Code(id=str(len(self.codes) + 1), **kwargs)
        self.codes[code.id] = code
        return code

    def handle_starttag(self, tag, attrs):
        raw = self.get_starttag_text()
        if self.capture is not None:
            self.capture["html"].append(raw)
            if tag == "a":
                self.capture["depth"] += 1
            return
        if tag == "a" and STATISTIC_LINK.search(raw):
            ident = dict(attrs).get("id", "")
            self.capture = {"html": [raw], "text": [], "depth": 1, "id": ident}
            return
        keep = bool(REFERENCE_ATTRIBUTE.search(raw))
        if tag in BLOCK_TAGS or tag in VOID_TAGS:
            kind = {"br": ("fmt", "xlf:lb"), "embed": ("image", ""), "img": ("image", "")}
            code_type, sub_type = kind.get(tag, ("fmt", ""))
            code = self._code(
                kind="ph",
                start=raw,
                block=tag in BLOCK_TAGS,
                type=code_type,
                sub_type=sub_type,
                keep=keep or tag in BLOCK_TAGS,
            )
            self.tokens.append(("ph", code.id))
            return
        code = self._code(
            kind="pc",
            start=raw,
            end=f"</{tag}>",
            type="link" if tag == "a" else "fmt",
            sub_type=FORMATTING.get(tag, ""),
            keep=keep,
        )
        self.stack.append((tag, code.id))
        self.tokens.append(("open", code.id))

    def handle_startendtag(self, tag, attrs):
        if tag in VOID_TAGS or self.capture is not None:
            self.handle_starttag(tag, attrs)
        else:  # <b/>: nothing to translate inside
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.capture is not None:
            self.capture["html"].append(f"</{tag}>")
            if tag == "a":
                self.capture["depth"] -= 1
                if not self.capture["depth"]:
                    self._end_statistic()
            return
        if tag in VOID_TAGS:
            return
        if tag in BLOCK_TAGS:
            code = self._code(kind="ph", start=f"</{tag}>", block=True, keep=True)
            self.tokens.append(("ph", code.id))
            return
        if self.stack and self.stack[-1][0] == tag:
            self.tokens.append(("close", self.stack.pop()[1]))
        else:  # a stray end tag in the stored HTML: keep it as it is
            code = self._code(kind="ph", start=f"</{tag}>")
            self.tokens.append(("ph", code.id))

    def _end_statistic(self):
        capture, self.capture = self.capture, None
        text = "".join(capture["text"])
        code = self._code(
            kind="ph",
            start="".join(capture["html"]),
            type="other",
            display=self.describe_statistic(capture["id"]) or text,
            keep=True,
        )
        self.tokens.append(("ph", code.id))

    def handle_data(self, data):
        if self.capture is not None:
            self.capture["html"].append(escape(data, quote=False))
            self.capture["text"].append(data)
        elif self.tokens and self.tokens[-1][0] == "text":
            self.tokens[-1] = ("text", self.tokens[-1][1] + data)
        else:
            self.tokens.append(("text", data))

    def close(self):
        super().close()
        if self.capture is not None:  # unclosed statistic link: keep it whole
            self._end_statistic()
        # A start tag never closed: nothing may follow it in the translation.
        for _tag, ident in self.stack:
            self.codes[ident].kind = "ph"
            self.tokens = [
                ("ph", i) if t == "open" and i == ident else (t, i) for t, i in self.tokens
            ]
        self.stack = []


def read_html(html, describe_statistic=lambda ident: ""):
    """``(tokens, {id: Code})`` of stored rich text."""
    reader = _Reader(describe_statistic)
    reader.feed(html or "")
    reader.close()
    return reader.tokens, reader.codes


def plain_tokens(text):
    return [("text", text)] if text else []


def parts(tokens, codes):
    """Split tokens into ``[("segment" | "ignorable", tokens)]``: block tags
    and the blank space around them are ignorable, each run of words between
    them is one segment (CAT tools may split it further into sentences)."""
    result = []
    current = []
    depth = 0

    def flush():
        if not current:
            return
        meaningful = any(
            (kind == "text" and value.strip()) or (kind != "text" and not codes[value].block)
            for kind, value in current
        )
        add("segment" if meaningful else "ignorable", list(current))
        current.clear()

    def add(kind, items):
        if result and result[-1][0] == kind == "ignorable":
            result[-1][1].extend(items)
        else:
            result.append((kind, items))

    for token in tokens:
        kind, value = token
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
        if kind == "ph" and codes[value].block and depth == 0:
            flush()
            add("ignorable", [token])
        else:
            current.append(token)
    flush()
    if not any(kind == "segment" for kind, _items in result):
        return [("segment", tokens)] if tokens else []
    return result


def signature(tokens):
    """What must match between the English text of a file and today's: the
    words and the inline elements, whatever the segmentation and spacing."""
    out = []
    for kind, value in tokens:
        if kind == "text":
            out.append(re.sub(r"\s+", "", value))
        else:
            out.append(f"\x00{kind}:{value}\x00")
    return "".join(out)


def to_html(tokens, codes):
    """Rebuild rich text from a translation's tokens and the English codes;
    ``(html, problems)``."""
    html, problems = [], []
    for kind, value in tokens:
        if kind == "text":
            html.append(escape(value, quote=False))
            continue
        code = codes.get(value)
        if code is None:
            problems.append(
                _("the inline element %(id)s is not in the English text") % {"id": value}
            )
        elif kind == "ph":
            if code.kind != "ph":
                problems.append(_("the inline element %(id)s lost its text") % {"id": value})
            html.append(code.start)
        elif code.kind != "pc":
            problems.append(_("the inline element %(id)s cannot hold text") % {"id": value})
        else:
            html.append(code.start if kind == "open" else code.end)
    return "".join(html), list(dict.fromkeys(problems))


def to_text(tokens):
    """A plain-text translation; ``(text, problems)``: plain text has no
    inline elements to map back."""
    problems = [
        _("the inline element %(id)s is not in the English text") % {"id": value}
        for kind, value in tokens
        if kind != "text"
    ]
    return "".join(value for kind, value in tokens if kind == "text"), list(dict.fromkeys(problems))


def match_codes(target_html, codes, describe_statistic=lambda ident: ""):
    """Tokens of an existing translation, with each element renumbered as the
    English element of the same HTML; None if one has no counterpart."""
    tokens, target_codes = read_html(target_html, describe_statistic)
    by_html = {}
    for code in codes.values():
        by_html.setdefault((code.kind, code.start, code.end), []).append(code.id)
    mapping = {}
    for code in target_codes.values():
        candidates = by_html.get((code.kind, code.start, code.end))
        if not candidates:
            return None
        mapping[code.id] = candidates.pop(0) if len(candidates) > 1 else candidates[0]
    return [(kind, value if kind == "text" else mapping[value]) for kind, value in tokens]

"""XLIFF 2.0 files: written for CAT tools, read back as they write them.

Writing: one ``<unit>`` per text (its ``name`` is the unit key); rich text is
split into segments at paragraphs, headings and list items, with the block
tags in ``<ignorable>`` parts and inline elements as ``<pc>``/``<ph>`` backed
by ``<originalData>`` (see ``inline``). Every segment starts ``initial``; an
outdated translation is offered as its target, still ``initial``.

Reading: a unit's text is the concatenation of all its segments and
ignorables in document order (targets reordered with ``order`` are put back),
so a unit that a CAT tool resegmented reads the same. Which states count as
translated is decided in ``FINAL_STATES``.
"""

import xml.etree.ElementTree as ET

from django.utils.translation import gettext as _

from workspace.exchange import inline
from workspace.exchange.units import ImportRefused, ParsedFile, ParsedUnit

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NS = {"x": XLIFF_NS}

# XLIFF 2.0 segment states. ``translated`` counts: the import is a draft that
# goes through the site's own review (Moderators approve it), and it is what
# Weblate, Poedit and OmegaT write for a finished translation. ``reviewed``
# and ``final`` count too. ``initial`` (the state of a segment without a
# ``state`` attribute, per the specification) is skipped and reported: a
# CAT tool's draft or a pre-filled previous translation is never imported.
FINAL_STATES = {"translated", "reviewed", "final"}
DEFAULT_STATE = "initial"


def _q(name):
    return f"{{{XLIFF_NS}}}{name}"


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def _append_inline(parent, tokens, codes):
    """Append tokens to ``parent`` as mixed content (text, <pc>, <ph>)."""
    stack = [parent]

    def add_text(text):
        element = stack[-1]
        if len(element):
            element[-1].tail = (element[-1].tail or "") + text
        else:
            element.text = (element.text or "") + text

    for kind, value in tokens:
        if kind == "text":
            add_text(value)
            continue
        code = codes[value]
        if kind == "ph":
            attrs = {"id": value, "dataRef": f"d{value}"}
        elif kind == "open":
            attrs = {"id": value, "dataRefStart": f"d{value}", "dataRefEnd": f"d{value}e"}
        else:
            stack.pop()
            continue
        if code.type:
            attrs["type"] = code.type
            if code.sub_type:
                attrs["subType"] = code.sub_type
        if code.display:
            attrs["disp"] = code.display
            attrs["equiv"] = code.display
        if code.keep:
            attrs["canDelete"] = "no"
        element = ET.SubElement(stack[-1], _q("ph" if kind == "ph" else "pc"), attrs)
        if kind == "open":
            stack.append(element)


def _original_data(unit_element, tokens, codes):
    used = [value for kind, value in tokens if kind in ("ph", "open")]
    if not used:
        return
    container = ET.SubElement(unit_element, _q("originalData"))
    for ident in used:
        code = codes[ident]
        ET.SubElement(container, _q("data"), {"id": f"d{ident}"}).text = code.start
        if code.kind == "pc":
            ET.SubElement(container, _q("data"), {"id": f"d{ident}e"}).text = code.end


def write(units, language, source_language, exported_at):
    ET.register_namespace("", XLIFF_NS)
    root = ET.Element(
        _q("xliff"), {"version": "2.0", "srcLang": source_language, "trgLang": language}
    )
    file = ET.SubElement(root, _q("file"), {"id": "f1", "original": "migration-facts"})
    file_notes = ET.SubElement(file, _q("notes"))
    ET.SubElement(file_notes, _q("note"), {"category": "exported"}).text = exported_at.isoformat()
    for index, unit in enumerate(units, start=1):
        element = ET.SubElement(
            file,
            _q("unit"),
            {"id": f"u{index}", "name": unit.key, f"{{{XML_NS}}}space": "preserve"},
        )
        notes = ET.SubElement(element, _q("notes"))
        ET.SubElement(notes, _q("note"), {"category": "context"}).text = unit.context
        ET.SubElement(notes, _q("note"), {"category": "format"}).text = (
            "html" if unit.rich else "text"
        )
        tokens, codes = unit.source_tokens, unit.codes
        _original_data(element, tokens, codes)
        source_parts = inline.parts(tokens, codes)
        target_parts = _target_parts(unit, source_parts)
        if target_parts is None and unit.target:
            ET.SubElement(
                notes, _q("note"), {"category": "previous-translation"}
            ).text = unit.target
        for index_part, (kind, part_tokens) in enumerate(source_parts):
            part = ET.SubElement(
                element,
                _q(kind),
                {"state": DEFAULT_STATE} if kind == "segment" else {},
            )
            _append_inline(ET.SubElement(part, _q("source")), part_tokens, codes)
            if kind == "segment":
                target = ET.SubElement(part, _q("target"))
                if target_parts is not None:
                    _append_inline(target, target_parts[index_part][1], codes)
    _indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")


STRUCTURE = {
    _q(name) for name in ("xliff", "file", "notes", "unit", "originalData", "segment", "ignorable")
}


def _indent(element, level=0):
    """Indent the structure only: inside <source>, <target>, <note> and
    <data> every space is content (ET.indent would add some)."""
    if element.tag not in STRUCTURE or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        _indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level


def _target_parts(unit, source_parts):
    """The outdated translation split like the English text, or None."""
    if not unit.target:
        return None
    if not unit.rich:
        return [("segment", inline.plain_tokens(unit.target))]
    tokens = inline.match_codes(unit.target, unit.codes)
    if tokens is None:
        return None
    target_parts = inline.parts(tokens, unit.codes)
    if [k for k, _t in target_parts] != [k for k, _t in source_parts]:
        return None
    return target_parts


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def _read_inline(element, problems):
    """Tokens of a <source>/<target> (text, pc, ph, sc/ec, mrk, cp)."""
    tokens = []

    def text(value):
        if value:
            tokens.append(("text", value))

    def walk(node):
        text(node.text)
        for child in node:
            name = child.tag.rsplit("}", 1)[-1] if child.tag.startswith("{") else child.tag
            ident = child.get("id", "")
            if name == "ph":
                tokens.append(("ph", ident))
            elif name == "pc":
                tokens.append(("open", ident))
                walk(child)
                tokens.append(("close", ident))
            elif name == "sc":
                tokens.append(("open", ident))
            elif name == "ec":
                tokens.append(("close", child.get("startRef") or ident))
            elif name == "mrk":  # an annotation (comment, term): keep its words
                walk(child)
            elif name in ("sm", "em"):
                pass
            elif name == "cp":
                try:
                    char = chr(int(child.get("hex", ""), 16))
                except ValueError:
                    problems.append(_("a <cp> element has no valid code point"))
                else:
                    text(char)
            else:
                problems.append(_("the element <%(name)s> is not allowed in text") % {"name": name})
            text(child.tail)

    walk(element)
    merged = []
    for kind, value in tokens:
        if kind == "text" and merged and merged[-1][0] == "text":
            merged[-1] = ("text", merged[-1][1] + value)
        else:
            merged.append((kind, value))
    return merged


def _read_unit(element, index):
    """One ``<unit>``: joined source and target, and whether every segment is
    translated."""
    key = element.get("name") or element.get("id") or ""
    problems = []
    parts = [child for child in element if child.tag in (_q("segment"), _q("ignorable"))]
    sources, targets, states = [], [None] * len(parts), []
    untranslated = []
    for position, part in enumerate(parts):
        source = part.find("x:source", NS)
        target = part.find("x:target", NS)
        source_tokens = _read_inline(source, problems) if source is not None else []
        sources.append(source_tokens)
        is_segment = part.tag == _q("segment")
        target_tokens = []
        if target is not None:
            target_tokens = _read_inline(target, problems)
            order = target.get("order")
            slot = position
            if order:
                try:
                    slot = int(order) - 1
                    if not 0 <= slot < len(parts):
                        raise ValueError
                except ValueError:
                    problems.append(
                        _("a target has an invalid order “%(order)s”") % {"order": order}
                    )
                    slot = position
            targets[slot] = target_tokens
        if is_segment:
            state = part.get("state") or DEFAULT_STATE
            states.append(state)
            has_words = bool(inline.signature(source_tokens))
            translated = bool(inline.signature(target_tokens))
            if has_words and (state not in FINAL_STATES or not translated):
                untranslated.append((len(states), state if translated else "empty"))
    source = [token for tokens in sources for token in tokens]
    target = []
    for position, tokens in enumerate(targets):
        # An ignorable without a target keeps its source (block tags, spaces).
        target.extend(tokens if tokens is not None else sources[position])
    segment_count = len(states)
    if not segment_count:
        problems.append(_("the unit has no segment"))
    status = "final"
    if untranslated:
        status = "empty" if all(s == "empty" for _n, s in untranslated) else "initial"
    return ParsedUnit(
        key=key,
        source=source,
        target=target,
        status=status,
        inline=True,
        segments=segment_count,
        untranslated=[n for n, _state in untranslated],
        problems=problems,
        position=index,
    )


def parse(data):
    if b"<!DOCTYPE" in data[:4000].upper() or b"<!ENTITY" in data.upper():
        raise ImportRefused([_("The file declares a DTD or entities, which are not allowed.")])
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise ImportRefused(
            [_("The file is not well-formed XML (%(error)s).") % {"error": error}]
        ) from error
    if root.tag != _q("xliff") or not (root.get("version") or "").startswith("2."):
        raise ImportRefused([_("The file is not an XLIFF 2.0 document.")])
    exported = None
    note = root.find("x:file/x:notes/x:note[@category='exported']", NS)
    if note is not None and note.text:
        exported = note.text.strip()
    units = [
        _read_unit(element, index)
        for index, element in enumerate(root.iterfind(".//x:unit", NS), start=1)
    ]
    return ParsedFile(
        source_language=root.get("srcLang"),
        language=root.get("trgLang"),
        units=units,
        exported_at=exported,
    )

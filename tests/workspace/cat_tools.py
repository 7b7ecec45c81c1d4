"""Translate exported files as translators' tools do, with the libraries
those tools are built on: translate-toolkit's XLIFF 2.0 store (Weblate,
Pootle, Virtaal) and polib (PO headers and flags as Poedit and Weblate write
them). No test edits an exported file with a regular expression."""

import copy
import datetime

import polib
from lxml import etree
from translate.storage import xliff2
from translate.storage.placeables.strelem import StringElem
from translate.storage.placeables.xliff import UnknownXML

XLIFF = "urn:oasis:names:tc:xliff:document:2.0"


class Code:
    """An inline element of the source segment, by id; ``text`` translates
    the words a ``<pc>`` wraps (None: copy a ``<ph>`` as it is)."""

    def __init__(self, ident, text=None):
        self.ident = str(ident)
        self.text = text


def rich(*parts):
    """A target with inline elements: ``rich("Pi fò ", Code(2, "wout"), " yo.")``."""
    return parts


def _placeables(unit):
    return {
        element.id: element
        for element in unit.rich_source[0].depth_first()
        if isinstance(element, UnknownXML)
    }


def _rich_target(unit, parts):
    placeables = _placeables(unit)
    sub = []
    for part in parts:
        if isinstance(part, Code):
            source = placeables[part.ident]
            inner = [StringElem(part.text)] if part.text is not None else []
            sub.append(UnknownXML(sub=inner, id=source.id, xml_node=source.xml_node))
        else:
            sub.append(StringElem(part))
    return [StringElem(sub)]


def segments_of(store, suffix):
    """The toolkit's units (one per segment) of the XLIFF unit named ``…suffix``."""
    return [u for u in store.units if u.getunitelement().get("name", "").endswith(suffix)]


def cat_translate(data, translations, state="translated"):
    """Fill the segments of the units whose name ends with a key of
    ``translations``; a value is one text per segment (a string, or
    ``rich(...)`` parts) or a single text. ``state``: ``translated`` (as
    Weblate marks a finished string), ``initial`` (a draft), or None (leave
    the state the file had)."""
    store = xliff2.Xliff2File.parsestring(data if isinstance(data, bytes) else data.encode())
    for suffix, value in translations.items():
        by_unit = {}
        for segment in segments_of(store, suffix):
            by_unit.setdefault(segment.getunitelement(), []).append(segment)
        assert by_unit, f"no unit ends with {suffix}"
        texts = value if isinstance(value, list) else [value]
        for segments in by_unit.values():
            assert len(texts) == len(segments), (suffix, len(segments))
            for unit, text in zip(segments, texts, strict=True):
                if isinstance(text, tuple):
                    unit.rich_target = _rich_target(unit, text)
                else:
                    unit.target = text
                if state == "translated":
                    unit.marktranslated()
                elif state == "initial":
                    unit.markfuzzy()
    return bytes(store)


def resegment(data, suffix, separator=". "):
    """Split the first segment of a unit at each sentence end, as a CAT tool's
    segmentation rules do: several ``<segment>``s with ``<ignorable>`` spaces
    between them, the inline elements kept in their sentence."""
    root = etree.fromstring(data if isinstance(data, bytes) else data.encode())
    ns = {"x": XLIFF}
    unit = next(u for u in root.iterfind(".//x:unit", ns) if u.get("name", "").endswith(suffix))
    segment = unit.find("x:segment", ns)
    source = segment.find("x:source", ns)
    items = []  # text pieces and elements, in order
    if source.text:
        items.append(source.text)
    for child in source:
        tail, child.tail = child.tail, None
        items.append(child)
        if tail:
            items.append(tail)
    sentences, current = [], []
    for item in items:
        if isinstance(item, str) and separator in item:
            pieces = item.split(separator)
            for piece in pieces[:-1]:
                current.append(piece + separator.rstrip())
                sentences.append(current)
                current = []
            if pieces[-1]:
                current.append(pieces[-1])
        else:
            current.append(item)
    if current:
        sentences.append(current)
    position = list(unit).index(segment)
    unit.remove(segment)
    new_parts = []
    for number, sentence in enumerate(sentences):
        if number:
            ignorable = etree.Element(f"{{{XLIFF}}}ignorable")
            etree.SubElement(ignorable, f"{{{XLIFF}}}source").text = separator[
                len(separator.rstrip()) :
            ]
            new_parts.append(ignorable)
        new_segment = etree.Element(
            f"{{{XLIFF}}}segment", {"id": f"s{number + 1}", "state": "initial"}
        )
        new_source = etree.SubElement(new_segment, f"{{{XLIFF}}}source")
        last = None
        for item in sentence:
            if isinstance(item, str):
                if last is None:
                    new_source.text = (new_source.text or "") + item
                else:
                    last.tail = (last.tail or "") + item
            else:
                new_source.append(copy.deepcopy(item))
                last = new_source[-1]
        new_parts.append(new_segment)
    for offset, part in enumerate(new_parts):
        unit.insert(position + offset, part)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def po_translate(
    data, translations, fuzzy=(), language=None, translator="Tradiktè <t@example.org>"
):
    """Translate a PO file as Poedit does with polib: set ``msgstr`` of the
    entries whose ``msgctxt`` ends with a key, clear their fuzzy flag (or set
    it for the keys in ``fuzzy``), and update the standard header."""
    catalog = polib.pofile(data if isinstance(data, str) else data.decode("utf-8"))
    for entry in catalog:
        for suffix, text in translations.items():
            if (entry.msgctxt or "").endswith(suffix):
                entry.msgstr = text
                if suffix in fuzzy:
                    if "fuzzy" not in entry.flags:
                        entry.flags.append("fuzzy")
                elif "fuzzy" in entry.flags:
                    entry.flags.remove("fuzzy")
    if language is not None:
        catalog.metadata["Language"] = language
    catalog.metadata["Last-Translator"] = translator
    catalog.metadata["PO-Revision-Date"] = datetime.datetime.now(datetime.UTC).strftime(
        "%Y-%m-%d %H:%M+0000"
    )
    catalog.metadata["X-Generator"] = "Poedit 3.4"
    return str(catalog)


def cat_translate_all(data, prefix, keep=lambda placeable: True, state="translated"):
    """Translate every segment as ``prefix`` + the source, inline elements
    copied as a CAT tool copies them (``keep`` decides which survive)."""
    store = xliff2.Xliff2File.parsestring(data if isinstance(data, bytes) else data.encode())
    for unit in store.units:
        source = unit.rich_source[0]
        sub = [StringElem(prefix)]
        for element in source.sub:
            if isinstance(element, UnknownXML) and not keep(element):
                continue
            sub.append(element)
        unit.rich_target = [StringElem(sub)]
        if state == "translated":
            unit.marktranslated()
    return bytes(store)

"""Is a translated StreamField the whole page? A translation is complete only
when it carries every block of the source: the same kinds of block in the
same order, each citing what the source block cites (statistics, pages,
documents, images). Readers of a translation that lacks blocks get those
blocks from the next language of their fallback chain, marked with its
``lang`` (``merged_stream``)."""

import difflib
import re
from dataclasses import dataclass, field

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

from languages.fallback import display_language, fallback_chain, same_text

INLINE_REFERENCE = re.compile(r'linktype=\\?"(\w+)\\?"\s+id=\\?"(\d+)\\?"')
CHOSEN_KEYS = {"statistic", "statistics", "page", "pages", "document", "image"}


def _raw(value):
    if value is None:
        return []
    raw = getattr(value, "raw_data", value)
    return list(raw or [])


def references(raw_block):
    """What a block cites: ``{(kind, id)}``, chosen or linked inline."""
    found = set()

    def walk(value, key=None):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for item in value:
                walk(item.get("value") if isinstance(item, dict) and "type" in item else item, key)
        elif isinstance(value, str):
            found.update((kind, int(pk)) for kind, pk in INLINE_REFERENCE.findall(value))
        elif isinstance(value, int) and key in CHOSEN_KEYS:
            found.add((key.rstrip("s"), value))

    walk(raw_block.get("value"))
    return found


def missing_blocks(source, translation):
    """Indices of the source blocks the translation lacks: blocks with no
    counterpart of the same type, in order, and blocks whose counterpart
    does not cite everything the source block cites."""
    source, translation = _raw(source), _raw(translation)
    matched = alignment(source, translation)
    return [
        index
        for index, block in enumerate(source)
        if index not in matched or not references(block) <= references(translation[matched[index]])
    ]


def alignment(source, translation):
    """``{source index: translation index}`` of blocks matched by type, in order."""
    matcher = difflib.SequenceMatcher(
        a=[b.get("type") for b in source], b=[b.get("type") for b in translation], autojunk=False
    )
    matched = {}
    for a, b, size in matcher.get_matching_blocks():
        for offset in range(size):
            matched[a + offset] = b + offset
    return matched


@dataclass
class Item:
    block: object  # a StreamChild, rendered with {% include_block %}
    lang: str = ""  # set when the block is in another language than the field's
    extra: dict = field(default_factory=dict)  # more context for the block's template


def merged_stream(obj, field_name, language=None):
    """``(items, field_language)`` for readers of ``language``: the blocks of
    the language ``field_name`` is shown in, with the blocks it lacks taken from
    the next language of the fallback chain that has them (the source
    language last), each such block carrying its ``lang``."""
    from django.utils.translation import get_language

    language = language or get_language() or settings.LANGUAGE_CODE
    source = settings.LANGUAGE_CODE
    source_value = getattr(obj, build_localized_fieldname(field_name, source))
    chain = fallback_chain(language)
    values = {}
    for code in chain:
        value = getattr(obj, build_localized_fieldname(field_name, code), None)
        if _raw(value) and (code == source or not same_text(value, source_value)):
            values[code] = value
    shown = next((code for code in chain if code in values), source)
    shown_value = values.get(shown, source_value)
    if shown == source:
        return [Item(block) for block in shown_value], shown
    source_raw = _raw(source_value)
    lacking = set(missing_blocks(source_raw, shown_value))
    if not lacking:
        return [Item(block) for block in shown_value], shown
    # For each source block: the block readers get and its language.
    candidates = [code for code in chain[chain.index(shown) + 1 :] if code in values]
    if source not in candidates:
        candidates.append(source)
    shown_map = alignment(source_raw, _raw(shown_value))
    items, used = [], set(shown_map.values())
    for index in range(len(source_raw)):
        if index not in lacking:
            items.append(Item(shown_value[shown_map[index]]))
            continue
        for code in candidates:
            value = values.get(code, source_value)
            if code == source:
                items.append(Item(value[index], lang=source))
                break
            if index not in missing_blocks(source_raw, value):
                items.append(Item(value[alignment(source_raw, _raw(value))[index]], lang=code))
                break
    # Blocks of the translation with no counterpart in the source stay, at the end.
    items += [Item(block) for position, block in enumerate(shown_value) if position not in used]
    return items, shown


def reader_stream(obj, field_name):
    """What a template needs to show ``field_name`` to this reader
    (``languages/stream.html``): the items, the language the field is read
    in, ``partial`` when some blocks come from another language, and
    ``notice`` when readers must be told (the page-wide notice already says
    when the whole page is in another language)."""
    items, shown = merged_stream(obj, field_name)
    partial = any(item.lang for item in items)
    notice = partial or shown != display_language(obj)
    return {"items": items, "lang": shown, "partial": partial, "notice": notice}

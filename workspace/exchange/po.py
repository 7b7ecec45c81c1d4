"""gettext PO files, with the standard header Poedit and Weblate read and write.

Written: ``Language``, ``Language-Team``, ``Plural-Forms``, ``Last-Translator``,
``PO-Revision-Date`` (when this language was last saved) and
``POT-Creation-Date`` (the export, used on import to tell a changed English
text from a file whose English was edited). Each unit is a message whose
``msgctxt`` is the unit key; rich text stays HTML. Content never gets a
``python-format`` flag (Babel adds one to any text with ``%``, and
``msgfmt -c`` then rejects a correct "41% viktim"). An outdated translation
is offered as a fuzzy entry, so it is not imported unless a translator
clears the flag.
"""

import io

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from django.utils.translation import gettext as _

from workspace.exchange.units import ImportRefused, ParsedFile, ParsedUnit

FORMAT_FLAGS = {"python-format", "python-brace-format", "c-format"}


def write(units, language, source_language, exported_at, revised_at, last_translator, team):
    catalog = Catalog(
        locale=language,
        project="Migration Facts",
        version="1",
        creation_date=exported_at,
        revision_date=revised_at,
        last_translator=last_translator,
        language_team=team,
        msgid_bugs_address="",
        header_comment=f"# Migration Facts: texts to translate into {team} ({language}).",
        fuzzy=False,
    )
    for unit in units:
        message = catalog.add(
            unit.source,
            unit.target,
            context=unit.key,
            auto_comments=[unit.context, "html" if unit.rich else "text"],
            flags=("fuzzy",) if unit.target else (),
        )
        message.flags -= FORMAT_FLAGS
    output = io.BytesIO()
    write_po(output, catalog, width=0, omit_header=False)
    return output.getvalue()


def parse(data):
    try:
        catalog = read_po(io.BytesIO(data), abort_invalid=True)
    except Exception as error:  # Babel raises several error types
        raise ImportRefused(
            [_("The PO file could not be read (%(error)s).") % {"error": error}]
        ) from error
    exported = None
    if b"POT-Creation-Date:" in data[:4000] and catalog.creation_date:
        exported = catalog.creation_date.isoformat()
    units = []
    for index, message in enumerate(catalog, start=1):
        if not message.id:
            continue  # the header
        if message.pluralizable:
            units.append(
                ParsedUnit(
                    key=message.context or "",
                    source=message.id[0],
                    target="",
                    problems=[_("plural forms are not used here")],
                    position=index,
                )
            )
            continue
        target = message.string or ""
        if message.fuzzy:
            state = "fuzzy"
        elif not target.strip():
            state = "empty"
        else:
            state = "final"
        units.append(
            ParsedUnit(
                key=message.context or "",
                source=message.id,
                target=target,
                status=state,
                position=index,
            )
        )
    return ParsedFile(
        source_language=None,
        language=catalog.locale_identifier,
        units=units,
        exported_at=exported,
    )

"""Citations of fact sheets and statistics, for people and for reference
managers: plain text for the cite box, CSL-JSON, RIS and BibTeX files.

A citation lists the work itself (the fact sheet, or one statistic) and the
primary source of its figures (the report each figure comes from), so a
reference manager imports both. The three file formats are written from one
neutral list of works.
"""

import datetime
import json

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext

from api.licence import content_license
from languages.formatting import format_date

#: Media type and file extension of each downloadable format.
FORMATS = {
    "csl-json": ("application/vnd.citationstyles.csl+json", "json"),
    "ris": ("application/x-research-info-systems", "ris"),
    "bibtex": ("application/x-bibtex", "bib"),
}


def site_name():
    return gettext("Migration Facts")


def _day(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def source_work(document):
    """A primary source (a ``FigureSet`` document, or a statistic's source)."""
    return {
        "id": "source-" + _slug(f"{document['publisher']} {document['title']}")[:60],
        "kind": "report",
        "title": document["title"],
        "publisher": document["publisher"],
        "url": document.get("url") or "",
        "issued": None,
        "accessed": _day(document.get("retrieved")),
        "note": "",
    }


def source_text(document):
    """“Publisher. Title. URL. Retrieved 28 November 2026.” in the reader's language."""
    parts = [f"{document['publisher']}.", _sentence(document["title"])]
    if document.get("url"):
        parts.append(f"{document['url']}.")
    if document.get("retrieved"):
        parts.append(gettext("Retrieved %(date)s.") % {"date": format_date(document["retrieved"])})
    return " ".join(parts)


def fact_sheet_works(page, url, language):
    """The fact sheet, then the primary source of its figures, one per document."""
    first = page.first_published_at or page.last_published_at
    work = {
        "id": f"migration-facts-{page.slug}",
        "kind": "webpage",
        "title": page.title,
        "publisher": site_name(),
        "url": url,
        "issued": _day(first),
        "accessed": timezone.localdate(),
        "language": language,
        "note": gettext("Fact check. Last reviewed %(date)s.") % {"date": page.last_reviewed_label},
    }
    return [work, *(source_work(document) for document in page.figures.documents)]


def statistic_works(statistic, url, language):
    """One statistic as a dataset of this site, then its primary source."""
    document = {
        "publisher": statistic.source_publisher,
        "title": statistic.source_title,
        "url": statistic.source_url,
        "retrieved": statistic.source_retrieved,
    }
    value = f"{statistic.approximate} " if statistic.approximate else ""
    work = {
        "id": f"migration-facts-{statistic.key}",
        "kind": "dataset",
        "title": f"{statistic.label} ({statistic.geography_label}, {statistic.period_label})",
        "publisher": site_name(),
        "url": url,
        "issued": _day(statistic.last_published_at),
        "accessed": timezone.localdate(),
        "language": language,
        "note": f"{value}{statistic.formatted_value(language)}. "
        + gettext("Source: %(source)s") % {"source": source_text(document)},
    }
    return [work, source_work(document)]


# -- Formats -------------------------------------------------------------------------
CSL_TYPES = {"webpage": "webpage", "report": "report", "dataset": "dataset"}
RIS_TYPES = {"webpage": "ELEC", "report": "RPRT", "dataset": "DATA"}
BIBTEX_TYPES = {"webpage": "online", "report": "report", "dataset": "dataset"}


def _date_parts(day):
    return {"date-parts": [[day.year, day.month, day.day]]}


def as_csl_json(works):
    """CSL-JSON (a list of items), as Zotero, Mendeley and citeproc read it."""
    licence = content_license()
    items = []
    for work in works:
        item = {
            "id": work["id"],
            "type": CSL_TYPES[work["kind"]],
            "title": work["title"],
            "publisher": work["publisher"],
            "author": [{"literal": work["publisher"]}],
        }
        if work["kind"] != "report":  # the site's own work, under its licence
            item["license"] = licence["name"]
        if work["url"]:
            item["URL"] = work["url"]
        if work.get("issued"):
            item["issued"] = _date_parts(work["issued"])
        if work.get("accessed"):
            item["accessed"] = _date_parts(work["accessed"])
        if work.get("language"):
            item["language"] = work["language"]
        if work.get("note"):
            item["note"] = work["note"]
        items.append(item)
    return json.dumps(items, ensure_ascii=False, indent=2)


def _ris_line(tag, value):
    return f"{tag}  - {' '.join(str(value).split())}"


def as_ris(works):
    """RIS records (``TY`` … ``ER``), as reference managers exchange them."""
    lines = []
    for work in works:
        lines.append(_ris_line("TY", RIS_TYPES[work["kind"]]))
        lines.append(_ris_line("TI", work["title"]))
        lines.append(_ris_line("AU", work["publisher"]))
        lines.append(_ris_line("PB", work["publisher"]))
        if work["url"]:
            lines.append(_ris_line("UR", work["url"]))
        if work.get("issued"):
            lines.append(_ris_line("PY", work["issued"].year))
            lines.append(_ris_line("DA", work["issued"].strftime("%Y/%m/%d")))
        if work.get("accessed"):
            lines.append(_ris_line("Y2", work["accessed"].strftime("%Y/%m/%d")))
        if work.get("language"):
            lines.append(_ris_line("LA", work["language"]))
        if work.get("note"):
            lines.append(_ris_line("N1", work["note"]))
        lines.append(_ris_line("ID", work["id"]))
        lines.append("ER  - ")
        lines.append("")
    return "\r\n".join(lines)


BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def _bibtex_text(value):
    return "".join(BIBTEX_SPECIAL.get(char, char) for char in " ".join(str(value).split()))


def as_bibtex(works):
    """BibTeX (biblatex entry types, UTF-8): a name in double braces stays whole."""
    entries = []
    for work in works:
        fields = [
            ("title", "{" + _bibtex_text(work["title"]) + "}"),
            ("author", "{" + _bibtex_text(work["publisher"]) + "}"),
            ("publisher", _bibtex_text(work["publisher"])),
        ]
        if work["url"]:
            # url fields are verbatim in biblatex: only braces and spaces matter.
            fields.append(("url", work["url"].replace("{", "%7B").replace("}", "%7D")))
        if work.get("issued"):
            fields.append(("date", work["issued"].isoformat()))
            fields.append(("year", str(work["issued"].year)))
        if work.get("accessed"):
            fields.append(("urldate", work["accessed"].isoformat()))
        if work.get("language"):
            fields.append(("langid", work["language"]))
        if work.get("note"):
            fields.append(("note", _bibtex_text(work["note"])))
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        entries.append(f"@{BIBTEX_TYPES[work['kind']]}{{{work['id']},\n{body}\n}}\n")
    return "\n".join(entries)


WRITERS = {"csl-json": as_csl_json, "ris": as_ris, "bibtex": as_bibtex}


def citation_response(works, fmt, name):
    """The works as a downloadable file ``name.<ext>`` in format ``fmt``."""
    media_type, extension = FORMATS[fmt]
    response = HttpResponse(WRITERS[fmt](works), content_type=f"{media_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
    return response


def _slug(text):
    return slugify(text) or "source"


def _sentence(text):
    text = str(text).strip()
    return text if text[-1:] in ".?!" else f"{text}."

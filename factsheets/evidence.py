"""Evidence before a verdict.

A fact sheet is published (or sent to review) only when its body cites
evidence: a statistic of the library or a source block (a report, a law, a
study). A draft may be saved without it, so nothing typed is lost. The short
answer should open with the verdict: an opening verdict word that contradicts
the chosen verdict gets a warning (not an error), in every language.
"""

import re

from django.utils import translation
from django.utils.translation import gettext
from wagtail.admin.forms import WagtailAdminPageForm

from factsheets.choices import Verdict
from factsheets.corrections import ChangeNoteFormMixin, fact_sheet_snapshot
from factsheets.figures import statistic_ids_in_stream
from languages.codes import language_codes


def has_evidence(streams):
    """Whether any of the stream values cites a statistic or has a source block."""
    for stream in streams:
        if stream is None:
            continue
        if statistic_ids_in_stream(stream):
            return True
        raw = stream.raw_data if hasattr(stream, "raw_data") else stream
        if any(child.get("type") == "source" for child in raw or []):
            return True
    return False


def _words(text):
    return re.sub(r"[^\w\s]", " ", (text or "").casefold()).split()


def opening_verdict(text, language):
    """The verdict whose label (in ``language``) opens ``text``, if any: the
    longest label wins (“Sa pa vre” is not “Se vre”)."""
    words = _words(text)
    with translation.override(language):
        labels = [(value, _words(str(label))) for value, label in Verdict.choices]
    labels.sort(key=lambda item: -len(item[1]))
    for value, label in labels:
        if label and words[: len(label)] == label:
            return value
    return None


def contradicting_openers(page):
    """``[(language, opening word, verdict label)]`` where the short answer in
    that language opens with another verdict than the page's."""
    found = []
    for code in language_codes():
        text = getattr(page, f"short_answer_{code}", "")
        opening = opening_verdict(text, code)
        if opening and page.verdict and opening != page.verdict:
            with translation.override(code):
                found.append((code, str(Verdict(opening).label), str(Verdict(page.verdict).label)))
    return found


class FactSheetPageForm(ChangeNoteFormMixin, WagtailAdminPageForm):
    """Refuses to publish (or submit for review) a verdict without evidence;
    a draft may be saved without it, and the form keeps what was typed. A new
    verdict or short answer of a published sheet needs a correction note."""

    subject_field = "fact_sheet"
    snapshot = staticmethod(fact_sheet_snapshot)

    def clean(self):
        cleaned = super().clean()
        if self.is_deferred_validation or not cleaned.get("verdict"):
            return cleaned
        streams = [value for name, value in cleaned.items() if name.startswith("body")]
        if not has_evidence(streams):
            self.add_error(
                "verdict",
                gettext(
                    "A verdict needs evidence: cite at least one statistic of the library "
                    "or add a source (report, law or study) to the body before publishing."
                ),
            )
        return cleaned

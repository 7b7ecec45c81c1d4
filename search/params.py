"""Search parameters from a query string: parsed, bounded and validated.

Every problem becomes a translated message for the reader (never a 500),
and nothing the reader typed is echoed in a log.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from languages.codes import language_codes
from search import conf
from search.facets import FACETS, valid_values

SORTS = ("relevance", "newest")
ALL_LANGUAGES = "all"


@dataclass
class SearchParams:
    q: str = ""
    lang: str = "en"  # the reader's language
    language: str = ""  # "" = the reader's language, "all", or a language code
    filters: dict = field(default_factory=dict)  # facet name -> [values]
    sort: str = "relevance"
    page: int = 1
    errors: list = field(default_factory=list)

    @property
    def languages(self):
        """The languages to search: the reader's, one chosen, or all."""
        if self.language == ALL_LANGUAGES:
            return language_codes()
        return [self.language or self.lang]

    @property
    def all_languages(self):
        return self.language == ALL_LANGUAGES

    def query_items(self, **changes):
        """The parameters as (name, value) pairs, for links that change one thing."""
        values = {
            "q": self.q,
            "language": self.language,
            "sort": "" if self.sort == "relevance" else self.sort,
            "page": "" if self.page == 1 else str(self.page),
        }
        filters = {name: list(vals) for name, vals in self.filters.items()}
        for name, value in changes.items():
            if name in FACETS:
                filters[name] = value
            else:
                values[name] = value
        items = [(name, value) for name, value in values.items() if value and name != "page"]
        for name in FACETS:
            items += [(name, value) for value in filters.get(name, [])]
        if values.get("page"):
            items.append(("page", values["page"]))
        return items


def parse(data, lang):
    """``SearchParams`` from a QueryDict; invalid parts are dropped with a message."""
    codes = language_codes()
    params = SearchParams(lang=lang if lang in codes else settings.LANGUAGE_CODE)
    errors = params.errors

    q = " ".join(str(data.get("q", "")).split())
    if len(q) > conf.MAX_QUERY_LENGTH:
        errors.append(
            _("Your search was shortened to its first %(count)d characters.")
            % {"count": conf.MAX_QUERY_LENGTH}
        )
        q = q[: conf.MAX_QUERY_LENGTH]
    params.q = q.replace("\x00", "")

    language = data.get("language", "")
    if language and language not in [*codes, ALL_LANGUAGES]:
        errors.append(_("Unknown language filter: it was ignored."))
        language = ""
    params.language = language

    sort = data.get("sort", "") or "relevance"
    if sort not in SORTS:
        errors.append(_("Unknown sort order: results are sorted by relevance."))
        sort = "relevance"
    params.sort = sort

    raw_page = data.get("page", "") or "1"
    try:
        page = int(raw_page)
        if page < 1:
            raise ValueError
    except (TypeError, ValueError):
        errors.append(_("The page number was not valid: showing the first page."))
        page = 1
    if page > conf.MAX_PAGE:
        errors.append(
            _("Only the first %(count)d pages of results can be shown. Try a more precise search.")
            % {"count": conf.MAX_PAGE}
        )
        page = conf.MAX_PAGE
    params.page = page

    for name, facet in FACETS.items():
        values = [v for v in data.getlist(name) if v][:10] if hasattr(data, "getlist") else []
        known = valid_values(name)
        good = [v for v in dict.fromkeys(values) if v in known]
        if any(v not in known for v in values):  # a repeated known value is fine
            errors.append(
                _("Unknown value for the filter “%(facet)s”: it was ignored.")
                % {"facet": facet.label}
            )
        if good:
            params.filters[name] = good
    return params

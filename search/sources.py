"""What a search source is: the documents one kind of content gives search.

A content app declares its sources in its own ``search_sources.py`` (as
consumerfinance.gov does with a ``documents.py`` per app) and registers them
in its ``AppConfig.ready()`` (see ``search.registry``). Each published item
gives one ``SearchDoc`` per language it is translated into; both backends
(Elasticsearch and the database table ``search.SearchEntry``) index exactly
these documents, so they answer the same questions.
"""

import datetime
from dataclasses import dataclass, field

from modeltranslation.translator import NotRegistered, translator

from languages.fallback import translated_languages
from search.text import plain_text

# Page fields that are not reading text.
SKIP_FIELDS = {"title", "slug", "seo_title", "url_path", "search_description"}


@dataclass
class SearchDoc:
    kind: str
    object_id: int
    language: str
    title: str
    text: str
    url: str
    topics: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    verdict: str = ""
    year: int | None = None
    date: datetime.datetime | None = None
    answer: dict | None = None
    lead: str = ""  # also in ``text``: what ranks above the rest of it

    @property
    def key(self):
        return doc_key(self.kind, self.object_id, self.language)


def doc_key(kind, object_id, language):
    return f"{kind}-{object_id}-{language}"


def _translated_fields(model):
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return [name for name in options.all_fields if name not in SKIP_FIELDS]


def site_path(page):
    """The page's path below the site root, without language: ``/facts/x/``."""
    parts = page.url_path.strip("/").split("/")[1:]
    return "/" + "".join(f"{part}/" for part in parts)


def day_start(day):
    """A date as the UTC datetime documents are dated and sorted by."""
    return datetime.datetime.combine(day, datetime.time(), tzinfo=datetime.UTC)


class Source:
    """One kind of searchable content.

    ``kind`` is the value of the "type" facet and ``label`` its name for
    readers. A source whose documents are direct answers (a figure with its
    value, period and source) sets ``answers``: the search page shows the
    best of them on top, and ranks other results first in the list.
    """

    kind = ""
    label = ""
    model = None
    answers = False

    def handles(self, obj):
        return isinstance(obj, self.model)

    def queryset(self):
        """Every item to index, in a stable order."""
        raise NotImplementedError

    def documents(self, obj):
        """The ``SearchDoc``s of one item (none if it is not published)."""
        raise NotImplementedError

    def documents_in_bulk(self, objects):
        """``{pk: [SearchDoc…]}`` for many items; a source overrides it to share
        its queries between items."""
        return {obj.pk: self.documents(obj) for obj in objects}

    def dependents(self, obj):
        """Other items whose documents show ``obj`` (e.g. the pages citing a
        figure): re-indexed with it when it is published."""
        return []

    def facet_labels(self, facet):
        """``{value: label}`` for the values this source gives facet ``facet``
        (``topic``, ``country`` or ``verdict``); labels may be lazy."""
        return {}


class PageSource(Source):
    """A page type: its title and every translated text field, per language."""

    #: Fields shown first in the snippet when nothing matched in them.
    lead_fields = ("search_description",)

    def queryset(self):
        return self.model.objects.live().public().order_by("pk")

    def handles(self, obj):
        return type(obj) is self.model

    def facets(self, page):
        """``topics``, ``countries`` and ``verdict`` of the page's documents."""
        return {}

    def date(self, page):
        return page.last_published_at or page.first_published_at

    def year(self, page):
        date = self.date(page)
        return date.year if date else None

    def lead(self, page, language):
        """The lead fields' text: ranked between the title and the rest."""
        parts = [plain_text(getattr(page, f"{name}_{language}", None)) for name in self.lead_fields]
        return " ".join(part for part in parts if part)

    def text(self, page, language):
        fields = [*self.lead_fields, *_translated_fields(type(page))]
        seen, parts = set(), []
        for name in fields:
            if name in seen:
                continue
            seen.add(name)
            value = getattr(page, f"{name}_{language}", None)
            parts.append(plain_text(value))
        return " ".join(part for part in parts if part)

    def documents(self, page):
        facets = self.facets(page)
        date = self.date(page)
        docs = []
        for language in translated_languages(page):
            title = getattr(page, f"title_{language}", None) or page.title
            docs.append(
                SearchDoc(
                    kind=self.kind,
                    object_id=page.pk,
                    language=language,
                    title=title,
                    text=self.text(page, language),
                    lead=self.lead(page, language),
                    url=f"/{language}{site_path(page)}",
                    date=date,
                    year=self.year(page),
                    **facets,
                )
            )
        return docs

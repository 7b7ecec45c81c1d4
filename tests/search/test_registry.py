"""Content apps declare what they give search; ``search`` reads the registry
and imports no content app."""

import re

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.http import QueryDict
from django.utils import translation

from search import conf, registry
from search.models import SearchEntry
from search.params import parse
from search.query import DatabaseSearch, search
from search.sources import SearchDoc, Source
from tests.import_graph import ROOT, imported_modules, python_files

CONTENT_APPS = {"home", "factsheets", "campaigns", "rights"}


def query(q="", lang="en", **filters):
    data = QueryDict(mutable=True)
    data["q"] = q
    for name, value in filters.items():
        data.setlist(name, [value])
    return parse(data, lang)


def test_search_imports_no_content_app():
    files = python_files("search")
    assert ROOT / "search" / "templatetags" / "search_tags.py" in files
    offending = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in files
        for module in imported_modules(path)
        if module.split(".")[0] in CONTENT_APPS
    }
    assert offending == set()
    # Nor do its templates load a content app's template tags.
    content_libraries = {
        path.stem for app in CONTENT_APPS for path in (ROOT / app).glob("templatetags/*.py")
    }
    assert "factsheets_tags" in content_libraries
    loaded = {
        library
        for path in (ROOT / "search" / "templates").rglob("*.html")
        for line in re.findall(r"{%\s*load\s+([^%]+)%}", path.read_text(encoding="utf-8"))
        for library in line.split()
    }
    assert loaded and not loaded & content_libraries


def test_search_has_no_import_guards():
    text = "".join(path.read_text(encoding="utf-8") for path in python_files("search"))
    assert "ImportError" not in text


def test_each_content_app_registers_its_sources_from_its_own_module():
    by_kind = {source.kind: source for source in registry.sources()}
    assert set(by_kind) == {"page", "factsheet", "statistic", "campaign", "rights"}
    for source in by_kind.values():
        app = source.model._meta.app_label
        assert app in CONTENT_APPS
        assert type(source).__module__ == f"{app}.search_sources"
    assert registry.answer_kinds() == ["statistic"]


def test_registering_a_second_source_of_a_kind_is_refused(monkeypatch):
    monkeypatch.setattr(registry, "_sources", dict(registry._sources))

    class Impostor(Source):
        kind = "factsheet"

    with pytest.raises(ImproperlyConfigured):
        registry.register(Impostor())


@pytest.mark.django_db
def test_facet_labels_come_from_the_registered_sources(monkeypatch):
    assert parse(QueryDict("verdict=false"), "es").filters == {"verdict": ["false"]}
    with translation.override("en"):
        assert str(registry.facet_labels("verdict")["false"]) == "False"  # factsheets
        assert (
            str(registry.facet_labels("topic")["asylum"]) == "Asylum and refugee status"
        )  # rights
        assert str(registry.facet_labels("country")["HT"]) == "Haiti"

    # Without the fact sheets' sources, nothing gives the verdict facet values.
    monkeypatch.setattr(
        registry,
        "_sources",
        {
            kind: s
            for kind, s in registry._sources.items()
            if kind not in ("factsheet", "statistic")
        },
    )
    params = parse(QueryDict("verdict=false&type=factsheet"), "en")
    assert params.filters == {}
    assert len(params.errors) == 2


@pytest.mark.django_db
def test_every_source_has_the_same_documents_in_both_backends(elasticsearch):
    from search.rebuild import rebuild

    stats = rebuild()
    assert stats.elasticsearch, stats.error
    engine = elasticsearch.search(
        index=conf.alias_name(), body={"size": 10_000, "_source": ["kind"]}
    )["hits"]["hits"]
    for source in registry.sources():
        in_engine = {hit["_id"] for hit in engine if hit["_source"]["kind"] == source.kind}
        in_table = set(SearchEntry.objects.filter(kind=source.kind).values_list("key", flat=True))
        assert in_engine, source.kind
        assert in_engine == in_table, source.kind


class HelpContactSource(Source):
    """What a content app would declare to make its help contacts searchable."""

    kind = "contact"
    label = "Help contact"

    def __init__(self):
        from rights.models import HelpContact

        self.model = HelpContact

    def queryset(self):
        return self.model.objects.order_by("pk")

    def documents(self, contact):
        return [
            SearchDoc(
                kind=self.kind,
                object_id=contact.pk,
                language="en",
                title=contact.organisation,
                text=contact.description,
                url="/en/rights/",
                countries=[contact.country],
            )
        ]

    def facet_labels(self, facet):
        return {"ZZ": "Sample country"} if facet == "country" else {}


@pytest.mark.django_db
def test_a_source_an_app_registers_is_indexed_and_removed_on_both_backends(
    monkeypatch, elasticsearch, django_capture_on_commit_callbacks
):
    from rights.models import HelpContact
    from search import indexing

    monkeypatch.setattr(registry, "_sources", dict(registry._sources))
    registry.register(HelpContactSource())
    contact = HelpContact.objects.create(
        organisation="Quetzalcoatl sample line",
        description="Sample: answers questions on papers",
        phone="+000 0000 0000",
        country="HT",
        is_sample=True,
    )
    indexing.index_objects([contact])

    from_engine = search(query("quetzalcoatl"))
    from_table = DatabaseSearch().run(query("quetzalcoatl"))
    for response, backend in ((from_engine, "elasticsearch"), (from_table, "database")):
        assert response.backend == backend and not response.fallback
        assert [(hit.kind, hit.object_id) for hit in response.hits] == [("contact", contact.pk)]
        assert response.hits[0].kind_label == "Help contact"
        assert [(v.value, v.label) for v in response.facets["type"]] == [
            ("contact", "Help contact")
        ]
    assert "ZZ" in registry.facet_labels("country")

    # Deleting it (the generic snippet signal) takes it out of both.
    with django_capture_on_commit_callbacks(execute=True):
        contact.delete()
    assert search(query("quetzalcoatl")).total == 0
    assert DatabaseSearch().run(query("quetzalcoatl")).total == 0

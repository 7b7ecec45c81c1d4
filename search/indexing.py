"""Writing the index: the database table always, Elasticsearch when configured.

The database entries are kept even when Elasticsearch is configured: they are
what the fallback answers from when the engine is unreachable. Elasticsearch
writes are bulk and never raise: an engine that cannot be reached opens the
circuit breaker (logged without any content) and the call returns ``False``,
so the background job (``search.jobs``) fails and is retried.
"""

import logging
import time

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from elasticsearch import helpers
from elasticsearch.exceptions import ApiError, TransportError
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from languages.codes import language_codes
from search import breaker, conf, fulltext
from search.connection import get_client
from search.documents import index_template
from search.models import SearchEntry, SearchEntryFacet
from search.registry import source_for
from search.sources import doc_key
from search.text import search_text

logger = logging.getLogger(__name__)

ENGINE_ERRORS = (TransportError, ApiError, helpers.BulkIndexError, OSError)


def database_backend():
    """Wagtail's database search backend (SQLite FTS5 / PostgreSQL full text)."""
    return get_search_backend("wagtail.search.backends.database")


# ------------------------------------------------------------------------------
# Documents
# ------------------------------------------------------------------------------
def documents_for(objects):
    """``{(kind, object_id): [SearchDoc…]}`` for the given model instances
    (none for one no longer live), each source's items in one go."""
    by_source = {}
    for obj in objects:
        specific = getattr(obj, "specific", obj)
        source = source_for(specific)
        if source is not None:
            by_source.setdefault(source, {})[specific.pk] = specific
    found = {}
    for source, items in by_source.items():
        live = [obj for obj in items.values() if getattr(obj, "live", True)]
        docs = source.documents_in_bulk(live)
        for pk in items:
            found[(source.kind, pk)] = docs.get(pk, [])
    return found


def es_body(doc):
    body = {
        "kind": doc.kind,
        "object_id": doc.object_id,
        "language": doc.language,
        "url": doc.url,
        "topics": doc.topics,
        "countries": doc.countries,
        "verdict": doc.verdict or None,
        "year": doc.year,
        "date": doc.date.isoformat() if doc.date else None,
        "answer": doc.answer,
        f"title_{doc.language}": doc.title,
        f"body_{doc.language}": doc.text,
    }
    return body


# ------------------------------------------------------------------------------
# Database table
# ------------------------------------------------------------------------------
def _entry(doc):
    return SearchEntry(
        key=doc.key,
        kind=doc.kind,
        source_id=doc.object_id,
        language=doc.language,
        display_title=doc.title[:500],
        display_text=doc.text,
        url=doc.url,
        verdict=doc.verdict or "",
        year=doc.year,
        date=doc.date,
        answer=doc.answer,
        title=search_text(doc.title, doc.language),
        body=search_text(doc.text, doc.language),
        lead=doc.lead,
    )


def _delete_db_entries(queryset):
    content_type = ContentType.objects.get_for_model(SearchEntry)
    ids = [str(pk) for pk in queryset.values_list("pk", flat=True)]
    for start in range(0, len(ids), 500):
        IndexEntry.objects.filter(
            content_type=content_type, object_id__in=ids[start : start + 500]
        ).delete()
    queryset.delete()


def write_db_entries(keys, docs):
    """Replace the entries of ``keys`` ((kind, object_id) pairs) by ``docs``."""
    with transaction.atomic():
        for kind in {kind for kind, _pk in keys}:
            ids = [pk for k, pk in keys if k == kind]
            _delete_db_entries(SearchEntry.objects.filter(kind=kind, source_id__in=ids))
        add_db_entries(docs)


def add_db_entries(docs):
    entries = SearchEntry.objects.bulk_create([_entry(doc) for doc in docs], batch_size=500)
    facets = []
    for entry, doc in zip(entries, docs, strict=False):
        facets += [SearchEntryFacet(entry=entry, facet="topic", value=v[:60]) for v in doc.topics]
        facets += [
            SearchEntryFacet(entry=entry, facet="country", value=v[:60]) for v in doc.countries
        ]
    SearchEntryFacet.objects.bulk_create(facets, batch_size=1000)
    fulltext.add(entries, facets)
    return entries


# ------------------------------------------------------------------------------
# Elasticsearch
# ------------------------------------------------------------------------------
def ensure_alias(client):
    """Create a first versioned index behind the alias if there is none, so a
    write never auto-creates an index with the wrong mapping."""
    alias = conf.alias_name()
    if client.indices.exists_alias(name=alias):
        return alias
    name = new_index_name()
    index_template(name).create(using=client)
    client.indices.update_aliases(actions=[{"add": {"index": name, "alias": alias}}])
    return alias


def new_index_name():
    return f"{conf.alias_name()}-{time.strftime('%Y%m%d%H%M%S')}-{time.time_ns() % 1_000_000:06d}"


def write_es(keys, docs, client=None):
    """Write to Elasticsearch: ``True`` when done, ``False`` when the engine
    failed or its circuit is open (the job is retried), ``None`` without one."""
    client = client or get_client(timeout=conf.index_timeout())
    if client is None:
        return None
    if not breaker.engine_allowed():
        return False
    try:
        alias = ensure_alias(client)
        present = {doc.key for doc in docs}
        actions = [
            {"_op_type": "index", "_index": alias, "_id": doc.key, "_source": es_body(doc)}
            for doc in docs
        ]
        for kind, object_id in keys:
            for language in language_codes():
                key = doc_key(kind, object_id, language)
                if key not in present:
                    actions.append({"_op_type": "delete", "_index": alias, "_id": key})
        helpers.bulk(client, actions, refresh=True, raise_on_error=False, stats_only=True)
        return True
    except ENGINE_ERRORS as error:
        breaker.record_failure(error)
        return False


# ------------------------------------------------------------------------------
# Public entry points
# ------------------------------------------------------------------------------
def index_objects(objects):
    """Index (or un-index, if no longer live) model instances, in bulk;
    returns what ``write_es`` returned."""
    found = documents_for(objects)
    if not found:
        return None
    keys = list(found)
    docs = [doc for docs in found.values() for doc in docs]
    write_db_entries(keys, docs)
    return write_es(keys, docs)


def remove(kind, object_ids):
    """Remove entries; returns what ``write_es`` returned."""
    keys = [(kind, pk) for pk in object_ids]
    write_db_entries(keys, [])
    return write_es(keys, [])

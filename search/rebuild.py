"""Rebuilding the whole index without interrupting search.

Elasticsearch: every document goes into a new versioned index; only when it
is complete does one atomic ``update_aliases`` call move the alias to it (and
the old indices are dropped), so searches keep answering from the old index
during the rebuild. The database table is rebuilt inside one transaction.
"""

import time
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from elasticsearch import helpers
from wagtail.search.models import IndexEntry

from search import conf
from search.connection import get_client
from search.documents import index_template
from search.indexing import ENGINE_ERRORS, add_db_entries, es_body, new_index_name
from search.models import SearchEntry, SearchEntryFacet
from search.registry import sources


@dataclass
class RebuildStats:
    objects: int = 0
    documents: int = 0
    by_kind: dict = field(default_factory=dict)
    seconds: float = 0.0
    index: str = ""
    elasticsearch: bool = False
    error: str = ""

    @property
    def rate(self):
        return self.documents / self.seconds if self.seconds else 0.0


class Progress:
    """A text progress bar on a stream (no dependency, works in any terminal or log)."""

    def __init__(self, total, stream=None, width=30):
        self.total, self.stream, self.width, self.done = max(total, 1), stream, width, 0

    def step(self, count=1):
        self.done += count
        if self.stream is None:
            return
        filled = int(self.width * min(self.done, self.total) / self.total)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total}"
        )
        self.stream.flush()

    def finish(self):
        if self.stream is not None:
            self.stream.write("\n")


def _chunks(chunk_size):
    """``(source, [item…])`` for every item of every source, a chunk at a time."""
    for source in sources():
        chunk = []
        for obj in source.queryset().iterator(chunk_size=chunk_size):
            chunk.append(obj)
            if len(chunk) >= chunk_size:
                yield source, chunk
                chunk = []
        if chunk:
            yield source, chunk


def _total():
    return sum(source.queryset().count() for source in sources())


def clear_database_index():
    content_type = ContentType.objects.get_for_model(SearchEntry)
    IndexEntry.objects.filter(content_type=content_type).delete()
    SearchEntryFacet.objects.all()._raw_delete(SearchEntryFacet.objects.db)
    SearchEntry.objects.all()._raw_delete(SearchEntry.objects.db)


def rebuild(stream=None, use_elasticsearch=True, chunk_size=500):
    """Rebuild both indexes; returns ``RebuildStats``. Never half-swaps the alias."""
    stats = RebuildStats()
    started = time.perf_counter()
    client = get_client(timeout=max(conf.index_timeout(), 30)) if use_elasticsearch else None
    new_index = None
    if client is not None:
        try:
            new_index = new_index_name()
            index_template(new_index).create(using=client)
        except ENGINE_ERRORS as error:
            stats.error = type(error).__name__
            client = None
    progress = Progress(_total(), stream)
    with transaction.atomic():
        clear_database_index()
        batch = []
        engine = {"client": client}

        def flush():
            if not batch:
                return
            add_db_entries(batch)
            if engine["client"] is not None:
                try:
                    helpers.bulk(
                        engine["client"],
                        ({"_index": new_index, "_id": d.key, "_source": es_body(d)} for d in batch),
                        chunk_size=chunk_size,
                    )
                except ENGINE_ERRORS as error:
                    # The database part still completes; the alias is not swapped.
                    stats.error = type(error).__name__
                    engine["client"] = None
            batch.clear()

        for source, objects in _chunks(chunk_size):
            found = source.documents_in_bulk(objects)
            for obj in objects:
                docs = found.get(obj.pk, [])
                stats.objects += 1
                stats.documents += len(docs)
                stats.by_kind[source.kind] = stats.by_kind.get(source.kind, 0) + len(docs)
                batch.extend(docs)
                if len(batch) >= chunk_size:
                    flush()
                progress.step()
        flush()
        client = engine["client"]
    progress.finish()
    if client is not None and new_index:
        try:
            client.indices.refresh(index=new_index)
            _swap_alias(client, new_index)
            stats.elasticsearch = True
            stats.index = new_index
        except ENGINE_ERRORS as error:
            stats.error = type(error).__name__
    stats.seconds = time.perf_counter() - started
    return stats


def _swap_alias(client, new_index):
    alias = conf.alias_name()
    old = []
    if client.indices.exists_alias(name=alias):
        old = list(client.indices.get_alias(name=alias).keys())
    actions = [{"remove": {"index": name, "alias": alias}} for name in old]
    actions.append({"add": {"index": new_index, "alias": alias}})
    client.indices.update_aliases(actions=actions)
    for name in old:
        if name != new_index:
            client.indices.delete(index=name, ignore_unavailable=True)

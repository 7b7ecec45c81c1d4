"""The database backend's index: one row per published item per language.

Pages keep their own ``search_fields`` (owned by their apps); search uses this
denormalised table instead so that the database backend indexes exactly the
documents Elasticsearch indexes: per language, accent-folded and stemmed in
that language (``search.text``), with the same facets. Wagtail's database
search backend (SQLite FTS5, PostgreSQL full text) indexes it through
``search_fields``.
"""

from django.db import models
from wagtail.search import index


class SearchEntry(index.Indexed, models.Model):
    """One searchable document (an item in one language)."""

    key = models.CharField(max_length=120, unique=True)
    kind = models.CharField(max_length=30, db_index=True)
    # Not "object_id": Wagtail's database backend annotates indexed querysets
    # with that name, and update_index would fail on this model.
    source_id = models.PositiveIntegerField(db_index=True)
    language = models.CharField(max_length=10, db_index=True)
    display_title = models.CharField(max_length=500)
    display_text = models.TextField(blank=True)
    url = models.CharField(max_length=500, blank=True)
    verdict = models.CharField(max_length=40, blank=True, db_index=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True, db_index=True)
    date = models.DateTimeField(null=True, blank=True, db_index=True)
    answer = models.JSONField(null=True, blank=True)
    # Folded, stemmed words in the entry's language: what SQLite's FTS5 table
    # (``search.fulltext``) matches.
    title = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # The lead (a fact sheet's myth and short answer) as written: ranked
    # between the title and the body.
    lead = models.TextField(blank=True)

    # search.indexing writes the engine's index in bulk, in step with this table.
    search_auto_update = False
    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("body"),
        index.FilterField("id"),
        index.FilterField("kind"),
        index.FilterField("language"),
        index.FilterField("verdict"),
        index.FilterField("year"),
        index.FilterField("date"),
    ]

    class Meta:
        indexes = [models.Index(fields=["kind", "source_id"])]

    def __str__(self):
        return self.key


class SearchEntryFacet(models.Model):
    """A many-valued facet of an entry: a topic or a country."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=60)

    class Meta:
        indexes = [models.Index(fields=["facet", "value"])]

    def __str__(self):
        return f"{self.facet}={self.value}"

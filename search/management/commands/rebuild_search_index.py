"""Rebuild the search index without interrupting search.

Builds a new versioned Elasticsearch index (when ELASTICSEARCH_URL is set)
and the database index, with a progress bar, then swaps the alias atomically.
"""

from django.core.management.base import BaseCommand, CommandError

from search.rebuild import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index (new versioned index, then an atomic alias swap)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--chunk-size", type=int, default=500, help="Documents per bulk request."
        )
        parser.add_argument(
            "--database-only", action="store_true", help="Rebuild only the database index."
        )

    def handle(self, *args, chunk_size, database_only, **options):
        progress = self.stderr._out if options["verbosity"] > 0 else None
        stats = rebuild(stream=progress, use_elasticsearch=not database_only, chunk_size=chunk_size)
        if options["verbosity"] > 0:
            for kind, count in sorted(stats.by_kind.items()):
                self.stdout.write(f"  {kind}: {count} documents")
            self.stdout.write(
                f"{stats.objects} items, {stats.documents} documents in {stats.seconds:.1f} s "
                f"({stats.rate:.0f} documents/s)"
            )
            if stats.elasticsearch:
                self.stdout.write(
                    self.style.SUCCESS(f"Elasticsearch: alias now points at {stats.index}")
                )
        if stats.error:
            raise CommandError(
                f"Elasticsearch could not be rebuilt ({stats.error}); the database index was rebuilt "
                "and the old Elasticsearch index (if any) still answers."
            )

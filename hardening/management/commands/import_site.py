from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from hardening.backup import import_site


class Command(BaseCommand):
    help = (
        "Restore a site archive made by export_site into this (migrated) database. "
        "Everything in the database is replaced."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="path of the .tar.gz archive to read")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database that already holds pages beyond Wagtail's initial ones",
        )

    def handle(self, archive, force=False, **options):
        if Page.objects.count() > 2 and not force:
            raise CommandError(
                "This database already holds content. Restore into an empty, migrated database, "
                "or pass --force to replace everything in it."
            )
        result = import_site(archive)
        for warning in result["warnings"]:
            self.stderr.write(self.style.WARNING(warning))
        self.stdout.write(
            f"Restored {result['objects']} objects and {result['restored_files']} media files from {archive}."
        )

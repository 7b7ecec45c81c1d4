from django.core.management.base import BaseCommand

from hardening.backup import export_site


class Command(BaseCommand):
    help = "Export the whole site (database content and media files) into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="path of the .tar.gz archive to write")

    def handle(self, archive, **options):
        manifest = export_site(archive)
        self.stdout.write(
            f"Exported {manifest['objects']} objects and {manifest['files']} media files to {archive}."
        )

"""Build the demo site from content written into the project.

The home app creates the site's home page; every app then adds its part
through the ``load_demo_content`` Wagtail hook (called in hook order with the
home page), so this command knows no other app's internals. Running it twice
changes nothing.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail import hooks

from home.demo import ensure_home_page


class Command(BaseCommand):
    help = "Load the demo content (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            home = ensure_home_page()
            for loader in hooks.get_hooks("load_demo_content"):
                loader(home)
                if options["verbosity"] > 1:
                    self.stdout.write(f"  {loader.__module__}.{loader.__name__}")
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))

"""Build the demo site from the data files written into the project.

Every app declares its steps through the ``load_demo_content`` Wagtail hook,
in hook order: data files (``home.demo_data.demo_files``) and a few steps in
Python. This command knows no app's internals; ``home.demo_data`` reads and
checks every file before it writes anything, and the whole load is one
transaction. Running it twice changes nothing.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail import hooks

from home.demo_data import DemoContent, DemoDataError


class Command(BaseCommand):
    help = "Load the demo content (idempotent; all or nothing)."

    def handle(self, *args, **options):
        def log(step):
            if options["verbosity"] > 1:
                name = getattr(step, "__qualname__", None)
                self.stdout.write(f"  {step.__module__}.{name}" if name else f"  {step}")

        try:
            with transaction.atomic():
                DemoContent(hooks.get_hooks("load_demo_content")).load(log)
        except DemoDataError as error:
            raise CommandError(str(error)) from error
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))

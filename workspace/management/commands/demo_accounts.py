"""Create the local demo accounts (development settings only) and print
their names and password; ``--remove`` deletes them (any settings)."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from workspace import demo_accounts


class Command(BaseCommand):
    help = "Create one demo account per editorial role (development only), or remove them."

    def add_arguments(self, parser):
        parser.add_argument("--remove", action="store_true", help="Delete the demo accounts.")

    def handle(self, *args, **options):
        if options["remove"]:
            count = demo_accounts.remove_accounts()
            self.stdout.write(f"Removed {count} demo account(s).")
            return
        if not getattr(settings, "DEMO_ACCOUNTS_ENABLED", False):
            raise CommandError(
                "Demo accounts are for local development only "
                "(DEMO_ACCOUNTS_ENABLED is set in config/settings/dev.py)."
            )
        password = demo_accounts.demo_password(settings.DEMO_ACCOUNTS_PASSWORD_FILE)
        try:
            accounts = demo_accounts.ensure_accounts(password)
        except (Group.DoesNotExist, DatabaseError) as error:
            raise CommandError("The editorial roles are missing: run migrate first.") from error
        width = max(len(username) for username, _role in accounts)
        self.stdout.write("Demo accounts (local only), sign in at /admin/:")
        for username, role in accounts:
            self.stdout.write(f"  {username:<{width}}  {role}")
        self.stdout.write(f"Password for all of them: {password}")
        self.stdout.write(f"(kept in {settings.DEMO_ACCOUNTS_PASSWORD_FILE}, outside git)")

"""Import a translated XLIFF 2.0 or PO file, as *Reports → Import
translations* does: checked whole first, all-or-nothing. On refusal every
problem goes to standard error and the exit status is 1."""

import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from workspace import exchange


class Command(BaseCommand):
    help = "Import a translated XLIFF 2.0 or PO file (all or nothing) as new revisions."

    def add_arguments(self, parser):
        parser.add_argument("file", help="the translated file, or - for standard input")
        parser.add_argument(
            "--language", help="the file's language (default: the language the file states)"
        )
        parser.add_argument("--user", help="username the new revisions are saved under")
        parser.add_argument(
            "--submit", action="store_true", help="submit the changed pages for moderation"
        )

    def handle(self, *args, file, language, user, submit, **options):
        account = None
        if user:
            account = get_user_model().objects.filter(username=user).first()
            if account is None:
                raise CommandError(_("No such user: %(name)s") % {"name": user})
        if file == "-":
            data, name = sys.stdin.buffer.read(), ""
        else:
            try:
                with open(file, "rb") as handle:
                    data, name = handle.read(), file
            except OSError as error:
                raise CommandError(str(error)) from error
        try:
            plan = exchange.plan_import(data, language, name)
            if account is not None:
                from workspace.views.translate import can_edit

                refused = [
                    _("%(object)s: you may not edit it.") % {"object": exchange.title_of(obj)}
                    for obj in plan.changes
                    if not can_edit(account, obj)
                ]
                if refused:
                    raise exchange.ImportRefused(refused)
        except exchange.ImportRefused as refusal:
            for error in refusal.errors:
                self.stderr.write(str(error))
            raise CommandError(_("The file was refused; nothing was changed.")) from None
        written = exchange.apply_plan(plan, account, submit=submit)
        for skipped in plan.skipped:
            self.stderr.write(str(skipped))
        self.stdout.write(
            _("Translations imported: %(count)s pages or statistics have a new revision.")
            % {"count": len(written)}
        )

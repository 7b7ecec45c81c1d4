from django.conf import settings
from django.core.management.base import BaseCommand

from feedback.models import ErrorReport


class Command(BaseCommand):
    help = (
        "Delete the name and e-mail of error reports older than "
        "ERROR_REPORT_RETENTION_DAYS (run daily, e.g. from cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="override the setting")

    def handle(self, *args, days=None, **options):
        days = settings.ERROR_REPORT_RETENTION_DAYS if days is None else days
        count = ErrorReport.objects.purge_personal_data(days=days)
        self.stdout.write(
            f"Personal data deleted from {count} error reports older than {days} days."
        )

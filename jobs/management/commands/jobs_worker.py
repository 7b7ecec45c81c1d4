"""Run the worker of the configured jobs backend (``TASKS["jobs"]``)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django_tasks import task_backends

from jobs.queue import BACKEND


class Command(BaseCommand):
    help = (
        "Run the background jobs worker: the database worker (embedded default) "
        "or an RQ worker (with REDIS_URL). scripts/serve.sh starts it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval", type=float, default=1.0, help="seconds between polls (database)"
        )
        parser.add_argument("--batch", action="store_true", help="run queued jobs, then exit")

    def handle(self, *args, interval, batch, **options):
        backend = type(task_backends[BACKEND])
        path = f"{backend.__module__}.{backend.__name__}"
        verbosity = ["--verbosity", str(options["verbosity"])]
        if path.startswith("django_tasks_db."):
            arguments = ["--backend", BACKEND, "--queue-name", "*", "--interval", str(interval)]
            arguments += ["--no-reload", "--no-startup-delay", *(["--batch"] if batch else [])]
            call_command("db_worker", *arguments, *verbosity)
        elif path.startswith("django_tasks_rq."):
            arguments = ["default", "--job-class", "django_tasks_rq.backend.Job"]
            arguments += ["--with-scheduler", *(["--burst"] if batch else [])]
            call_command("rqworker", *arguments, *verbosity)
        else:
            raise CommandError(f"The {BACKEND!r} backend ({path}) runs jobs at once: no worker.")

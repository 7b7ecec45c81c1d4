"""Background jobs on Django's tasks framework (the django-tasks backport).

- ``@background(label)`` makes a function a task of the ``jobs`` backend
  (``TASKS["jobs"]``: the database backend, RQ with Redis, immediate in tests).
  Its arguments must be JSON (ids, not objects), and it must be idempotent:
  it reads the current state, so a retry or a late run is always right.
- ``enqueue_on_commit(task, *args)`` queues it once the transaction commits:
  publishing only writes a row (or a Redis entry) and never waits for the job.
- A job that fails is retried ``JOBS_MAX_ATTEMPTS`` times, waiting
  ``JOBS_RETRY_SECONDS`` (doubling) in between, and is recorded as a
  ``JobFailure`` that administrators see (Reports → Background jobs) until it
  succeeds; after the last attempt it waits there for a manual retry. A job
  that could not even be queued (Redis down) is recorded the same way.
"""

import datetime
import hashlib
import json
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task, task_backends
from django_tasks.base import TaskResultStatus
from django_tasks.signals import task_finished

logger = logging.getLogger(__name__)

BACKEND = "jobs"
_labels = {}


def background(label):
    """Decorator: the function becomes a background job shown as ``label``."""

    def decorate(func):
        job = task(backend=BACKEND)(func)
        _labels[job.module_path] = label
        return job

    return decorate


def label(task_path):
    return _labels.get(task_path, task_path)


def job_key(task_path, args, kwargs):
    raw = json.dumps([task_path, list(args), kwargs], sort_keys=True, default=str)
    return hashlib.sha256(raw.encode()).hexdigest()


def enqueue(job, *args, **kwargs):
    """Queue ``job`` now; if the queue cannot take it, record the failure."""
    try:
        return job.enqueue(*args, **kwargs)
    except Exception as error:  # noqa: BLE001 - recorded, never lost
        _record_failure(job.module_path, args, kwargs, _describe(error), retry=False)
        return None


def enqueue_on_commit(job, *args, **kwargs):
    transaction.on_commit(lambda: enqueue(job, *args, **kwargs))


def retry(failure):
    """Queue a recorded failure again (the report's "Retry" button)."""
    job = import_string(failure.task_path)
    failure.retry_at = timezone.now()
    failure.save(update_fields=["retry_at"])
    return enqueue(job, *failure.arguments.get("args", []), **failure.arguments.get("kwargs", {}))


def _describe(error):
    return f"{type(error).__module__}.{type(error).__qualname__}: {error}"[:1000]


def _delay(attempts):
    return datetime.timedelta(seconds=settings.JOBS_RETRY_SECONDS * 2 ** (attempts - 1))


def _record_failure(task_path, args, kwargs, error, retry=True):
    """Count a failed attempt; schedule the next one while attempts remain."""
    from jobs.models import JobFailure

    args, kwargs = list(args), dict(kwargs)
    failure, _created = JobFailure.objects.get_or_create(
        key=job_key(task_path, args, kwargs),
        defaults={"task_path": task_path, "arguments": {"args": args, "kwargs": kwargs}},
    )
    failure.attempts += 1
    failure.error = error
    failure.retry_at = None
    backend = task_backends[BACKEND]
    if retry and failure.attempts < settings.JOBS_MAX_ATTEMPTS and backend.supports_defer:
        failure.retry_at = timezone.now() + _delay(failure.attempts)
    failure.save()
    logger.warning(
        "Background job %s failed (attempt %d): %s; %s.",
        task_path,
        failure.attempts,
        error.split(":")[0],
        f"retry at {failure.retry_at.isoformat()}" if failure.retry_at else "given up",
    )
    if failure.retry_at:
        job = import_string(task_path).using(run_after=failure.retry_at)
        try:
            job.enqueue(*args, **kwargs)
        except Exception as error:  # noqa: BLE001 - stays in the report for a manual retry
            failure.retry_at = None
            failure.error = _describe(error)
            failure.save(update_fields=["retry_at", "error"])


def _error_of(task_result):
    if not task_result.errors:
        return "(no details: see the worker's log)"
    last = task_result.errors[-1]
    lines = [line for line in (last.traceback or "").strip().splitlines() if line.strip()]
    return (lines[-1] if lines else last.exception_class_path)[:1000]


def on_task_finished(sender, task_result, **kwargs):
    """Runs where the job ran (the worker, or in-process when immediate)."""
    if task_result.backend != BACKEND:
        return
    from jobs.models import JobFailure

    job = task_result.task
    try:
        if task_result.status == TaskResultStatus.SUCCESSFUL:
            key = job_key(job.module_path, task_result.args, task_result.kwargs)
            JobFailure.objects.filter(key=key).delete()
        elif task_result.status == TaskResultStatus.FAILED:
            _record_failure(
                job.module_path, task_result.args, task_result.kwargs, _error_of(task_result)
            )
    except Exception:
        logger.exception("Could not record the outcome of background job %s.", job.module_path)


def connect():
    task_finished.connect(on_task_finished, dispatch_uid="jobs_task_finished")


def waiting_count():
    """Jobs queued and not yet run (database backend), else ``None``."""
    if not type(task_backends[BACKEND]).__module__.startswith("django_tasks_db"):
        return None
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(backend_name=BACKEND, status=TaskResultStatus.READY).count()

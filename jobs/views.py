"""Reports → Background jobs: failed jobs, waiting jobs, and a retry button.
Administrators only (superusers)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from jobs import queue
from jobs.models import JobFailure


def _require_admin(request):
    if not request.user.is_superuser:
        raise PermissionDenied


def report(request):
    _require_admin(request)
    failures = list(JobFailure.objects.all())
    for failure in failures:
        failure.label = queue.label(failure.task_path)
    return render(
        request,
        "jobs/report.html",
        {
            "page_title": _("Background jobs"),
            "failures": failures,
            "waiting": queue.waiting_count(),
        },
    )


@require_POST
def retry(request, pk):
    _require_admin(request)
    failure = get_object_or_404(JobFailure, pk=pk)
    if queue.retry(failure) is None:
        messages.error(request, _("The job could not be queued; it stays in the list."))
    else:
        messages.success(request, _("The job was queued again."))
    return redirect("jobs:report")

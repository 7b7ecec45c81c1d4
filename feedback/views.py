"""The public "Report an error" form: no account, CSRF, a honeypot and a
rate limit per client; the reader's text is kept when something is wrong."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from feedback.forms import ErrorReportForm
from feedback.notify import notify_moderators
from hardening.middleware import over_limit


def _page_from_query(request):
    """``?page=/es/facts/…``: a path of this site only, never another address."""
    page = request.GET.get("page", "")
    parts = urlsplit(page)
    if parts.scheme or parts.netloc or not page.startswith("/"):
        return ""
    return page[:500]


def _render(request, form, status=200):
    context = {"form": form, "retention_days": settings.ERROR_REPORT_RETENTION_DAYS}
    return render(request, "feedback/report_error.html", context, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def report_error(request):
    if request.method == "GET":
        form = ErrorReportForm(initial={"page_url": _page_from_query(request)})
        return _render(request, form)
    form = ErrorReportForm(request.POST)
    if form.is_bot:
        # Looks sent to a bot; nothing is stored.
        return redirect("feedback:thanks")
    limit, window = settings.ERROR_REPORT_RATE_LIMIT
    retry_after = over_limit(request, "error-report", limit, window)
    if retry_after:
        form.add_error(
            None,
            _(
                "You have sent several reports in a short time. Please wait %(minutes)s minutes and send again: what you typed is kept below."
            )
            % {"minutes": max(1, round(retry_after / 60))},
        )
        return _render(request, form, status=429)
    if not form.is_valid():
        return _render(request, form, status=400)
    report = form.save(commit=False)
    report.language = get_language()
    report.save()
    transaction.on_commit(lambda: notify_moderators(report))
    return redirect("feedback:thanks")


@require_http_methods(["GET"])
def thanks(request):
    return render(request, "feedback/thanks.html")

"""Sign-in lockout rules on top of django-axes.

- Two limits: ``AXES_FAILURE_LIMIT`` failures for one user name from one
  address, and ``HARDENING_ACCOUNT_FAILURE_LIMIT`` for one user name from all
  addresses together, so many addresses cannot multiply the guesses at one
  account (``AXES_LOCKOUT_PARAMETERS`` lists both; ``AccountLimitHandler``).
- User names are compared normalised (Unicode NFKC, spaces collapsed,
  case-folded): " Editor" and "editor" are one account (``normalised_username``).
- The lockout answer is HTTP 429 with ``Retry-After`` and a message in the
  reader's language, as JSON for scripts (``lockout_response``).
"""

import unicodedata

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import (
    get_client_username,
    get_cool_off,
    get_failure_limit,
    get_lockout_parameters,
)
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

LOCKOUT_MESSAGE = _(
    "Too many failed sign-in attempts. For your security, signing in to this account is "
    "locked for a while (at most one hour). Try again later, or ask an administrator to "
    "unlock it."
)


def normalised_username(request, credentials=None):
    field = getattr(settings, "AXES_USERNAME_FORM_FIELD", "username")
    raw = (credentials or {}).get(field)
    if raw is None and request is not None:
        raw = request.POST.get(field)
    if raw is None:
        return None
    name = " ".join(unicodedata.normalize("NFKC", str(raw)).split()).casefold()
    return name or None


class AccountLimitHandler(AxesDatabaseHandler):
    """Axes compares one failure count with one limit: the account-wide count
    is scaled onto the per-address limit before the comparison."""

    def get_failures(self, request, credentials=None):
        limit = get_failure_limit(request, credentials)
        account_limit = getattr(settings, "HARDENING_ACCOUNT_FAILURE_LIMIT", limit)
        parameters = get_lockout_parameters(request, credentials)
        counts = [0]
        for parameter, attempts in zip(
            parameters, self.get_user_attempts(request, credentials), strict=False
        ):
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            if parameter in ("username", ["username"]):
                failures = failures * limit // account_limit
            counts.append(failures)
        return max(counts)


def seconds_until_unlocked(request, credentials=None):
    cool_off = get_cool_off(request)
    if not cool_off:
        return 3600
    username = get_client_username(request, credentials)
    latest = AccessAttempt.objects.filter(username=username).aggregate(last=Max("attempt_time"))
    last = latest["last"] or timezone.now()
    return max(1, int((last + cool_off - timezone.now()).total_seconds()))


def lockout_response(request, original_response=None, credentials=None):
    retry_after = seconds_until_unlocked(request, credentials)
    wants_json = request.headers.get(
        "x-requested-with"
    ) == "XMLHttpRequest" or "application/json" in request.headers.get("accept", "")
    if wants_json:
        response = JsonResponse(
            {"error": str(LOCKOUT_MESSAGE), "retry_after": retry_after}, status=429
        )
    else:
        response = render(
            request, "hardening/lockout.html", {"message": LOCKOUT_MESSAGE}, status=429
        )
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response

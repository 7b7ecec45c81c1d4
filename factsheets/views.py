"""Read-only statistics API (JSON and CSV), the statistic's public page, its
embeddable card and the Corrections page."""

import csv
import io

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_safe
from wagtail.models import ModelLogEntry

from api.conditional import last_modified, public_data
from api.discovery import oembed_url
from api.errors import json_error, not_found, unknown_language
from api.licence import content_license
from caching import pagecache
from factsheets import citations, corrections
from factsheets.choices import Unit
from factsheets.history import value_history
from factsheets.links import statistic_url
from factsheets.models import FactSheetPage, Statistic
from factsheets.references import citing_pages
from geography.places import geography_choices
from hardening.csp import allow_framing
from languages.addresses import public_url
from languages.codes import language_codes

API_FIELDS = [
    "key",
    "label",
    "value",
    "formatted_value",
    "unit",
    "precision",
    "qualifier",
    "period",
    "period_start",
    "period_end",
    "geography",
    "geography_label",
    "source_publisher",
    "source_title",
    "source_url",
    "source_retrieved",
    "notes",
    "next_review",
]


def statistic_api_url(statistic):
    return reverse("statistics-api-detail", kwargs={"key": statistic.key})


FORMATS = ("json", "csv")


def _language(request):
    codes = language_codes()
    lang = request.GET.get("lang")
    return lang if lang in codes else settings.LANGUAGE_CODE


def _bad_parameters(request, filters=()):
    """A 400 JSON response for an unknown ``lang``, ``format`` or filter
    value (``None`` when every parameter is valid)."""
    refused = unknown_language(request)
    if refused is not None:
        return refused
    messages = []
    fmt = request.GET.get("format")
    if fmt is not None and fmt not in FORMATS:
        messages.append(lambda: _("Unknown format: use json or csv."))
    known = {"geography": dict(geography_choices()), "unit": Unit.values}
    for name in filters:
        value = request.GET.get(name)
        if value and value not in known[name]:
            messages.append(
                lambda name=name: (
                    _("Unknown value for “%(parameter)s”: see /api/openapi.json.")
                    % {"parameter": name}
                )
            )
    return json_error(request, 400, *messages) if messages else None


def _csv_response(rows, filename):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=API_FIELDS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _api_headers(response):
    # Newsrooms fetch this from their own sites and tools.
    return public_data(response)


def library_changed_at(request, *args, **kwargs):
    """When the published library last changed: the latest publication, or
    the latest logged action (edit, unpublish, delete) on any statistic;
    ``None`` (no Last-Modified) while a live statistic has no publication date."""
    if Statistic.objects.live().filter(last_published_at__isnull=True).exists():
        return None
    published = Statistic.objects.aggregate(at=Max("last_published_at"))["at"]
    logged = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Statistic)
    ).aggregate(at=Max("timestamp"))["at"]
    return max(filter(None, (published, logged)), default=None)


def statistic_changed_at(request, key, *args, **kwargs):
    """When this statistic was last published (``None``: unknown key)."""
    return (
        Statistic.objects.live().filter(key=key).values_list("last_published_at", flat=True).first()
    )


@csrf_exempt  # read-only: any other method answers 405
@require_safe
@last_modified(library_changed_at)
def statistics_list(request, fmt="json"):
    """``/api/statistics/`` (JSON) or ``/api/statistics.csv``; filters
    ``?geography=`` and ``?unit=``, labels in ``?lang=`` (default English)."""
    refused = _bad_parameters(request, ("geography", "unit"))
    if refused is not None:
        return refused
    statistics = Statistic.objects.live().order_by("key")
    for field in ("geography", "unit"):
        if request.GET.get(field):
            statistics = statistics.filter(**{field: request.GET[field]})
    language = _language(request)
    with translation.override(language):
        rows = [
            {**s.as_data(language), "url": public_url(statistic_api_url(s))} for s in statistics
        ]
    if fmt == "csv" or request.GET.get("format") == "csv":
        return _api_headers(_csv_response(rows, "statistics.csv"))
    return _api_headers(
        JsonResponse(
            {
                "count": len(rows),
                "language": language,
                "license": content_license(),
                "results": rows,
            },
            json_dumps_params={"ensure_ascii": False},
        )
    )


@csrf_exempt
@require_safe
@last_modified(statistic_changed_at)
def statistic_detail(request, key, fmt="json"):
    refused = _bad_parameters(request)
    if refused is not None:
        return refused
    try:
        statistic = Statistic.objects.live().get(key=key)
    except Statistic.DoesNotExist:
        return not_found(
            request,
            lambda: _("No published statistic has the key “%(key)s”.") % {"key": key},
        )
    language = _language(request)
    with translation.override(language):
        data = statistic.as_data(language)
    if fmt == "csv" or request.GET.get("format") == "csv":
        return _api_headers(_csv_response([data], f"{key}.csv"))
    return _api_headers(
        JsonResponse(
            {**data, "license": content_license()}, json_dumps_params={"ensure_ascii": False}
        )
    )


@csrf_exempt
@require_safe
def statistic_citation(request, key, fmt):
    """One statistic and its primary source as RIS, BibTeX or CSL-JSON."""
    refused = unknown_language(request)
    if refused is not None:
        return refused
    try:
        statistic = Statistic.objects.live().get(key=key)
    except Statistic.DoesNotExist:
        return not_found(
            request,
            lambda: _("No published statistic has the key “%(key)s”.") % {"key": key},
        )
    language = _language(request)
    with translation.override(language):
        url = public_url(statistic.page_url(language))
        works = citations.statistic_works(statistic, url, language)
        return _api_headers(citations.citation_response(works, fmt, key))


@allow_framing
@require_GET
def embed_statistic(request, key):
    """A small card for one statistic, in the URL's language: the only route
    any site may frame."""
    try:
        statistic = Statistic.objects.live().get(key=key)
    except Statistic.DoesNotExist as exc:
        raise Http404 from exc
    return render(
        request,
        "factsheets/embed_statistic.html",
        {
            "statistic": statistic,
            "description": statistic_description(statistic),
            "oembed_url": oembed_url(public_url(request.get_full_path())),
        },
    )


@allow_framing
@require_safe
def embed_fact_sheet(request, page_id):
    """A small card of one fact sheet (claim, verdict, short answer), in the
    URL's language, for other sites to frame (oEmbed)."""
    page = FactSheetPage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    page_url = page.get_url(request)
    return render(
        request,
        "factsheets/embed_fact_sheet.html",
        {
            "page": page,
            "page_url": page_url,
            "oembed_url": oembed_url(public_url(request.get_full_path())),
        },
    )


def statistic_description(statistic):
    """One line for share previews and the embed card: "about 53 million:
    label (geography, period)"."""
    qualifier = f"{statistic.approximate} " if statistic.approximate else ""
    return (
        f"{qualifier}{statistic.formatted_value()}: {statistic.label} "
        f"({statistic.geography_label}, {statistic.period_label})"
    )


@require_GET
def statistic_page(request, key):
    """``/<lang>/statistics/<key>/``: one figure with its source, history,
    the pages citing it, downloads and embed code. Stored by the page cache
    under the statistic; publishing it (or a page citing it) refreshes it."""
    try:
        statistic = Statistic.objects.live().get(key=key)
    except Statistic.DoesNotExist as exc:
        raise Http404 from exc
    pagecache.begin(request, statistic)
    language = translation.get_language()
    pages = list(citing_pages(statistic, live_only=True))
    api_url = statistic_api_url(statistic)
    card_url = public_url(statistic.card_url())
    context = {
        "statistic": statistic,
        "description": statistic_description(statistic),
        "history": value_history(statistic),
        "fact_sheets": [p for p in pages if isinstance(p, FactSheetPage)],
        "other_pages": [p for p in pages if not isinstance(p, FactSheetPage)],
        "json_url": f"{api_url}?lang={language}",
        "csv_url": reverse("statistics-api-detail-csv", kwargs={"key": statistic.key})
        + f"?lang={language}",
        "card_url": card_url,
        "page_full_url": public_url(statistic.page_url()),
        "oembed_url": oembed_url(public_url(statistic.page_url())),
        "content_license": content_license(),
        "citation_files": [
            (f"{api_url[:-1]}{suffix}?lang={language}", label)
            for suffix, label in ((".ris", "RIS"), (".bib", "BibTeX"), (".csl.json", "CSL-JSON"))
        ],
    }
    return render(request, "factsheets/statistic_page.html", context)


@require_GET
def corrections_page(request):
    """Every correction and update, newest first, in the URL's language."""
    entries = []
    for correction in corrections.public():
        if correction.statistic_id:
            url = statistic_url(correction.statistic) if correction.statistic.live else ""
        else:
            url = correction.fact_sheet.get_url(request) if correction.fact_sheet.live else ""
        entries.append(
            {
                "id": correction.pk,
                "subject": corrections.subject(correction),
                "url": url,
                "sentence": corrections.sentence(correction),
                "note": correction.note,
                "note_lang": corrections.note_language(correction),
                "date": correction.published_at,
            }
        )
    return render(request, "factsheets/corrections_page.html", {"entries": entries})

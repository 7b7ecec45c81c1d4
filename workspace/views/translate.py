"""Start a translation; confirm a page still reads right after a figure changed."""

import copy
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from languages.names import local_name
from workspace import exchange, status
from workspace.models import FigureReview


def can_edit(user, obj):
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    return ModelPermissionPolicy(type(obj)).user_has_permission(user, "change")


def copy_source(obj, language):
    """Copy the source language's content into every empty field of
    ``language`` (StreamField blocks with their ids, so chosen statistics,
    pages and images stay referenced). Returns the fields copied."""
    source = status.source_language()
    copied = []
    for field in status.translated_field_names(type(obj)):
        source_value = status.raw_value(obj, field, source)
        if not status.has_content(source_value) or status.has_content(
            status.raw_value(obj, field, language)
        ):
            continue
        target_name = build_localized_fieldname(field, language)
        if status.is_stream(type(obj), target_name):
            stream_block = type(obj)._meta.get_field(target_name).stream_block
            value = stream_block.to_python(copy.deepcopy(source_value))
        else:
            value = getattr(obj, build_localized_fieldname(field, source))
        setattr(obj, target_name, value)
        copied.append(field)
    return copied


@require_POST
def start_translation(request, content_type_id, object_id, language):
    if language not in status.target_languages():
        raise Http404
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    model = content_type.model_class()
    if model is None or model not in status.tracked_models():
        raise Http404
    obj = get_object_or_404(model._default_manager, pk=object_id)
    if not can_edit(request.user, obj):
        raise PermissionDenied
    draft = exchange.working_copy(obj)
    copied = copy_source(draft, language)
    name = local_name(language)
    if copied:
        exchange.save_as_revision(draft, request.user)
        messages.success(
            request,
            _(
                "The English content was copied into %(language)s as a draft: translate it, then submit it for moderation."
            )
            % {"language": name},
        )
    else:
        messages.info(
            request,
            _("Nothing to copy: every %(language)s field already has content.")
            % {"language": name},
        )
    edit_url = AdminURLFinder(request.user).get_edit_url(obj)
    if edit_url is None:
        return redirect("workspace:translation_status")
    # The editor opens on that language's fields (workspace/translate.js).
    return redirect(f"{edit_url}?{urlencode({'translate': language})}")


@require_POST
def keep_identical(request, content_type_id, object_id, language):
    """A translator says these fields read the same in ``language`` on
    purpose (a proper name): they count as translated."""
    if language not in status.target_languages():
        raise Http404
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    model = content_type.model_class()
    if model is None or model not in status.tracked_models():
        raise Http404
    obj = get_object_or_404(model._default_manager, pk=object_id)
    if not can_edit(request.user, obj):
        raise PermissionDenied
    kept = status.keep_identical(status.working_copy(obj), language, request.POST.getlist("fields"))
    if kept:
        messages.success(
            request,
            _("Kept as in English on purpose in %(language)s: %(fields)s.")
            % {
                "language": local_name(language),
                "fields": ", ".join(status.field_label(model, field) for field in kept),
            },
        )
    else:
        messages.warning(request, _("Nothing kept: choose the fields that stay the same."))
    return redirect("workspace:translation_status")


@require_POST
def confirm_figure_review(request, pk):
    flag = get_object_or_404(FigureReview, pk=pk, confirmed_at__isnull=True)
    if not can_edit(request.user, flag.page.specific):
        raise PermissionDenied
    flag.confirmed_at = timezone.now()
    flag.confirmed_by = request.user
    flag.save(update_fields=["confirmed_at", "confirmed_by"])
    messages.success(
        request,
        _("“%(page)s” (%(language)s) confirmed: it still reads right with the new figure.")
        % {"page": flag.page.title, "language": local_name(flag.language)},
    )
    return redirect("workspace:figure_reviews")


def figure_reviews(request):
    from django.template.response import TemplateResponse

    flags = list(FigureReview.objects.filter(confirmed_at__isnull=True).select_related("page"))
    for flag in flags:
        flag.language_name = local_name(flag.language)
    return TemplateResponse(
        request,
        "workspace/figure_reviews.html",
        {
            "flags": flags,
            "page_title": _("Pages to re-read after a figure changed"),
            "header_icon": "warning",
        },
    )

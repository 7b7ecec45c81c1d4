"""Export the texts still to translate into one language, for translation
platforms (Weblate, Pontoon, CAT tools): the same file as *Reports → Export
translations*, written to standard output or to ``--output``."""

import datetime
import sys

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page, Site

from languages.codes import language_codes
from workspace import exchange, status


def parse_moment(value):
    """``2026-12-01`` (midnight, site time) or an ISO date and time."""
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError as error:
        raise CommandError(
            _("“%(value)s” is not a date (YYYY-MM-DD).") % {"value": value}
        ) from error
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def find_objects(identifiers):
    """Objects named on the command line: ``app_label.model:pk``, a whole type
    ``app_label.model``, or a page path (``/facts/…``, with or without the
    language prefix). No identifier: every translated page and snippet."""
    if not identifiers:
        return [obj for obj, _statuses in status.listing()]
    found, unknown = [], []
    for identifier in identifiers:
        objects = _resolve(identifier)
        if objects:
            found.extend(objects)
        else:
            unknown.append(identifier)
    if unknown:
        raise CommandError(
            _("No such page or statistic: %(names)s") % {"names": ", ".join(unknown)}
        )
    return list(dict.fromkeys(found))


def _resolve(identifier):
    if identifier.startswith("/"):
        return _page_at(identifier)
    label, _sep, pk = identifier.partition(":")
    try:
        app_label, model_name = label.split(".", 1)
        model = ContentType.objects.get_by_natural_key(app_label, model_name.lower()).model_class()
    except (ValueError, ContentType.DoesNotExist):
        return []
    if model not in status.tracked_models():
        return []
    queryset = model._default_manager.all()
    if issubclass(model, Page):
        queryset = queryset.filter(content_type=ContentType.objects.get_for_model(model))
    return list(queryset.filter(pk=pk) if pk else queryset)


def _page_at(path):
    parts = [part for part in path.split("/") if part]
    if parts and parts[0] in language_codes():
        parts = parts[1:]
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    url_path = site.root_page.url_path + "".join(f"{part}/" for part in parts)
    page = Page.objects.filter(url_path=url_path).first()
    if page is None:
        return []
    page = page.specific
    return [page] if type(page) in status.tracked_models() else []


class Command(BaseCommand):
    help = (
        "Export the missing and outdated texts of pages and statistics in one language "
        "as XLIFF 2.0 or gettext PO."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "objects",
            nargs="*",
            help="app_label.model:pk, app_label.model (every object of a type) or a page "
            "path such as /facts/…; default: every page and snippet",
        )
        parser.add_argument("--language", required=True, help="target language code, e.g. ht")
        parser.add_argument(
            "--format", dest="file_format", choices=sorted(exchange.FORMATS), default="xliff"
        )
        parser.add_argument(
            "--changed-since",
            type=parse_moment,
            help="only texts whose English version was saved on or after this date",
        )
        parser.add_argument("--output", "-o", help="write to this file instead of standard output")

    def handle(self, *args, objects, language, file_format, changed_since, output, **options):
        if language not in status.target_languages():
            raise CommandError(
                _("The language must be one of: %(codes)s.")
                % {"codes": ", ".join(status.target_languages())}
            )
        chosen = find_objects(objects)
        data, units = exchange.export_file(
            chosen, language, file_format, changed_since=changed_since
        )
        if not units:
            self.stderr.write(_("Nothing to translate: these texts are complete in this language."))
            return
        if output:
            with open(output, "wb") as handle:
                handle.write(data)
        else:
            self._write_bytes(data)
        if options["verbosity"]:
            self.stderr.write(
                ngettext("%(count)s text exported.", "%(count)s texts exported.", len(units))
                % {"count": len(units)}
            )

    def _write_bytes(self, data):
        stream = getattr(self.stdout, "_out", sys.stdout)
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            stream.flush()
            buffer.write(data)
            buffer.flush()
        else:  # a text stream (call_command(stdout=StringIO()))
            stream.write(data.decode("utf-8"))

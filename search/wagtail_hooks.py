"""Admin: which search backend answers; demo content: build the index last."""

from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from search import conf
from search.models import SearchEntry


def backend_status():
    """(name, detail) of the backend answering searches right now."""
    from search.connection import get_client
    from search.indexing import ENGINE_ERRORS

    client = get_client()
    if client is None:
        return _("Database"), _("No ELASTICSEARCH_URL is set: the database search backend answers.")
    try:
        count = client.count(index=conf.alias_name())["count"]
    except ENGINE_ERRORS as error:
        return (
            _("Database (fallback)"),
            _(
                "Elasticsearch is configured but cannot be reached (%(error)s): the database answers."
            )
            % {"error": type(error).__name__},
        )
    return _("Elasticsearch"), _("Elasticsearch answers; %(count)d documents in the index.") % {
        "count": count
    }


class SearchBackendPanel(Component):
    name = "search_backend"
    order = 900

    def render_html(self, parent_context=None):
        name, detail = backend_status()
        return format_html(
            '<section class="panel" aria-labelledby="search-backend-heading">'
            '<h2 id="search-backend-heading">{}</h2><p><strong>{}</strong></p><p>{}</p><p>{}</p></section>',
            _("Site search"),
            name,
            detail,
            _(
                "%(count)d entries in the database search index. Rebuild with: manage.py rebuild_search_index"
            )
            % {"count": SearchEntry.objects.count()},
        )


@hooks.register("construct_homepage_panels")
def add_search_backend_panel(request, panels):
    if request.user.is_superuser:
        panels.append(SearchBackendPanel())


def build_search_index(demo):
    """After every other app's demo content: index everything (idempotent)."""
    from search.rebuild import rebuild

    rebuild()


hooks.register("load_demo_content", build_search_index, order=90)

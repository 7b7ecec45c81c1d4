"""Wagtail's own ``update_index`` works beside ``rebuild_search_index``."""

import io

from django.core.management import call_command


def test_wagtail_update_index_rebuilds_the_database_index_without_error(db):
    out = io.StringIO()
    call_command("update_index", stdout=out)
    assert "Rebuilding index" in out.getvalue()
    assert "objects" in out.getvalue()

"""Five editors saving and publishing through the admin at once, on SQLite
(the embedded default), against gunicorn with the jobs worker beside it: no
error, and no search-index update lost. A short run of
bench/concurrent_editors.py (which prints the figures)."""

import pytest

from bench.concurrent_editors import run
from tests.production.processes import site_env

pytestmark = pytest.mark.embedded


def test_five_concurrent_editors_on_sqlite_get_no_error_and_lose_no_index_update(demo_site):
    figures = run(site_env(demo_site), demo_site, editors=5, rounds=2, workers=4, out=print)
    assert figures["writes"] == 5 * 2 * 2 * 2
    assert figures["errors"] == 0, figures["error_kinds"]
    assert figures["lost_index_updates"] == 0
    assert figures["failed_jobs"] == 0

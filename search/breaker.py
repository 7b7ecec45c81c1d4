"""A circuit breaker for the search engine.

After an engine call fails (unreachable, timed out, erroring), searches skip
the engine for ``SEARCH_CIRCUIT_SECONDS`` and the database answers at once,
instead of each search waiting for its own timeout. The state is kept in the
shared cache (Redis, or the file cache of the embedded default), so one
process's failure spares every process; each process also remembers it, so
an open circuit costs no cache read. Indexing skips the engine too (the job
is retried later).
"""

import contextlib
import logging
import time

from django.core.cache import cache

from search import conf

logger = logging.getLogger(__name__)

KEY = "search:engine:open-until"
_open_until = [0.0]  # this process's copy (wall-clock seconds)


def _read_shared():
    try:
        return cache.get(KEY) or 0.0
    except Exception:  # noqa: BLE001 - a broken cache must not break search
        return 0.0


def engine_allowed():
    """``False`` while the circuit is open (the engine failed recently)."""
    now = time.time()
    if now < _open_until[0]:
        return False
    until = _read_shared()
    if now < until:
        _open_until[0] = until
        return False
    return True


def record_failure(error):
    """Open the circuit; the error's type only is logged (never a query)."""
    seconds = conf.circuit_seconds()
    until = time.time() + seconds
    _open_until[0] = until
    with contextlib.suppress(Exception):  # a broken cache: this process still knows
        cache.set(KEY, until, timeout=max(1, int(seconds) + 1))
    logger.warning(
        "Search engine failed (%s); the database answers for the next %s s.",
        type(error).__name__,
        seconds,
    )


def reset():
    """Close the circuit (tests, or after a rebuild that reached the engine)."""
    _open_until[0] = 0.0
    with contextlib.suppress(Exception):
        cache.delete(KEY)

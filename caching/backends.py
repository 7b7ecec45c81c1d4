"""A Redis cache that degrades instead of failing.

Every cache consumer (the page cache, rate limits, Wagtail's site-root cache)
goes through Django's cache API. With this backend, a Redis server that is
down or slow makes reads miss and writes no-ops (logged), so pages get slower,
never an error. Short socket timeouts (``OPTIONS``) keep a hung server from
hanging a worker.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

FAILURES = (RedisError, OSError)
# After a failure, skip Redis for this many seconds (per process) so a dead
# server costs one timeout, not one per cache call.
BACKOFF_SECONDS = 5.0


class ResilientRedisCache(RedisCache):
    _down_until = {}  # per server list, shared by the process's threads

    def _guard(self, name, default, *args, **kwargs):
        servers = tuple(self._servers)
        if time.monotonic() < self._down_until.get(servers, 0.0):
            return default
        try:
            return getattr(super(), name)(*args, **kwargs)
        except FAILURES as exc:
            self._down_until[servers] = time.monotonic() + BACKOFF_SECONDS
            logger.warning(
                "Cache unavailable (%s: %s); continuing without it.", name, exc.__class__.__name__
            )
            return default

    def available(self):
        """``False`` while Redis is skipped after a failure (writes were lost)."""
        return time.monotonic() >= self._down_until.get(tuple(self._servers), 0.0)

    def get(self, key, default=None, version=None):
        return self._guard("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._guard("get_many", {}, keys, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("set", None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("set_many", list(data), data, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("add", False, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._guard("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._guard("delete_many", None, keys, version)

    def has_key(self, key, version=None):
        return self._guard("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        # A missing key still raises ValueError (Django's contract); a dead
        # server gives None.
        return self._guard("incr", None, key, delta, version)

    def clear(self):
        return self._guard("clear", False)

    def get_or_set(self, key, default, timeout=DEFAULT_TIMEOUT, version=None):
        value = self.get(key, version=version)
        if value is None:
            value = default() if callable(default) else default
            if value is not None:
                self.add(key, value, timeout=timeout, version=version)
        return value

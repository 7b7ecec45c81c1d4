"""The Elasticsearch client, built from ``SEARCH_ELASTICSEARCH_URL``.

Timeouts are short and there are no retries: a slow or absent engine means
the database fallback answers, never a hung worker.
"""

from functools import lru_cache

from elasticsearch import Elasticsearch

from search import conf
from search.transport import JsonHttpNode


@lru_cache(maxsize=8)
def _client(url, timeout):
    return Elasticsearch(
        url,
        node_class=JsonHttpNode,
        request_timeout=timeout,
        max_retries=0,
        retry_on_timeout=False,
    )


def get_client(timeout=None):
    """A client for the configured engine, or ``None`` when none is configured."""
    url = conf.elasticsearch_url()
    if not url:
        return None
    return _client(url, timeout or conf.timeout())

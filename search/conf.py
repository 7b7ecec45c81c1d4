"""Search settings, read at call time so tests can override them."""

from django.conf import settings

#: Upper bounds on user input: the engine never sees more than this.
MAX_QUERY_LENGTH = 200
MAX_PAGE = 50
PAGE_SIZE = 10
#: The database backend counts matches (and facets) up to this many: no one
#: can page further, and counting every match of a common word grows with the
#: content. Above it the page says "More than 500 results".
COUNT_LIMIT = MAX_PAGE * PAGE_SIZE


def elasticsearch_url():
    return getattr(settings, "SEARCH_ELASTICSEARCH_URL", None) or None


def index_prefix():
    return getattr(settings, "SEARCH_INDEX_PREFIX", "migrationfacts")


def alias_name():
    """The alias searches read: it points at one versioned index at a time."""
    return f"{index_prefix()}-content"


def timeout():
    """The time budget of one search, across all its engine calls (seconds)."""
    return float(getattr(settings, "SEARCH_TIMEOUT", 2.0))


def index_timeout():
    return float(getattr(settings, "SEARCH_INDEX_TIMEOUT", 5.0))


def circuit_seconds():
    """How long searches skip the engine after it failed."""
    return float(getattr(settings, "SEARCH_CIRCUIT_SECONDS", 30.0))

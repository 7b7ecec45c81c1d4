import pytest
from django.core.cache import caches


@pytest.fixture(autouse=True)
def _fresh_rendition_cache():
    """Wagtail caches renditions by image id; ids are reused after each
    rolled-back test, so a stale rendition of another test's image could be served."""
    for cache in caches.all():
        cache.clear()
    yield

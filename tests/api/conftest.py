import pytest


@pytest.fixture(autouse=True)
def english_by_default():
    """Requests in other languages leave their language active in the thread."""
    from django.utils import translation

    with translation.override("en"):
        yield

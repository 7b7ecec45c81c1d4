import pytest
from django.contrib.auth import get_user_model

from factsheets.factories import FactSheetPageFactory, StatisticFactory, body_citing
from factsheets.models import FactSheetIndexPage

ADMIN_HOST = {"HTTP_HOST": "localhost"}


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("factsheets-admin", "fs@example.com", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def facts_index(db):
    return FactSheetIndexPage.objects.get(slug="facts")


@pytest.fixture
def make_fact_sheet(facts_index, django_capture_on_commit_callbacks):
    """A published fact sheet citing ``n`` new statistics (callouts, ``inline`` of
    them again inside a sentence), with the reference index up to date."""

    def make(n=3, inline=0, statistics=None, translated=(), **kwargs):
        """``translated``: languages whose body is written too (the same
        blocks, other words), so their sentences are not the English fallback."""
        statistics = statistics or [
            StatisticFactory(value=10 + i, label=f"Figure {i}") for i in range(n)
        ]
        for language in translated:
            kwargs[f"body_{language}"] = body_citing(
                statistics, inline, word=f"Figure ({language})"
            )
        with django_capture_on_commit_callbacks(execute=True):
            page = FactSheetPageFactory(
                parent=facts_index, body=body_citing(statistics, inline), **kwargs
            )
        return page, statistics

    return make

"""Test set-up shared by every test.

The test database holds the demo content (loaded once per session), so tests
read the pages users read. Each test runs in a transaction that is rolled
back; do not use ``transactional_db`` or ``live_server`` (a flush would wipe
the demo content for the tests after it): browser tests use the
``demo_server`` fixture in ``tests/browser/conftest.py`` instead.
"""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def home_page(db):
    from home.models import HomePage

    return HomePage.objects.get()

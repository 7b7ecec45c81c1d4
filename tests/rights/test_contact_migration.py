"""The migration that puts help contacts under review keeps existing
contacts live, each with a first (published) revision, and assigns them the
review workflow."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from rights.models import HelpContact

pytestmark = pytest.mark.django_db

MIGRATION = ("rights", "0005_help_contact_review")


def test_existing_contacts_stay_live_with_a_first_revision():
    # A contact as it was before review existed: live by default, no revision.
    contact = HelpContact.objects.create(
        organisation_en="Old Line (sample)", phone="+000 0000 0555", country="MX", is_sample=True
    )
    assert contact.live and contact.latest_revision is None
    state = MigrationLoader(connection).project_state(MIGRATION)
    module = importlib.import_module("rights.migrations.0005_help_contact_review")
    module.baseline_revisions(state.apps, None)

    contact.refresh_from_db()
    assert contact.live and not contact.has_unpublished_changes
    assert contact.live_revision == contact.latest_revision
    assert contact.latest_revision.as_object().phone == "+000 0000 0555"
    assert contact in HelpContact.objects.live()
    assert contact.has_workflow  # assigned by workspace's roles after migrate

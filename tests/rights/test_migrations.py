"""The data migration that moved rights guides onto the shared vocabularies:
``REGION`` becomes ``region`` and JSON topic lists become code lists, on
guides, help contacts and the guides' saved revisions."""

import importlib
import json

import pytest
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from rights.models import HelpContact, RightsGuidePage

pytestmark = pytest.mark.django_db

migration = importlib.import_module("rights.migrations.0003_region_code_and_topic_list")


def _state_before_the_data_step():
    """The models as the data step sees them: topics already plain text."""
    return MigrationLoader(connection).project_state(("rights", "0002_topics_as_text")).apps


def test_region_code_and_topics_are_converted_and_back():
    apps = _state_before_the_data_step()
    OldGuide = apps.get_model("rights", "RightsGuidePage")
    OldContact = apps.get_model("rights", "HelpContact")
    guide = RightsGuidePage.objects.get(slug="your-rights-in-the-region")
    contact = HelpContact.objects.filter(country="region").first()
    revision = guide.save_revision()
    revision.content["country"] = "REGION"
    revision.save()
    # As the previous schema stored them.
    OldGuide.objects.filter(pk=guide.pk).update(
        country="REGION", topics=json.dumps(["asylum", "health"])
    )
    OldContact.objects.filter(pk=contact.pk).update(country="REGION")

    migration.forwards(apps, None)

    guide.refresh_from_db()
    contact.refresh_from_db()
    revision.refresh_from_db()
    assert (guide.country, guide.topics) == ("region", ["asylum", "health"])
    assert contact.country == "region"
    assert revision.content["country"] == "region"
    assert revision.as_object().country == "region"

    migration.backwards(apps, None)
    assert OldGuide.objects.filter(pk=guide.pk, country="REGION").exists()
    assert json.loads(OldGuide.objects.get(pk=guide.pk).topics) == ["asylum", "health"]
    assert OldContact.objects.get(pk=contact.pk).country == "REGION"


def test_code_lists_already_converted_are_left_as_they_are():
    assert migration._as_code_list(",asylum,") == ",asylum,"
    assert migration._as_code_list("[]") == ""
    assert migration._as_code_list("") == ""

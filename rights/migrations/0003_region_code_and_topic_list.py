"""Rights guides use the site's shared vocabularies.

- The whole region is stored as ``region`` (``geography.places.REGION``), the
  code statistics and search already use, instead of ``REGION``: on guides,
  help contacts and the guides' saved revisions (drafts and history).
- Topics are stored like every other list of codes
  (``taxonomy.fields.ChoiceListField``: ``,asylum,work,``) instead of a JSON
  list: 0002 made the column plain text, this migration rewrites the values,
  0004 gives the field its type (three migrations, three transactions).
"""

import json

from django.db import migrations

OLD_REGION, NEW_REGION = "REGION", "region"


def _as_code_list(text):
    """'["asylum", "work"]' (the JSON list) → ',asylum,work,'."""
    try:
        items = json.loads(text) if text else []
    except ValueError:
        return text  # already a code list
    return f",{','.join(items)}," if items else ""


def _as_json_list(text):
    return json.dumps([item for item in (text or "").split(",") if item])


def _convert(apps, region_from, region_to, topics):
    RightsGuidePage = apps.get_model("rights", "RightsGuidePage")
    HelpContact = apps.get_model("rights", "HelpContact")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")

    for pk, value in RightsGuidePage.objects.values_list("pk", "topics"):
        RightsGuidePage.objects.filter(pk=pk).update(topics=topics(value))
    RightsGuidePage.objects.filter(country=region_from).update(country=region_to)
    HelpContact.objects.filter(country=region_from).update(country=region_to)

    guide_type = ContentType.objects.filter(app_label="rights", model="rightsguidepage").first()
    if guide_type is None:
        return
    for revision in Revision.objects.filter(content_type=guide_type).iterator():
        if revision.content.get("country") == region_from:
            revision.content["country"] = region_to
            revision.save(update_fields=["content"])


def forwards(apps, schema_editor):
    _convert(apps, OLD_REGION, NEW_REGION, _as_code_list)


def backwards(apps, schema_editor):
    _convert(apps, NEW_REGION, OLD_REGION, _as_json_list)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("rights", "0002_topics_as_text"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]

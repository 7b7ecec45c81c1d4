"""Rights guides use the site's shared vocabularies.

- The whole region is stored as ``region`` (``geography.places.REGION``), the
  code statistics and search already use, instead of ``REGION``: on guides,
  help contacts and the guides' saved revisions (drafts and history).
- Topics are stored like every other list of codes
  (``taxonomy.fields.ChoiceListField``: ``,asylum,work,``) instead of a JSON
  list: the column first becomes plain text, the values are rewritten, then
  the field takes its type.
"""

import json

import geography.places
import taxonomy.fields
import taxonomy.topics
from django.db import migrations, models

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
        ("rights", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AlterField(
            model_name="rightsguidepage",
            name="topics",
            field=models.CharField(blank=True, default="", max_length=500, verbose_name="topics"),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.AlterField(
            model_name="rightsguidepage",
            name="topics",
            field=taxonomy.fields.ChoiceListField(
                blank=True,
                default=list,
                item_choices=taxonomy.topics.rights_topic_choices,
                max_length=500,
                verbose_name="topics",
            ),
        ),
        migrations.AlterField(
            model_name="helpcontact",
            name="country",
            field=models.CharField(
                choices=geography.places.country_or_region_choices,
                db_index=True,
                default="region",
                max_length=6,
                verbose_name="country",
            ),
        ),
        migrations.AlterField(
            model_name="rightsguidepage",
            name="country",
            field=models.CharField(
                choices=geography.places.country_or_region_choices,
                db_index=True,
                default="region",
                max_length=6,
                verbose_name="country",
            ),
        ),
    ]

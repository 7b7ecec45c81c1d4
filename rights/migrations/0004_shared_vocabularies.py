"""Rights guides and help contacts take the shared vocabularies' field types:
places from ``geography``, topics from ``taxonomy``."""

import geography.places
import taxonomy.fields
import taxonomy.topics
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("rights", "0003_region_code_and_topic_list")]

    operations = [
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

"""Rights guides' topics become plain text, before 0003 rewrites them as a
code list (a schema change on its own: PostgreSQL cannot alter a table in the
transaction that updated its rows)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("rights", "0001_initial")]

    operations = [
        migrations.AlterField(
            model_name="rightsguidepage",
            name="topics",
            field=models.CharField(blank=True, default="", max_length=500, verbose_name="topics"),
        ),
    ]

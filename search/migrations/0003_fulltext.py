"""The database's own full-text index of search entries (``search.fulltext``):
an FTS5 table on SQLite, a weighted ``tsvector`` column with a GIN index on
PostgreSQL; each part is a no-op on the other database."""

from django.db import migrations, models

from search import fulltext


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_searchentry_source_id"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="lead",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(fulltext.install, fulltext.uninstall),
    ]

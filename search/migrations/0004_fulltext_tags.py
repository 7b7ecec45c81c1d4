"""SQLite: the language and the filters of each entry in its FTS5 row
(``search.fulltext.tags``), so a search matches them in the full-text index;
a no-op on PostgreSQL."""

from django.db import migrations

from search import fulltext


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_fulltext"),
    ]

    operations = [
        migrations.RunPython(fulltext.add_tags, fulltext.remove_tags),
    ]

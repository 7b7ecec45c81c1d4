"""An index on Wagtail's pages by depth and path: every public page shows the
home page's menu (its children shown in menus), which Wagtail selects by
depth and path prefix; without it SQLite reads every page of the site (33 ms
at 100,000 fact sheets, on every uncached page)."""

from django.db import migrations

INDEX = "home_page_depth_path"


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_trust_pages_and_verdict_definitions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (depth, path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]

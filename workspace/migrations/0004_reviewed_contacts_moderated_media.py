"""Help contacts go through "Review then publish" (and moderators may
publish, lock and unlock them); image and document permissions are granted
on the models Wagtail actually checks, and only moderators keep the
permission to delete media (Wagtail's initial data gave it to its default
Editors group too)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def forwards(apps, schema_editor):
    from workspace.roles import install_roles, strip_media_delete_permissions

    for label in ("rights", "wagtailimages", "wagtaildocs", "media"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    install_roles(
        apps,
        snippet_models=[
            apps.get_model("factsheets", "Statistic"),
            apps.get_model("rights", "HelpContact"),
        ],
    )
    strip_media_delete_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("workspace", "0003_statistics_library_permissions"),
        ("rights", "0005_help_contact_review"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]

"""Statistics managers' permissions on the statistics library
(``factsheets.Statistic``), now that its migration exists. Other snippet
models get theirs after each migrate (``workspace.signals.sync_roles``)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def forwards(apps, schema_editor):
    from workspace.roles import install_roles

    app_config = apps.get_app_config("factsheets")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    install_roles(apps, snippet_models=[apps.get_model("factsheets", "Statistic")])


class Migration(migrations.Migration):
    dependencies = [
        ("workspace", "0002_roles_and_workflow"),
        ("factsheets", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]

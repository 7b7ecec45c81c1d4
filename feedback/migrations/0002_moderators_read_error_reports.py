"""Moderators read and handle error reports (view, change, delete); editors
and translators do not see them (readers' names and e-mails)."""

from django.db import migrations

CODENAMES = ("view_errorreport", "change_errorreport", "delete_errorreport")


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="feedback", model="errorreport")
    group, _ = Group.objects.get_or_create(name="Moderators")
    for codename in CODENAMES:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": codename.replace("_", " ").capitalize()},
        )
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("workspace", "0004_reviewed_contacts_moderated_media"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

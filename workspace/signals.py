"""Signal handlers: translation records follow every save of a translated
object (a page being published is a save of the page), figures watched for
changes, roles kept in step with the snippet models after each migrate."""

from django.apps import apps as global_apps
from django.conf import settings
from django.db.models.signals import post_migrate, post_save, pre_save

from workspace import status
from workspace.figures import flag_citing_pages, watched_values


def remember_previous(sender, instance, raw=False, **kwargs):
    if (raw or not status.is_tracked(sender)) and (raw or not _is_library(sender)):
        return
    previous = None
    if instance.pk is not None:
        previous = sender._default_manager.filter(pk=instance.pk).first()
    instance._workspace_previous = previous


def update_records(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    previous = getattr(instance, "_workspace_previous", None)
    if status.is_tracked(sender) and (status.tracked_models_contains(sender)):
        status.record_saved(instance, previous=previous)
    if (
        _is_library(sender)
        and previous is not None
        and watched_values(previous) != watched_values(instance)
    ):
        flag_citing_pages(instance)
    instance._workspace_previous = None


def _is_library(model):
    from workspace.roles import library_models

    return f"{model._meta.app_label}.{model.__name__}" in library_models()


def sync_roles(sender, apps=global_apps, **kwargs):
    """After every migrate: snippet permissions for every snippet model."""
    if sender.label != "workspace":
        return
    from wagtail.snippets.models import get_snippet_models

    from workspace.roles import install_roles

    try:
        apps.get_model("workspace", "FieldTranslation")
    except LookupError:
        return
    # The migration state's models: modeltranslation adds its page columns
    # only after post_migrate, so the project's Page model cannot be queried yet.
    install_roles(apps, snippet_models=get_snippet_models())


def connect():
    pre_save.connect(remember_previous, dispatch_uid="workspace_remember_previous")
    post_save.connect(update_records, dispatch_uid="workspace_update_records")
    post_migrate.connect(sync_roles, dispatch_uid="workspace_sync_roles")


__all__ = ["connect", "settings"]

"""The editorial roles and the review workflow, declared once.

``install_roles(apps)`` runs in the data migration (historical models) and
again after every ``migrate`` (``post_migrate``), so snippet models added by
other apps later — the statistics library among them — get their permissions
without a migration of their own here. It only adds what is missing.
"""

from django.conf import settings

EDITORS = "Editors"
TRANSLATORS = "Translators"
MODERATORS = "Moderators"
STATISTICS_MANAGERS = "Statistics managers"
WORKFLOW_NAME = "Review then publish"
TASK_NAME = "Moderator approval"

# Page permissions granted on the root page (so on the whole tree).
PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page"),
    TRANSLATORS: ("change_page",),
    MODERATORS: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    STATISTICS_MANAGERS: (),
}
# Image and document permissions on the root collection.
COLLECTION_PERMISSIONS = {
    EDITORS: ("add", "change", "choose"),
    TRANSLATORS: ("choose",),
    MODERATORS: ("add", "change", "choose", "delete"),
    STATISTICS_MANAGERS: ("choose",),
}
# Snippet permissions: "library" snippets are the statistics library.
SNIPPET_PERMISSIONS = {
    EDITORS: {"other": ("add", "change"), "library": ("view",)},
    TRANSLATORS: {"other": ("change",), "library": ("change",)},
    MODERATORS: {"other": ("add", "change", "publish", "delete"), "library": ("view",)},
    STATISTICS_MANAGERS: {"other": (), "library": ("add", "change", "publish", "delete", "view")},
}
GROUPS = (EDITORS, TRANSLATORS, MODERATORS, STATISTICS_MANAGERS)


def library_models():
    """``app_label.ModelName`` of the statistics library (setting)."""
    return set(getattr(settings, "WORKSPACE_STATISTIC_MODELS", ("factsheets.Statistic",)))


def _permission(apps, app_label, model, codename):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def install_roles(apps, snippet_models=()):
    """Create the groups, their page, collection and snippet permissions and
    the review workflow assigned to the whole site."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in GROUPS}
    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin")
    root = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    image_model = settings.WAGTAILIMAGES_IMAGE_MODEL.split(".")
    document_model = settings.WAGTAILDOCS_DOCUMENT_MODEL.split(".")

    for name, group in groups.items():
        group.permissions.add(access_admin)
        if root is not None:
            wanted = [
                _permission(apps, "wagtailcore", "page", code) for code in PAGE_PERMISSIONS[name]
            ]
            # Wagtail's own initial data gives Editors and Moderators other
            # page permissions: the role table above is the whole truth.
            GroupPagePermission.objects.filter(group=group, page=root).exclude(
                permission__in=wanted
            ).delete()
            for permission in wanted:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=permission
                )
        if root_collection is not None:
            for app_label, model in (image_model, document_model):
                for action in COLLECTION_PERMISSIONS[name]:
                    permission = _permission(
                        apps, app_label, model.lower(), f"{action}_{model.lower()}"
                    )
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )
        for model in snippet_models:
            label = f"{model._meta.app_label}.{model.__name__}"
            kind = "library" if label in library_models() else "other"
            for action in SNIPPET_PERMISSIONS[name][kind]:
                if action == "publish" and not hasattr(model, "live"):
                    continue  # only draft-state snippets have a publish permission
                permission = _permission(
                    apps,
                    model._meta.app_label,
                    model._meta.model_name,
                    f"{action}_{model._meta.model_name}",
                )
                group.permissions.add(permission)

    if root is not None:
        _install_workflow(apps, groups[MODERATORS], root)
    return groups


def _install_workflow(apps, moderators, root):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    workflow, created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if created:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        # Replaces Wagtail's default "Moderators approval" on the whole site.
        WorkflowPage.objects.filter(page=root).delete()
        WorkflowPage.objects.create(page=root, workflow=workflow)
        Workflow.objects.exclude(pk=workflow.pk).filter(workflow_pages__isnull=True).update(
            active=False
        )


def translates_only(user):
    """A translator with no other editorial role: may change translations,
    never the source-language text or a non-translated field."""
    if not user.is_authenticated or user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return TRANSLATORS in names and not names & {EDITORS, MODERATORS, STATISTICS_MANAGERS}

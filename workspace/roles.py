"""The editorial roles and the review workflow, declared once.

``install_roles(apps)`` runs in the data migration (historical models) and
again after every ``migrate`` (``post_migrate``), so snippet models added by
other apps later — the statistics library among them — get their permissions
without a migration of their own here. It only adds what is missing, except
on the root page and root collection, where the tables below are the whole
truth for these groups.

Draft-state snippets outside the statistics library (help contacts) go
through the same "Review then publish" workflow as pages: it is assigned to
their content type.

Images and documents: Wagtail checks the permissions of its own base models
(``wagtailimages.Image``, ``wagtaildocs.Document``) per collection, whatever
the custom models are. Only moderators delete (``media.permissions`` makes
"delete" a permission of its own instead of a synonym of "change").
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
# The models Wagtail's image and document permission policies check.
MEDIA_PERMISSION_MODELS = (("wagtailimages", "image"), ("wagtaildocs", "document"))
# Snippet permissions: "library" snippets are the statistics library.
SNIPPET_PERMISSIONS = {
    EDITORS: {"other": ("add", "change"), "library": ("view",)},
    TRANSLATORS: {"other": ("change",), "library": ("change",)},
    MODERATORS: {
        "other": ("add", "change", "publish", "delete", "lock", "unlock"),
        "library": ("view",),
    },
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
            wanted = [
                _permission(apps, app_label, model, f"{action}_{model}")
                for app_label, model in MEDIA_PERMISSION_MODELS
                for action in COLLECTION_PERMISSIONS[name]
            ]
            GroupCollectionPermission.objects.filter(
                group=group, collection=root_collection
            ).exclude(permission__in=wanted).delete()
            for permission in wanted:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
        for model in snippet_models:
            label = f"{model._meta.app_label}.{model.__name__}"
            kind = "library" if label in library_models() else "other"
            for action in SNIPPET_PERMISSIONS[name][kind]:
                if action == "publish" and not _has_field(model, "live"):
                    continue  # only draft-state snippets have a publish permission
                if action in ("lock", "unlock") and not _has_field(model, "locked"):
                    continue
                permission = _permission(
                    apps,
                    model._meta.app_label,
                    model._meta.model_name,
                    f"{action}_{model._meta.model_name}",
                )
                group.permissions.add(permission)

    if root is not None:
        workflow = _install_workflow(apps, groups[MODERATORS], root)
        for model in snippet_models:
            if _is_reviewed(model):
                _assign_workflow(apps, workflow, model)
    return groups


def _has_field(model, name):
    try:
        model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - FieldDoesNotExist
        return False
    return True


def _is_reviewed(model):
    """Draft-state snippets with revisions (what Wagtail's workflows need),
    outside the statistics library (whose managers publish directly). Fields,
    not base classes: migrations' historical models have no mixins."""
    label = f"{model._meta.app_label}.{model.__name__}"
    return (
        _has_field(model, "live")
        and _has_field(model, "latest_revision")
        and label not in library_models()
    )


def _assign_workflow(apps, workflow, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label=model._meta.app_label, model=model._meta.model_name
    )
    WorkflowContentType.objects.get_or_create(
        content_type=content_type, defaults={"workflow": workflow}
    )


def strip_media_delete_permissions(apps):
    """Only moderators delete images and documents: remove every other
    group's delete permissions on them, global or per collection (Wagtail's
    initial data gives its default Editors group some)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    models = list(MEDIA_PERMISSION_MODELS)
    for setting in ("WAGTAILIMAGES_IMAGE_MODEL", "WAGTAILDOCS_DOCUMENT_MODEL"):
        app_label, model = getattr(settings, setting).split(".")
        models.append((app_label, model.lower()))
    deletes = Permission.objects.none()
    for app_label, model in models:
        deletes |= Permission.objects.filter(
            content_type__app_label=app_label,
            content_type__model=model,
            codename=f"delete_{model}",
        )
    others = Group.objects.exclude(name=MODERATORS)
    GroupCollectionPermission.objects.filter(group__in=others, permission__in=deletes).delete()
    for group in others:
        group.permissions.remove(*list(deletes))


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
    return workflow


def translates_only(user):
    """A translator with no other editorial role: may change translations,
    never the source-language text or a non-translated field."""
    if not user.is_authenticated or user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return TRANSLATORS in names and not names & {EDITORS, MODERATORS, STATISTICS_MANAGERS}

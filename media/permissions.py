"""Who may delete images and documents.

Wagtail's collection policy treats "delete" as a synonym of "change", and
lets anyone with "add" delete what they uploaded. Here deleting is a
permission of its own (``wagtailimages.delete_image`` /
``wagtaildocs.delete_document`` on the collection), which only the
Moderators group holds (``workspace.roles``). Media a live page uses cannot be
deleted by anyone (``media.views``, ``media.wagtail_hooks``).
"""

from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy


class ModeratedDeletePermissionPolicy(CollectionOwnershipPermissionPolicy):
    def user_has_permission(self, user, action):
        if action == "delete":
            return self._check_perm(user, ["delete"])
        return super().user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        actions = set(actions)
        if "delete" in actions:
            if self._check_perm(user, ["delete"], collection=instance.collection):
                return True
            actions.discard("delete")
        return bool(actions) and super().user_has_any_permission_for_instance(
            user, actions, instance
        )

    def instances_user_has_any_permission_for(self, user, actions):
        actions = set(actions)
        if "delete" not in actions or (user.is_active and user.is_superuser):
            return super().instances_user_has_any_permission_for(user, actions)
        rest = actions - {"delete"}
        found = (
            super().instances_user_has_any_permission_for(user, rest)
            if rest
            else self.model._default_manager.none()
        )
        if not user.is_authenticated:
            return found
        deletable = self.model._default_manager.filter(
            collection__in=self._collections_with_perm(user, ["delete"])
        )
        return found | deletable

    def users_with_any_permission(self, actions):
        actions = set(actions)
        if "delete" not in actions:
            return super().users_with_any_permission(actions)
        users = self._users_with_perm(["delete"])
        rest = actions - {"delete"}
        return (users | super().users_with_any_permission(rest)).distinct() if rest else users

    def users_with_any_permission_for_instance(self, actions, instance):
        actions = set(actions)
        if "delete" not in actions:
            return super().users_with_any_permission_for_instance(actions, instance)
        users = self._users_with_perm(["delete"], collection=instance.collection)
        rest = actions - {"delete"}
        if rest:
            users = users | super().users_with_any_permission_for_instance(rest, instance)
        return users.distinct()


def register():
    """Replace Wagtail's policies for the project's image and document models."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.permissions import register_permission_policy

    for model, auth_model in (
        (get_image_model(), "wagtailimages.Image"),
        (get_document_model(), "wagtaildocs.Document"),
    ):
        register_permission_policy(
            model,
            ModeratedDeletePermissionPolicy(
                model, auth_model=auth_model, owner_field_name="uploaded_by_user"
            ),
            exact_class=True,
        )

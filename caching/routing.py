"""Routing to a child page in one query.

Wagtail's ``Page.route`` reads the child by slug, then its specific row: two
queries per level. An index whose children are all one page type reads the
specific child directly. Put the mixin just before ``Page`` (after
``RoutablePageMixin``, whose own routes come first)."""

from django.apps import apps


class OneQueryChildRouteMixin:
    def route(self, request, path_components):
        if path_components and len(self.subpage_types) == 1:
            model = apps.get_model(self.subpage_types[0])
            child = model.objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

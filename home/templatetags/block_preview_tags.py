"""The stylesheets of a block preview (site/templates/wagtailcore/shared/block_preview.html)."""

from django import template
from django.apps import apps
from django.contrib.staticfiles import finders
from django.templatetags.static import static

register = template.Library()


@register.simple_tag
def block_preview_stylesheets(block_def):
    """The site's stylesheet, then ``<app>/<app>.css`` of the app that defines
    the block when that app has one."""
    paths = ["css/site.css"]
    app = apps.get_containing_app_config(type(block_def).__module__)
    if app is not None and finders.find(f"{app.label}/{app.label}.css"):
        paths.append(f"{app.label}/{app.label}.css")
    return [static(path) for path in paths]

from urllib.parse import urlsplit

from django.conf import settings
from wagtail import hooks
from wagtail.models import Page, Site

from home.demo_data import demo_files
from home.models import HomePage


def remove_wagtail_welcome_page(demo):
    """Wagtail's first migration leaves a "Welcome" page under the root: the
    demo home page takes its place."""
    if not HomePage.objects.exists():
        Page.objects.filter(depth=2, content_type__model="page").delete()


hooks.register("load_demo_content", remove_wagtail_welcome_page, order=-110)
hooks.register(
    "load_demo_content",
    demo_files("home", "home.yaml", "site.yaml", "about.yaml", "trust.yaml"),
    order=-100,
)


def site_address_from_setting(demo):
    """The demo Wagtail Site answers at the public address (``SITE_BASE_URL``),
    so Wagtail's own absolute URLs (admin links, previews) agree with ours."""
    parts = urlsplit(settings.SITE_BASE_URL)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    Site.objects.filter(is_default_site=True).update(hostname=parts.hostname, port=port)


hooks.register("load_demo_content", site_address_from_setting, order=-99)
# Once every app has added its pages (rights: 40), before translation records (50).
hooks.register("load_demo_content", demo_files("home", "features.yaml"), order=45)

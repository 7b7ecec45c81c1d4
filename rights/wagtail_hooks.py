from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.demo_data import demo_files
from rights.models import HelpContact


class HelpContactViewSet(SnippetViewSet):
    """Help contacts, listed by country; sample contacts stand out in the list."""

    model = HelpContact
    icon = "mobile-alt"
    menu_label = _("Help contacts")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["organisation", "country", "phone", "is_sample"]
    list_filter = ["country", "is_sample"]
    list_export = ["organisation", "country", "phone", "whatsapp", "sms", "hours", "is_sample"]
    search_fields = ["organisation", "phone"]


register_snippet(HelpContactViewSet)

hooks.register(
    "load_demo_content",
    demo_files("rights", "contacts.yaml", "index.yaml", "guides/*.yaml"),
    order=40,
)

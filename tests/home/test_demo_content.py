"""The demo content command builds the whole demo site and is idempotent."""

from html import unescape

from django.apps import apps
from django.core.management import call_command

from home.models import HomePage

# Search indexes are derived from the content and rebuilt by the loader.
DERIVED = {"wagtailsearch", "search"}


def _snapshot():
    """Row count and highest primary key of every content model: any write shows."""
    state = {}
    for model in apps.get_models():
        if model._meta.app_label in DERIVED or not model._meta.managed:
            continue
        rows = model._default_manager.all()
        state[model._meta.label] = (
            rows.count(),
            max(rows.values_list("pk", flat=True), default=None),
        )
    return state


def test_loading_the_demo_content_twice_changes_nothing(db):
    before = _snapshot()
    call_command("load_demo_content", verbosity=0)
    after = _snapshot()
    changed = {
        label: (before[label], after[label]) for label in before if before[label] != after[label]
    }
    assert changed == {}


def test_demo_home_page_is_the_site_root_in_all_four_languages(client, db):
    home = HomePage.objects.get()
    assert home.get_site().is_default_site
    for lang, heading in [
        ("en", "Let's talk about it with facts"),
        ("es", "Hablemos de ella con datos"),
        ("fr", "Parlons-en avec des faits"),
        ("ht", "Ann pale de li ak verite"),
    ]:
        assert heading in unescape(client.get(f"/{lang}/").content.decode())

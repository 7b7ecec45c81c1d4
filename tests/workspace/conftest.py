"""Fixtures of the workspace tests: users in each editorial group, a page
to work on, and form data for the page editor."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.factories import StandardPageFactory
from languages.translated import translated_fields

LANGUAGES = ("en", "es", "fr", "ht")


@pytest.fixture
def make_user(db):
    def make(group_name, username=None):
        user = get_user_model().objects.create_user(
            username=username or group_name.lower().replace(" ", "_"),
            email=f"{(username or group_name).replace(' ', '.').lower()}@example.org",
            password="correct horse battery",
        )
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def editor(make_user):
    return make_user("Editors")


@pytest.fixture
def translator(make_user):
    return make_user("Translators")


@pytest.fixture
def moderator(make_user):
    return make_user("Moderators")


@pytest.fixture
def statistics_manager(make_user):
    return make_user("Statistics managers")


@pytest.fixture
def article(home_page):
    """A published content page, translated into every language."""
    page = StandardPageFactory.build(
        slug="workspace-article",
        **translated_fields(
            title={
                "en": "Remittances in the region",
                "es": "Remesas en la región",
                "fr": "Les envois de fonds dans la région",
                "ht": "Lajan voye nan rejyon an",
            },
            intro={
                "en": "Remittances sustain many families.",
                "es": "Las remesas sostienen a muchas familias.",
                "fr": "Les envois de fonds font vivre de nombreuses familles.",
                "ht": "Lajan voye ede anpil fanmi viv.",
            },
        ),
        body_en=[("paragraph", "<p>Families depend on remittances.</p>")],
        body_es=[("paragraph", "<p>Las familias dependen de las remesas.</p>")],
        body_fr=[("paragraph", "<p>Les familles dépendent des envois de fonds.</p>")],
        body_ht=[("paragraph", "<p>Fanmi yo depann de lajan voye.</p>")],
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def page_form_data(page, **changes):
    """POST data of the page editor for a StandardPage whose body is one paragraph."""
    data = {"slug": page.slug}
    for language in LANGUAGES:
        for field in ("title", "seo_title", "search_description", "intro"):
            name = f"{field}_{language}"
            data[name] = getattr(page, name) or ""
        body = getattr(page, f"body_{language}")
        data[f"body_{language}"] = streamfield(
            [("paragraph", rich_text(block.value.source)) for block in body]
        )
    data["comments"] = inline_formset([])
    data.update(changes)
    return nested_form_data(data)


@pytest.fixture
def untranslated_page(home_page):
    """A published content page written in English only, with a body."""
    page = StandardPageFactory.build(
        slug="workspace-untranslated",
        title_en="Migrants in transit",
        intro_en="Many migrants cross the region.",
        body_en=[
            ("heading", {"text": "Routes", "level": "h2"}),
            ("paragraph", "<p>Most routes run <b>north</b>.</p>"),
            ("quote", {"quote": "Migration has shaped this region.", "attribution": "IOM"}),
        ],
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def publish(page, **changes):
    """Save ``changes`` as a new revision of ``page`` and publish it."""
    draft = page.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(draft, name, value)
    draft.save_revision().publish()
    page.refresh_from_db()
    return page

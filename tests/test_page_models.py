"""Every page type, through Wagtail's page test assertions, in every language.

For each page model listed in ``tests/page_types.py`` (the list is checked
against the installed page models): where it may be created (parents and
children), creation through the admin form under its demo parent with every
language's content, and for each of its demo pages, in every language:
routable (Wagtail's router, language prefix stripped), renderable (the page
in that language) and previewable (the admin's preview of the edit form, in
each language's preview mode).
"""

from unittest import mock

from django.apps import apps
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Site, get_page_models
from wagtail.test.utils import WagtailPageTestCase

from tests.admin_forms import page_form_data
from tests.page_types import LANGUAGES, PAGE_MODELS, PAGE_TYPES


def model(label):
    return apps.get_model(label)


def demo_page(page_type):
    """The demo page at ``PAGE_TYPES[page_type]`` (route of a routable page
    stripped)."""
    site = Site.objects.get(is_default_site=True)
    path = PAGE_TYPES[page_type].split("?")[0]
    components = [part for part in path.split("/") if part]
    request = RequestFactory().get(f"/{settings.LANGUAGE_CODE}{path}")
    with translation.override(settings.LANGUAGE_CODE):
        return site.root_page.specific.route(request, components).page.specific


def test_every_page_model_is_listed_once():
    ours = {
        m._meta.label
        for m in get_page_models()
        if m._meta.app_label in settings.LOCAL_APPS and m.is_creatable
    }
    assert ours == set(PAGE_MODELS)


def test_the_demo_pages_are_of_their_listed_type(db):
    for label, spec in PAGE_MODELS.items():
        for page_type in spec["pages"]:
            assert demo_page(page_type)._meta.label == label, page_type


class PageModelAssertions(WagtailPageTestCase):
    """Wagtail's page assertions for one page model (``label``)."""

    __test__ = False
    label = ""

    def setUp(self):
        self.model = model(self.label)
        self.spec = PAGE_MODELS[self.label]
        self.page = demo_page(self.spec["pages"][0])
        self.user = self.login()

    def test_allowed_parent_and_subpage_types(self):
        self.assertAllowedParentPageTypes(self.model, {model(p) for p in self.spec["parents"]})
        self.assertAllowedSubpageTypes(self.model, {model(c) for c in self.spec["children"]})
        for parent in self.spec["parents"]:
            self.assertCanCreateAt(model(parent), self.model)

    def test_created_through_the_admin_form_with_every_language(self):
        parent = self.page.get_parent().specific
        data = page_form_data(self.client, self.page)
        data["slug"] = f"{self.page.slug}-second"
        for lang in LANGUAGES:
            title = getattr(self.page, f"title_{lang}")
            if title:
                data[f"title_{lang}"] = f"{title} (2)"
        if self.model.max_count:
            # One per site: the demo one blocks a second...
            self.assertFalse(self.model.can_create_at(parent))
            # ...so the form is checked with the limit lifted.
            limit = mock.patch.object(self.model, "max_count", None)
        else:
            limit = mock.patch.object(self.model, "max_count", self.model.max_count)
        with limit:
            self.assertCanCreate(parent, self.model, data, publish=False)
        created = self.model.objects.get(slug=data["slug"]).get_latest_revision_as_object()
        for lang in LANGUAGES:
            original = getattr(self.page, f"title_{lang}")
            self.assertEqual(
                getattr(created, f"title_{lang}") or "", f"{original} (2)" if original else ""
            )
            for field in self.model._meta.get_fields():
                name = getattr(field, "name", "")
                if name.endswith(f"_{lang}") and field.get_internal_type() == "StreamField":
                    self.assertEqual(
                        getattr(created, name).get_prep_value(),
                        getattr(self.page, name).get_prep_value(),
                        name,
                    )

    def test_routable_renderable_and_previewable_in_every_language(self):
        site = Site.objects.get(is_default_site=True)
        page_path = PAGE_TYPES[self.spec["pages"][0]]
        data = page_form_data(self.client, self.page)
        preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.page.pk])
        for lang in LANGUAGES:
            with self.subTest(lang=lang), translation.override(lang):
                title = escape(self.page.title)  # in this language (or its fallback)
                for page_type in self.spec["pages"]:
                    path, _sep, query = PAGE_TYPES[page_type].partition("?")
                    # Routable: Wagtail's router finds this page from the
                    # site root (Wagtail's assertPageIsRoutable would keep
                    # the language prefix in the path it routes).
                    request = RequestFactory().get(f"/{lang}{path}")
                    route = site.root_page.specific.route(
                        request, [part for part in path.split("/") if part]
                    )
                    # A page type's entries are routes of its demo page or
                    # other demo pages of the same type (About, How we check).
                    routed = demo_page(page_type)
                    self.assertEqual(route.page.pk, routed.pk, page_type)
                    base = page_path if routed.pk == self.page.pk else path
                    # Renderable, by Wagtail's assertion and as a reader sees it.
                    self.assertPageIsRenderable(
                        routed,
                        route_path=path.removeprefix(base) or "/",
                        query_data=dict(part.split("=") for part in query.split("&") if part),
                    )
                    response = self.client.get(f"/{lang}{PAGE_TYPES[page_type]}")
                    self.assertEqual(response.status_code, 200, page_type)
                    self.assertContains(response, f'<html lang="{lang}"')
                self.assertContains(self.client.get(f"/{lang}{page_path}"), title)
                # Previewable: the edit form, as posted by the preview button,
                # in this language's preview mode.
                self.assertPageIsPreviewable(self.page, mode=lang, post_data=data)
                self.client.force_login(self.user)
                self.assertJSONEqual(
                    self.client.post(preview_url, data).content,
                    {"is_valid": True, "is_available": True},
                )
                preview = self.client.get(preview_url, {"mode": lang})
                self.assertEqual(preview.status_code, 200)
                self.assertContains(preview, f'<html lang="{lang}"')
                self.assertContains(preview, title)
        # The default mode previews in the editor's language.
        self.client.defaults["HTTP_ACCEPT_LANGUAGE"] = "es"
        self.client.post(preview_url, data)
        self.assertContains(self.client.get(preview_url), '<html lang="es"')
        self.client.defaults.pop("HTTP_ACCEPT_LANGUAGE", None)


for _label in PAGE_MODELS:
    _name = "Test" + _label.replace(".", "")
    globals()[_name] = type(_name, (PageModelAssertions,), {"label": _label, "__test__": True})

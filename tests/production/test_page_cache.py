"""The public page cache: per page and language, invalidated exactly by
publishing; editors never see a cached page; a cache that is down is a miss."""

import pytest
from wagtail.models import Page

from caching import pagecache

pytestmark = pytest.mark.django_db


def about():
    return Page.objects.get(slug="about").specific


def sneak_title(page, title):
    """Change the stored title without any signal (what the cache cannot see)."""
    Page.objects.filter(pk=page.pk).update(title=title, title_en=title)


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_public_page_is_cached_per_language(client, page_cache):
    first = client.get("/en/about/")
    assert first["X-Page-Cache"] == "miss"
    second = client.get("/en/about/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    spanish = client.get("/es/about/")
    assert spanish["X-Page-Cache"] == "miss"
    assert 'lang="es"' in spanish.content.decode()


def test_cached_page_is_served_until_the_page_is_published(client, page_cache):
    page = about()
    client.get("/en/about/")
    sneak_title(page, "Sneaky unpublished title")
    assert "Sneaky unpublished title" not in client.get("/en/about/").content.decode()
    publish(about(), title="About us, corrected")
    for lang in ("en", "es", "fr", "ht"):
        response = client.get(f"/{lang}/about/")
        assert response["X-Page-Cache"] == "miss"
    assert "About us, corrected" in client.get("/en/about/").content.decode()


def test_publishing_a_page_leaves_unrelated_pages_cached(client, page_cache, home_page):
    page = about()
    page.show_in_menus = False  # a menu page changes every page's menu
    Page.objects.filter(pk=page.pk).update(show_in_menus=False)
    client.get("/en/")
    client.get("/en/about/")
    home_page.refresh_from_db()
    # /about/'s parent is the home page: it is affected and invalidated.
    publish(about(), title="About us, corrected")
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"


def test_unpublished_page_disappears_at_once(client, page_cache):
    assert client.get("/en/about/").status_code == 200
    assert client.get("/en/about/")["X-Page-Cache"] == "hit"
    about().unpublish()
    assert client.get("/en/about/").status_code == 404


def test_deleted_page_disappears_at_once(client, page_cache):
    client.get("/en/about/")
    about().delete()
    assert client.get("/en/about/").status_code == 404


def test_moved_page_and_its_children_leave_their_old_urls(client, page_cache, home_page):
    from home.models import StandardPage

    parent = home_page.add_child(instance=StandardPage(title="Section", slug="section"))
    child = parent.add_child(instance=StandardPage(title="Child page", slug="child"))
    other = home_page.add_child(instance=StandardPage(title="Other", slug="other"))
    assert client.get("/en/section/child/").status_code == 200
    assert client.get("/en/section/child/")["X-Page-Cache"] == "hit"
    Page.objects.get(pk=parent.pk).move(other, pos="last-child")
    old = client.get("/en/section/child/")  # no longer the cached page: Wagtail's redirect
    assert old.status_code in (301, 404) and "X-Page-Cache" not in old
    assert client.get("/en/other/section/child/").status_code == 200
    assert child.pk


def test_editors_never_see_a_cached_page(client, page_cache, admin_user):
    page = about()
    client.get("/en/about/")
    client.get("/en/about/")
    sneak_title(page, "Draft title only editors see")
    client.force_login(admin_user)
    response = client.get("/en/about/")
    assert "X-Page-Cache" not in response or response["X-Page-Cache"] != "hit"
    assert "Draft title only editors see" in response.content.decode()


def test_editor_requests_do_not_fill_the_cache(client, page_cache, admin_user):
    client.force_login(admin_user)
    client.get("/en/about/")
    client.logout()
    client.cookies.clear()
    assert client.get("/en/about/")["X-Page-Cache"] == "miss"


def test_previews_are_never_cached(client, page_cache, admin_user):
    client.force_login(admin_user)
    page = about()
    response = client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response


def test_parameters_a_page_does_not_use_are_served_from_its_entry(client, page_cache):
    first = client.get("/en/about/")
    assert first["X-Page-Cache"] == "miss"
    for query in ({"utm": "x"}, {"x": "random-1"}, {"page": "7"}, {"also": "fr"}):
        response = client.get("/en/about/", query)
        assert response["X-Page-Cache"] == "hit", query
        assert response.content == first.content


def test_a_paginated_list_caches_each_real_page_and_404s_the_others(client, page_cache, settings):
    from factsheets.models import FactSheetIndexPage, FactSheetPage

    index = FactSheetIndexPage.objects.get()
    pages = -(-FactSheetPage.objects.live().child_of(index).count() // index.per_page)
    url = index.url
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url, {"page": "1"})["X-Page-Cache"] == "miss"  # its own entry
    assert client.get(url, {"page": "1", "utm": "x"})["X-Page-Cache"] == "hit"
    for bad in (str(pages + 1), "999999999", "0", "01", "abc", "-1"):
        response = client.get(url, {"page": bad})
        assert response.status_code == 404, bad
        assert response.get("X-Page-Cache") != "hit"
    for _ in range(2):  # an unknown filter value is ignored and never stored
        assert client.get(url, {"topic": "not-a-topic"}).get("X-Page-Cache") != "hit"
    verdict = FactSheetPage.objects.live().child_of(index).first().verdict
    filtered = client.get(url, {"verdict": verdict})
    assert filtered["X-Page-Cache"] == "miss"
    assert client.get(url, {"verdict": verdict})["X-Page-Cache"] == "hit"
    assert filtered.content != client.get(url).content


def test_the_rights_card_varies_on_its_second_language_only(client, page_cache):
    from rights.models import RightsGuidePage

    card = RightsGuidePage.objects.live().first().url + "card/"
    assert client.get(card, {"also": "ht"})["X-Page-Cache"] == "miss"
    assert client.get(card, {"also": "ht", "x": "1"})["X-Page-Cache"] == "hit"
    assert client.get(card)["X-Page-Cache"] == "miss"
    for _ in range(2):
        assert client.get(card, {"also": "xx"}).get("X-Page-Cache") != "hit"


def test_a_cited_page_change_shows_at_once_on_the_citing_cached_page(
    client, page_cache, home_page, django_capture_on_commit_callbacks
):
    """Generic citation test through Wagtail's ReferenceIndex: the home page
    features a page; publishing that page invalidates the cached home page."""
    from factsheets.factories import FactSheetPageFactory
    from factsheets.models import FactSheetIndexPage

    cited = FactSheetPageFactory(
        parent=FactSheetIndexPage.objects.get(), title="Cited sheet", slug="cited"
    )
    home = home_page.specific
    home.featured_factsheets = [("page", cited)]
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    assert "Cited sheet" in client.get("/en/").content.decode()
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    cited = Page.objects.get(pk=cited.pk).specific
    publish(cited, title="Cited sheet, corrected")
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "miss"
    assert "Cited sheet, corrected" in response.content.decode()


def test_a_changed_image_shows_at_once_on_the_citing_cached_page(
    client, page_cache, home_page, django_capture_on_commit_callbacks
):
    """A non-page object cited by a page (an image's alt text)."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(
        title="Hero", alt_text="Old alt text", file=get_test_image_file()
    )
    home = home_page.specific
    home.hero_image = image
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    assert "Old alt text" in client.get("/en/").content.decode()
    assert client.get("/en/")["X-Page-Cache"] == "hit"
    image.alt_text = "New alt text"
    image.save()
    response = client.get("/en/")
    assert "New alt text" in response.content.decode()


def test_pages_still_render_when_the_cache_is_down(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "caching.backends.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_ALIAS = "default"
    from tests.production.conftest import live_page_paths

    for path in live_page_paths():
        for lang in ("en", "ht"):
            response = client.get(f"/{lang}{path}")
            assert response.status_code == 200, (lang, path)
            assert response.get("X-Page-Cache") != "hit"


def test_invalidation_with_the_cache_down_does_not_fail_publishing(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "caching.backends.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    settings.PAGE_CACHE_ENABLED = True
    publish(about(), title="Published while the cache is down")
    assert Page.objects.get(slug="about").title == "Published while the cache is down"


def test_redis_is_the_cache_backend_when_redis_url_is_set(redis_url):
    from django.core.cache import caches

    cache = caches["redis"]
    cache.set("probe", {"a": 1}, 10)
    assert cache.get("probe") == {"a": 1}
    import redis

    assert redis.Redis.from_url(redis_url).ping()
    assert pagecache is not None


def _cited_statistic_and_page():
    from factsheets.models import Statistic
    from factsheets.references import citing_pages

    for statistic in Statistic.objects.filter(live=True).order_by("pk"):
        pages = [p for p in citing_pages(statistic, live_only=True) if p.url]
        if pages:
            return statistic, pages[0]
    pytest.fail("No demo page cites a live statistic")


def _fresh(client, url, settings):
    settings.PAGE_CACHE_ENABLED = False
    try:
        return client.get(url).content
    finally:
        settings.PAGE_CACHE_ENABLED = True


def test_statistic_correction_shows_at_once_on_every_cached_citing_page(
    client, page_cache, settings
):
    statistic, page = _cited_statistic_and_page()
    url = page.url  # e.g. /en/fact-sheets/…/
    paths = [url.replace("/en/", f"/{lang}/", 1) for lang in ("en", "es", "fr", "ht")]
    before = {p: client.get(p).content for p in paths}
    assert all(client.get(p)["X-Page-Cache"] == "hit" for p in paths)
    statistic.value = statistic.value * 3 + 7
    statistic.save_revision().publish()
    assert client.get(paths[0])["X-Page-Cache"] == "miss"
    for p in paths:
        response = client.get(p)
        assert response.content != before[p], p
        assert response.content == _fresh(client, p, settings), p


def test_unpublished_statistic_leaves_citing_pages_up_and_fresh(client, page_cache):
    statistic, page = _cited_statistic_and_page()
    before = client.get(page.url).content
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    statistic.unpublish()
    response = client.get(page.url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    assert response.content != before  # the figure is no longer shown as published

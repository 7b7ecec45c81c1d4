"""Backups: export the whole site (database and media) into one archive,
restore it into an emptied database, and the site renders the same pages in
every language."""

import os
import re
import shutil
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Page

from tests.production.conftest import live_page_paths

pytestmark = pytest.mark.django_db

LANGS = ("en", "es", "fr", "ht")


RENDITION_SUFFIX = re.compile(r"(/media/images/[^\s\"'/]+?)_[A-Za-z0-9]{7}(\.[0-9a-f]{8}\.)")


def normalise(html):
    """Rendition files are regenerated after a restore; storage may add a
    random suffix to a name (``name_AbC123x.<hash>.fill-…``). Compare without it."""
    return RENDITION_SUFFIX.sub(r"\1\2", html)


def render_all(client):
    return {
        f"/{lang}{path}": client.get(f"/{lang}{path}")
        for path in live_page_paths()
        for lang in LANGS
    }


@pytest.fixture
def empty_media_root(settings):
    """Empties the media folder on request (a new server), and puts the
    session's media back after the test."""
    root = Path(settings.MEDIA_ROOT)
    saved = root.with_name(root.name + ".saved-by-backup-test")

    def empty():
        os.replace(root, saved)
        root.mkdir()

    yield empty
    if saved.exists():
        shutil.rmtree(root, ignore_errors=True)
        os.replace(saved, root)


@pytest.fixture
def clean_caches():
    yield
    # The database is rolled back after the test: forget ids cached meanwhile.
    ContentType.objects.clear_cache()
    cache.clear()


def test_backup_round_trip_renders_the_same_pages_in_every_language(
    client, tmp_path, home_page, clean_caches, empty_media_root
):
    before = render_all(client)
    assert len(before) >= 8 and all(r.status_code == 200 for r in before.values())
    archive = tmp_path / "site.tar.gz"
    call_command("export_site", str(archive), stdout=None)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert {"manifest.json", "data.json"} <= set(names)
    assert any(name.startswith("media/original_images/") for name in names)

    # An empty database (not a row left, not even content types) and no media.
    empty_media_root()
    from hardening.backup import _fire_pending_constraints, _set_constraints

    _fire_pending_constraints()  # renditions made while rendering, in this test's transaction
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    _set_constraints("DEFERRED")
    ContentType.objects.clear_cache()
    cache.clear()
    assert Page.objects.count() == 0
    assert ContentType.objects.count() == 0
    assert client.get("/en/").status_code == 404

    call_command("import_site", str(archive))
    ContentType.objects.clear_cache()
    cache.clear()
    after = render_all(client)
    assert set(after) == set(before)
    for url, response in before.items():
        assert after[url].status_code == 200, url
        assert normalise(after[url].content.decode()) == normalise(response.content.decode()), url
    # Every image the restored pages show exists in the restored media.
    media_root = Path(settings.MEDIA_ROOT)
    for response in after.values():
        for src in re.findall(r'src="/media/([^"]+)"', response.content.decode()):
            assert (media_root / src).exists(), src


def test_restore_refuses_to_overwrite_a_database_with_content(tmp_path, home_page):
    from django.core.management.base import CommandError

    archive = tmp_path / "site.tar.gz"
    archive.write_bytes(b"")
    with pytest.raises(CommandError, match="already holds content"):
        call_command("import_site", str(archive))

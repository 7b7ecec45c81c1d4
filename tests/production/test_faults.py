"""Faults: a media file missing on disk; (cache down: test_page_cache.py;
search engine down/slow/erroring: tests/search)."""

import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.production.conftest import live_page_paths

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_files_hidden():
    """Hide every original image (and rendition) file on disk for one test,
    then put them back (later tests share the session's media folder)."""
    root = Path(settings.MEDIA_ROOT)
    moved = []

    def hide():
        for path in list(root.rglob("*")):
            if path.is_file() and not path.name.endswith(".hidden-by-test"):
                target = path.with_name(path.name + ".hidden-by-test")
                os.replace(path, target)
                moved.append((target, path))

    yield hide
    for target, path in moved:
        if target.exists():
            os.replace(target, path)


def test_a_missing_image_file_gives_a_placeholder_not_an_error(
    client, home_page, media_files_hidden
):
    image = get_image_model().objects.create(
        title="Hero", alt_text="Volunteers at a help desk", file=get_test_image_file()
    )
    home = home_page.specific
    home.hero_image = image
    home.save_revision().publish()
    image.renditions.all().delete()
    media_files_hidden()
    assert not Path(image.file.path).exists()
    for lang in ("en", "es", "fr", "ht"):
        response = client.get(f"/{lang}/")
        assert response.status_code == 200
    html = response.content.decode()
    # No broken picture: either no <img> for it (media_tags.responsive_image)
    # or Wagtail's "not-found" placeholder rendition; never a 500.
    for src in re.findall(r'src="/media/([^"]+)"', html):
        assert "not-found" in src or (Path(settings.MEDIA_ROOT) / src).exists(), src


def test_every_demo_page_renders_with_all_media_files_missing(client, media_files_hidden):
    from wagtail.images import get_image_model

    get_image_model().get_rendition_model().objects.all().delete()
    media_files_hidden()
    for path in live_page_paths():
        response = client.get(f"/es{path}")
        assert response.status_code == 200, path

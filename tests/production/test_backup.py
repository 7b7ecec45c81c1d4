"""Backups: export the whole site (database and media) into one archive that
only its owner can read, restore it into a brand-new database (a fresh
SQLite file, or on the PostgreSQL pass a newly created database) in another
process, and that site renders the same pages in every language."""

import json
import os
import re
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.databases import new_database_url
from tests.production.conftest import live_page_paths

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "es", "fr", "ht")
RENDITION_SUFFIX = re.compile(r"(/media/images/[^\s\"'/]+?)_[A-Za-z0-9]{7}(\.[0-9a-f]{8}\.)")
RENDER_ALL = """
import json
from django.test import Client
from tests.production.conftest import live_page_paths
client = Client()
pages = {}
for path in live_page_paths():
    for lang in %r:
        response = client.get(f"/{lang}{path}")
        pages[f"/{lang}{path}"] = [response.status_code, response.content.decode()]
print(json.dumps(pages))
"""


def normalise(html):
    """Rendition files are regenerated after a restore; storage may add a
    random suffix to a name (``name_AbC123x.<hash>.fill-…``). Compare without it."""
    return RENDITION_SUFFIX.sub(r"\1\2", html)


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def test_backup_is_readable_by_its_owner_only(tmp_path):
    previous = os.umask(0o022)  # a umask that would make new files world-readable
    try:
        archive = tmp_path / "site.tar.gz"
        call_command("export_site", str(archive), stdout=None)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["site.tar.gz"]  # no temporary file left


def test_a_backup_restored_into_a_new_database_renders_the_same_pages(client, tmp_path, home_page):
    before = {
        f"/{lang}{path}": client.get(f"/{lang}{path}")
        for path in live_page_paths()
        for lang in LANGS
    }
    assert len(before) >= 8 and all(r.status_code == 200 for r in before.values())
    archive = tmp_path / "site.tar.gz"
    call_command("export_site", str(archive), stdout=None)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert {"manifest.json", "data.json"} <= set(names)
    assert any(name.startswith("media/original_images/") for name in names)

    media = tmp_path / "new-server-media"
    with new_database_url(tmp_path) as database_url:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": database_url,
            "DJANGO_MEDIA_ROOT": str(media),
        }
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "import_site", str(archive))
        after = json.loads(manage(env, "shell", "--no-imports", "-c", RENDER_ALL % (LANGS,)))

    assert set(after) == set(before)
    for url, response in before.items():
        status, html = after[url]
        assert status == 200, url
        assert normalise(html) == normalise(response.content.decode()), url
    # Every image the restored pages show exists in the new server's media.
    for _status, html in after.values():
        for src in re.findall(r'src="/media/([^"]+)"', html):
            assert (media / src).exists(), src


def test_restore_refuses_to_overwrite_a_database_with_content(tmp_path, home_page):
    from django.core.management.base import CommandError

    archive = tmp_path / "site.tar.gz"
    archive.write_bytes(b"")
    with pytest.raises(CommandError, match="already holds content"):
        call_command("import_site", str(archive))

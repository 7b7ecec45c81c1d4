"""Test runs leave no media behind: the suite's uploads and the demo
content's generated images go to a session folder removed at the end."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def test_the_suite_writes_media_in_its_session_folder(media_root, db):
    from media.models import CustomImage

    assert Path(settings.MEDIA_ROOT) == media_root
    image = CustomImage.objects.first()
    assert Path(image.file.path).is_relative_to(media_root)
    assert Path(image.file.path).exists()


def test_a_test_session_removes_its_media_folder(tmp_path):
    basetemp = tmp_path / "session"
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_MEDIA_ROOT"}
    env["TMPDIR"] = str(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests/test_docs.py::test_readme_is_at_most_10_kb",
            f"--basetemp={basetemp}",
            "-p",
            "no:cacheprovider",
            "-q",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert basetemp.is_dir()
    assert not list(basetemp.glob("media*")), list(basetemp.iterdir())
    # Nothing else was left in the temporary directory either.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["session"]

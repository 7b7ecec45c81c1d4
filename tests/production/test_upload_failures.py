"""Uploads on a full or read-only disk fail cleanly: the editor gets a clear
message in their language, the form keeps what they typed, and no file (not
even a partial one) is left. The disks are real: a folder the server cannot
write to, and a file-size limit (RLIMIT_FSIZE) the kernel enforces on every
write, as a full disk would."""

import contextlib
import io
import os
import resource
import shutil
import signal
import tempfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.users.models import UserProfile

from media.models import CustomDocument, CustomImage

pytestmark = pytest.mark.django_db

NOBODY = 65534
MESSAGES = {
    "es": "No se pudo guardar el archivo",
    "fr": "Le fichier n’a pas pu être enregistré",
}


def noisy_png(size=300):
    """An incompressible PNG of about size×size×3 bytes."""
    buffer = io.BytesIO()
    Image.frombytes("RGB", (size, size), os.urandom(size * size * 3)).save(buffer, "PNG")
    return buffer.getvalue()


def files_in(folder):
    return sorted(str(p.relative_to(folder)) for p in Path(folder).rglob("*") if p.is_file())


@pytest.fixture
def media_folder(settings):
    """A fresh media folder any user may traverse (the suite's is private)."""
    parent = tempfile.mkdtemp(prefix="mf-upload-failure-")
    os.chmod(parent, 0o755)
    folder = Path(parent) / "media"
    folder.mkdir(mode=0o755)
    settings.MEDIA_ROOT = str(folder)
    yield folder
    os.chmod(folder, 0o755)
    shutil.rmtree(parent, ignore_errors=True)


@contextlib.contextmanager
def read_only(folder):
    """``folder`` cannot be written to by the server for the duration. As root
    (who may write anywhere), the request runs as ``nobody``."""
    os.chmod(folder, 0o555)
    root = os.geteuid() == 0
    if root:
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
    try:
        with pytest.raises(PermissionError):
            (Path(folder) / "probe").write_bytes(b"x")
        yield
    finally:
        if root:
            os.seteuid(0)
            os.setegid(0)
        os.chmod(folder, 0o755)


@contextlib.contextmanager
def disk_full_after(limit):
    """Every write past ``limit`` bytes of a file fails (EFBIG from the kernel)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


@pytest.fixture
def editor(client, role_user):
    def login(language):
        user = role_user("Editors", f"editor_{language}")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return client

    return login


def image_form(png):
    return {
        # The default language's fields carry no suffix (media.forms).
        "title": "Fishermen in Jacmel",
        "title_es": "Pescadores en Jacmel",
        "alt_text": "Two fishermen pull a boat onto the beach at dawn",
        "alt_text_es": "Dos pescadores suben una barca a la playa al amanecer",
        "credit": "© Sample / Haiti 2010",
        "file": SimpleUploadedFile("jacmel.png", png, content_type="image/png"),
    }


@pytest.mark.parametrize(("failure", "language"), [("read-only", "es"), ("full", "fr")])
def test_image_upload_on_a_failing_disk_keeps_the_form_and_leaves_no_file(
    editor, media_folder, failure, language
):
    client = editor(language)
    data = image_form(noisy_png())
    disk = read_only(media_folder) if failure == "read-only" else disk_full_after(64 * 1024)
    with disk:
        response = client.post(reverse("wagtailimages:add"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert MESSAGES[language] in html
    # What the editor typed is still in the form.
    for value in (
        "Fishermen in Jacmel",
        "Pescadores en Jacmel",
        "Two fishermen pull a boat onto the beach at dawn",
        "Dos pescadores suben una barca a la playa al amanecer",
    ):
        assert f'value="{value}"' in html, value
    assert not CustomImage.objects.filter(title_en="Fishermen in Jacmel").exists()
    assert files_in(media_folder) == []  # not even a partial file

    # Once the disk is fine again the same upload works.
    response = client.post(reverse("wagtailimages:add"), image_form(noisy_png()))
    assert response.status_code == 302
    image = CustomImage.objects.get(title_en="Fishermen in Jacmel")
    assert files_in(media_folder) == [image.file.name]
    assert image.file.size > 64 * 1024


def test_a_document_dropped_on_a_full_disk_fails_with_a_message(editor, media_folder):
    client = editor("es")
    pdf = b"%PDF-1.4\n" + os.urandom(200 * 1024) + b"\n%%EOF\n"
    with disk_full_after(64 * 1024):
        response = client.post(
            reverse("wagtaildocs:add_multiple"),
            {"files[]": SimpleUploadedFile("toolkit.pdf", pdf, content_type="application/pdf")},
        )
    assert response.status_code == 200
    result = response.json()
    assert result["success"] is False
    assert MESSAGES["es"] in result["error_message"]
    assert not CustomDocument.objects.filter(title="toolkit").exists()
    assert files_in(media_folder) == []


def test_replacing_an_image_file_on_a_read_only_disk_keeps_the_old_file(editor, media_folder):
    client = editor("es")
    client.post(reverse("wagtailimages:add"), image_form(noisy_png(40)))
    image = CustomImage.objects.get(title_en="Fishermen in Jacmel")
    assert client.get(reverse("wagtailimages:edit", args=[image.pk])).status_code == 200
    before = files_in(media_folder)  # the original and the editor's preview rendition
    data = {**image_form(noisy_png()), "title": "Fishermen in Jacmel, 2010"}
    with read_only(media_folder):
        response = client.post(reverse("wagtailimages:edit", args=[image.pk]), data)
    assert response.status_code == 200
    assert MESSAGES["es"] in response.content.decode()
    assert 'value="Fishermen in Jacmel, 2010"' in response.content.decode()
    image.refresh_from_db()
    assert image.title_en == "Fishermen in Jacmel"
    assert files_in(media_folder) == before

"""Uploads through the admin: only real images and documents of allowed types
and sizes."""

import io
import os
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

pytestmark = pytest.mark.django_db

IMAGES = "/admin/images/multiple/add/"
DOCUMENTS = "/admin/documents/multiple/add/"


def png_bytes(size=(20, 20), fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, fmt)
    return buffer.getvalue()


def png_bomb(width=60000, height=60000):
    """A tiny PNG whose header claims billions of pixels."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def upload(client, url, name, content, content_type="application/octet-stream"):
    response = client.post(
        url, {"files[]": SimpleUploadedFile(name, content, content_type=content_type)}
    )
    assert response.status_code == 200, response.content[:300]
    return response.json()


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


def test_a_real_png_is_accepted(editor):
    assert upload(editor, IMAGES, "photo.png", png_bytes(), "image/png")["success"] is True


def test_svg_with_a_script_is_refused(editor):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    result = upload(editor, IMAGES, "logo.svg", svg, "image/svg+xml")
    assert result["success"] is False
    assert "supported" in result["error_message"].lower()
    # Renamed to .png it is still not an image.
    assert upload(editor, IMAGES, "logo.png", svg, "image/png")["success"] is False


def test_a_decompression_bomb_is_refused(editor):
    result = upload(editor, IMAGES, "bomb.png", png_bomb(), "image/png")
    assert result["success"] is False
    assert "pixels" in result["error_message"]


def test_an_image_with_too_many_pixels_is_refused(editor, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    result = upload(editor, IMAGES, "big.png", png_bytes((20, 20)), "image/png")
    assert result["success"] is False
    assert "pixels" in result["error_message"]


def test_an_oversized_image_file_is_refused(editor, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    noisy = io.BytesIO()
    Image.frombytes("RGB", (60, 60), os.urandom(60 * 60 * 3)).save(noisy, "PNG")
    assert len(noisy.getvalue()) > 1000
    result = upload(editor, IMAGES, "photo.png", noisy.getvalue(), "image/png")
    assert result["success"] is False
    assert "too big" in result["error_message"]


def test_an_image_whose_content_does_not_match_its_extension_is_refused(editor):
    result = upload(editor, IMAGES, "photo.png", png_bytes(fmt="GIF"), "image/png")
    assert result["success"] is False


def test_the_configured_limits_are_strict():
    from django.conf import settings

    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 50_000_000
    assert Image.MAX_IMAGE_PIXELS == settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def test_a_real_pdf_is_accepted(editor):
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    assert upload(editor, DOCUMENTS, "report.pdf", pdf, "application/pdf")["success"] is True


def test_html_disguised_as_a_pdf_is_refused(editor):
    result = upload(
        editor,
        DOCUMENTS,
        "report.pdf",
        b"<html><script>alert(1)</script></html>",
        "application/pdf",
    )
    assert result["success"] is False
    assert "does not match" in result["error_message"]


@pytest.mark.parametrize("name", ["page.html", "logo.svg", "run.exe", "script.js"])
def test_documents_of_other_types_are_refused(editor, name):
    assert upload(editor, DOCUMENTS, name, b"<script>alert(1)</script>")["success"] is False


def test_an_oversized_document_is_refused(editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100
    result = upload(editor, DOCUMENTS, "report.pdf", b"%PDF-1.4\n" + b"0" * 500, "application/pdf")
    assert result["success"] is False
    assert "too big" in result["error_message"]


def test_binary_data_disguised_as_csv_is_refused(editor):
    result = upload(editor, DOCUMENTS, "data.csv", b"\x00\x01\x02MZ\x90\x00", "text/csv")
    assert result["success"] is False
    assert (
        upload(editor, DOCUMENTS, "data.csv", "país,año\nHaití,2010\n".encode(), "text/csv")[
            "success"
        ]
        is True
    )


def test_an_office_document_must_be_a_zip_archive(editor):
    assert (
        upload(editor, DOCUMENTS, "notes.docx", b"plain text, not a document")["success"] is False
    )
    assert upload(editor, DOCUMENTS, "notes.docx", b"PK\x03\x04" + b"\x00" * 40)["success"] is True

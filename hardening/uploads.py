"""Upload checks for images and documents.

Images: Wagtail's image field already opens every upload with Willow, checks
that the content matches the extension, the file size
(``WAGTAILIMAGES_MAX_UPLOAD_SIZE``) and the pixel count
(``WAGTAILIMAGES_MAX_IMAGE_PIXELS``); settings/base.py sets strict limits and
leaves SVG out of ``WAGTAILIMAGES_EXTENSIONS``. Here Pillow's own
decompression-bomb limit is aligned with that setting, so a bomb is refused
while its header is read, before any pixel is decoded.

Documents: ``SafeDocumentForm`` (``WAGTAILDOCS_DOCUMENT_FORM_BASE``) refuses
files over ``WAGTAILDOCS_MAX_UPLOAD_SIZE`` and files whose content does not
match their extension (a PDF must start with ``%PDF-``, an Office/OpenDocument
file must be a ZIP archive, text must be UTF-8 without NUL bytes).
"""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

ZIP_MAGIC = (b"PK\x03\x04",)
DOCUMENT_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": ZIP_MAGIC,
    "xlsx": ZIP_MAGIC,
    "pptx": ZIP_MAGIC,
    "odt": ZIP_MAGIC,
    "ods": ZIP_MAGIC,
    "odp": ZIP_MAGIC,
}
TEXT_EXTENSIONS = {"txt", "csv"}


def check_document_file(uploaded):
    """Raise ValidationError unless ``uploaded`` is a document of an allowed
    size whose content matches its extension."""
    max_size = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
    if max_size and uploaded.size > max_size:
        raise ValidationError(
            _("This file is too big (%(size)s). Maximum size: %(max)s.")
            % {"size": filesizeformat(uploaded.size), "max": filesizeformat(max_size)},
            code="file_too_large",
        )
    extension = os.path.splitext(uploaded.name)[1].lower().lstrip(".")
    uploaded.seek(0)
    head = uploaded.read(8192)
    uploaded.seek(0)
    if extension in DOCUMENT_SIGNATURES:
        if not head.startswith(DOCUMENT_SIGNATURES[extension]):
            raise ValidationError(
                _(
                    "This file is not a valid .%(extension)s document: its content does not match its extension."
                )
                % {"extension": extension},
                code="invalid_document_content",
            )
    elif extension in TEXT_EXTENSIONS:
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError:
            # The head may cut a multi-byte character: allow a cut at the end only.
            try:
                text = head[:-4].decode("utf-8") if len(head) == 8192 else None
            except UnicodeDecodeError:
                text = None
        if text is None or "\x00" in text:
            raise ValidationError(
                _("This file is not a valid text file (UTF-8 expected)."),
                code="invalid_document_content",
            )


def _document_form_base():
    from django.utils.module_loading import import_string

    name = getattr(
        settings, "HARDENING_DOCUMENT_FORM_PARENT", "wagtail.documents.forms.BaseDocumentForm"
    )
    return import_string(name)


class SafeDocumentForm(_document_form_base()):
    """The project's document form (``media.forms.TranslatedDocumentForm``)
    with size and content checks."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if (
            uploaded
            and hasattr(uploaded, "size")
            and hasattr(uploaded, "read")
            and getattr(uploaded, "_committed", False) is False
        ):
            check_document_file(uploaded)
        return uploaded

"""Local media storage that fails cleanly.

``SafeFileSystemStorage`` writes each new file to a temporary name in its
destination folder (``.upload-….partial``) and links it into place only
when every byte is on disk, so a full disk, a read-only folder or a file-size
limit never leaves a truncated file behind: the temporary file is removed and
``StorageWriteError`` (an ``OSError``) is raised. The admin's upload views
(``media.views``) turn it into ``STORAGE_FAILURE_MESSAGE`` on the form, which
keeps what the editor typed.
"""

import contextlib
import os
import tempfile

from django.core.files.storage import FileSystemStorage
from django.utils.translation import gettext_lazy as _

STORAGE_FAILURE_MESSAGE = _(
    "The file could not be saved: the server's storage is full or cannot be written to. "
    "Nothing was saved and what you typed is kept. Try again later or tell the site's "
    "administrators."
)


class StorageWriteError(OSError):
    """A file could not be written to the media storage; nothing was kept."""


class SafeFileSystemStorage(FileSystemStorage):
    def _save(self, name, content):
        partial = None
        try:
            directory = os.path.dirname(self.path(name))
            os.makedirs(directory, exist_ok=True)
            fd, partial = tempfile.mkstemp(prefix=".upload-", suffix=".partial", dir=directory)
            with os.fdopen(fd, "wb") as out:
                for chunk in content.chunks():
                    out.write(chunk.encode() if isinstance(chunk, str) else chunk)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(partial, self.file_permissions_mode or 0o644)
            while True:
                try:
                    os.link(partial, self.path(name))  # never replaces an existing file
                    break
                except FileExistsError:
                    name = self.get_available_name(name)
        except OSError as error:
            raise StorageWriteError(error.errno, f"media storage: {error.strerror}") from error
        finally:
            if partial is not None:
                with contextlib.suppress(OSError):
                    os.unlink(partial)
        return str(name).replace("\\", "/")

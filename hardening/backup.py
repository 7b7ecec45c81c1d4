"""Whole-site backup and restore, database-engine agnostic.

An archive (``.tar.gz``) holds:
- ``manifest.json``: format version, date, versions, object and file counts;
- ``data.json``: every model's rows (``dumpdata``, primary keys kept, content
  types and permissions included so generic relations and revisions stay
  consistent on any engine), minus what is derived or transient (sessions,
  login-attempt records, admin log, search index entries, image renditions and
  the reference index, which are rebuilt);
- ``media/…``: every file in the media storage (local disk or S3).

Restoring into a migrated, empty database (SQLite or PostgreSQL, whichever
engine made the archive) flushes it, loads the data, copies the media files
back and rebuilds the reference and search indexes.

The archive holds editors' accounts (password hashes, e-mail addresses):
it is written readable by its owner only (mode 0600), under a temporary name
renamed when complete (a failed export leaves no partial archive); store it
encrypted and access-controlled, like the database itself.
"""

import contextlib
import io
import json
import os
import tarfile
import tempfile
from datetime import UTC, datetime

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import transaction

FORMAT = 1
EXCLUDED = [
    "sessions",
    "admin.logentry",
    "axes",
    "wagtailsearch",
    "wagtailcore.referenceindex",
    "wagtailcore.uploadedfile",
    "wagtailadmin.editingsession",
    "wagtailimages.rendition",
]


def _excluded():
    """The derived tables above, renditions, and models without a table of
    their own (django_rq's dashboard, installed when Redis is configured)."""
    from wagtail.images import get_image_model

    rendition = get_image_model().get_rendition_model()._meta.label_lower
    unmanaged = [
        model._meta.label_lower
        for model in apps.get_models()
        if not model._meta.managed and not model._meta.proxy
    ]
    return [*EXCLUDED, rendition, *unmanaged]


def _walk(storage, folder=""):
    try:
        dirs, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for name in dirs:
        yield from _walk(storage, f"{folder}/{name}" if folder else name)


def _skip_file(name):
    # Renditions are regenerated on demand; so are other derived image folders.
    return name.startswith("images/")


def export_site(path):
    data = io.StringIO()
    call_command(
        "dumpdata",
        exclude=_excluded(),
        indent=None,
        stdout=data,
        verbosity=0,
    )
    payload = data.getvalue().encode()
    files = [name for name in _walk(default_storage) if not _skip_file(name)]
    import django
    import wagtail

    manifest = {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "objects": len(json.loads(payload)),
        "files": len(files),
    }
    folder = os.path.dirname(os.path.abspath(path))
    # mkstemp creates the file with mode 0600, whatever the umask.
    fd, partial = tempfile.mkstemp(prefix=".export-", suffix=".partial", dir=folder)
    try:
        with os.fdopen(fd, "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w:gz") as archive:
                _add(archive, "manifest.json", json.dumps(manifest, indent=2).encode())
                _add(archive, "data.json", payload)
                for name in files:
                    with default_storage.open(name, "rb") as handle:
                        _add(archive, f"media/{name}", handle.read())
            raw.flush()
            os.fsync(raw.fileno())
        os.chmod(partial, 0o600)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
        raise
    return manifest


def _add(archive, name, content):
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(datetime.now(UTC).timestamp())
    archive.addfile(info, io.BytesIO(content))


def _fire_pending_constraints():
    """PostgreSQL refuses to TRUNCATE a table with deferred constraint checks
    pending in the current transaction: run them now."""
    _set_constraints("IMMEDIATE")


def _set_constraints(mode):
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"SET CONSTRAINTS ALL {mode}")


def import_site(path, stdout=None):
    with tarfile.open(path, "r:gz") as archive:
        manifest = json.load(archive.extractfile("manifest.json"))
        if manifest.get("format") != FORMAT:
            raise ValueError(f"Unsupported backup format {manifest.get('format')!r}")
        data = archive.extractfile("data.json").read()
        # Empty every table, without recreating content types or permissions:
        # the archive's own rows (with their ids) are loaded instead.
        _fire_pending_constraints()
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        _set_constraints("DEFERRED")  # loaddata inserts rows before the rows they point to
        with tempfile.TemporaryDirectory() as tmp:
            fixture = os.path.join(tmp, "site.json")
            with open(fixture, "wb") as handle:
                handle.write(data)
            call_command("loaddata", fixture, verbosity=0)
        restored = 0
        for member in archive.getmembers():
            if not member.isfile() or not member.name.startswith("media/"):
                continue
            name = member.name[len("media/") :]
            if ".." in name.split("/") or name.startswith("/"):
                continue  # never write outside the media storage
            if default_storage.exists(name):
                default_storage.delete(name)
            default_storage.save(name, ContentFile(archive.extractfile(member).read()))
            restored += 1
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    call_command("rebuild_references_index", verbosity=0, stdout=io.StringIO())
    warnings = []
    # Search indexes are derived data: rebuild them (the site's own search
    # index, then Wagtail's admin index). A failure here leaves the content
    # restored; the command says which rebuild to run again.
    from django.core.management import get_commands

    for command in ("rebuild_search_index", "update_index"):
        if command not in get_commands():
            continue
        try:
            with transaction.atomic():
                call_command(command, verbosity=0, stdout=io.StringIO(), stderr=io.StringIO())
        except Exception as exc:  # noqa: BLE001
            warnings.append(
                f"{command} failed ({exc.__class__.__name__}: {exc}); run it again after fixing."
            )
    return {**manifest, "restored_files": restored, "warnings": warnings}

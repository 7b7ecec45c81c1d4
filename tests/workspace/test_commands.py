"""The scripted exchange for translation platforms: ``export_translations`` and
``import_translations`` run as subprocesses (real exit status, standard output
and error) against a demo database of their own, so what they write never
touches the other tests' data."""

import os
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from translate.storage import xliff2

from tests.workspace.cat_tools import cat_translate, po_translate

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def manage(tmp_path_factory):
    """``manage(*args, stdin=None)`` → CompletedProcess, on a demo site database."""
    workdir = tmp_path_factory.mktemp("commands")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
    }

    def run(*args, stdin=None, check=False):
        return subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            env=env,
            cwd=ROOT,
            input=stdin,
            capture_output=True,
            check=check,
        )

    run("migrate", "--noinput", "-v", "0", check=True)
    run("load_demo_content", "-v", "0", check=True)
    return run


def shell(manage, code):
    result = manage("shell", "--no-imports", "-c", code)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode().strip().splitlines()[-1]


def page_to_translate(manage, language):
    """``(key, path)`` of a page with texts still to translate in ``language``."""
    catalog = polib.pofile(
        manage("export_translations", "--language", language, "--format", "po").stdout.decode()
    )
    # A page whose title is among its texts to translate (some pages only
    # lack blocks of their body: incomplete, with no title unit).
    key = next(e.msgctxt for e in catalog if "page:" in e.msgctxt and e.msgctxt.endswith(":title"))
    object_key = ":".join(key.split(":")[:2])
    path = shell(
        manage,
        "from wagtail.models import Page, Site; "
        f"page = Page.objects.get(pk={object_key.split(':')[1]}); "
        "root = Site.objects.get(is_default_site=True).root_page; "
        "print(page.url_path[len(root.url_path) - 1:])",
    )
    return object_key, path


def test_export_writes_po_to_standard_output_and_xliff_to_a_file(manage, tmp_path):
    object_key, path = page_to_translate(manage, "ht")
    result = manage("export_translations", "--language", "ht", "--format", "po", path)
    assert result.returncode == 0, result.stderr.decode()
    catalog = polib.pofile(result.stdout.decode("utf-8"))
    assert catalog.metadata["Language"] == "ht"
    contexts = [entry.msgctxt for entry in catalog]
    assert contexts and all(c.startswith(object_key + ":") for c in contexts)
    assert "texts exported" in result.stderr.decode()
    same = manage("export_translations", "--language", "ht", "--format", "po", f"/en{path}")
    assert [e.msgctxt for e in polib.pofile(same.stdout.decode())] == contexts

    output = tmp_path / "ht.xlf"
    result = manage(
        "export_translations",
        "--language",
        "ht",
        "--output",
        str(output),
        "factsheets.factsheetpage",
    )
    assert result.returncode == 0 and result.stdout == b""
    store = xliff2.Xliff2File.parsestring(output.read_bytes())
    assert store.gettargetlanguage() == "ht"
    names = {unit.getunitelement().get("name") for unit in store.units}
    assert names and all(name.startswith("factsheets.factsheetpage:") for name in names)


def test_export_changed_since_keeps_only_recently_changed_english(manage):
    everything = manage("export_translations", "--language", "ht", "--format", "po")
    assert everything.returncode == 0
    future = manage(
        "export_translations", "--language", "ht", "--format", "po", "--changed-since", "2999-01-01"
    )
    assert future.returncode == 0 and future.stdout == b""
    assert "Nothing to translate" in future.stderr.decode()
    past = manage(
        "export_translations", "--language", "ht", "--format", "po", "--changed-since", "2000-01-01"
    )
    assert len(polib.pofile(past.stdout.decode())) == len(polib.pofile(everything.stdout.decode()))


def test_export_refuses_an_unknown_object_or_language(manage):
    result = manage("export_translations", "--language", "ht", "/no/such/page/")
    assert result.returncode == 1
    assert "No such page or statistic: /no/such/page/" in result.stderr.decode()
    result = manage("export_translations", "--language", "de")
    assert result.returncode == 1 and "es, fr, ht" in result.stderr.decode()


def test_import_refuses_a_bad_file_whole_with_exit_status_1(manage, tmp_path):
    object_key, _path = page_to_translate(manage, "ht")
    exported = manage("export_translations", "--language", "ht", object_key).stdout
    translated = cat_translate(exported, {":title": "Tit"})
    # A unit names an object that does not exist: nothing may be written.
    broken = translated.replace(
        f'name="{object_key}'.encode(), b'name="home.standardpage:999999', 1
    )
    path = tmp_path / "broken.xlf"
    path.write_bytes(broken)
    count = "from wagtail.models import Revision; print(Revision.objects.count())"
    before = shell(manage, count)
    result = manage("import_translations", str(path))
    assert result.returncode == 1
    errors = result.stderr.decode()
    assert "no such page or statistic" in errors
    assert "The file was refused; nothing was changed." in errors
    assert shell(manage, count) == before


def test_import_from_standard_input_writes_revisions_and_reports_skipped_texts(manage):
    object_key, _path = page_to_translate(manage, "fr")
    exported = manage(
        "export_translations", "--language", "fr", "--format", "po", object_key
    ).stdout
    catalog = polib.pofile(exported.decode())
    plain = [
        e.msgctxt for e in catalog if "text" in e.comment.splitlines() and e.msgctxt.count(":") == 2
    ]
    assert len(plain) >= 2, "the page needs two plain texts to translate"
    translated = po_translate(
        exported,
        {plain[0]: "Faux. En 2007, 41 % des victimes venaient de la région.", plain[1]: "Mythe"},
        fuzzy={plain[1]},
    )
    result = manage("import_translations", "-", stdin=translated.encode())
    assert result.returncode == 0, result.stderr.decode()
    assert (
        "Translations imported: 1 pages or statistics have a new revision."
        in result.stdout.decode()
    )
    assert "marked fuzzy (needs review), not imported." in result.stderr.decode()
    saved = shell(
        manage,
        "from wagtail.models import Page; "
        f"page = Page.objects.get(pk={object_key.split(':')[1]}).specific; "
        f"print(getattr(page.get_latest_revision_as_object(), '{plain[0].split(':')[2]}_fr'))",
    )
    assert saved == "Faux. En 2007, 41 % des victimes venaient de la région."

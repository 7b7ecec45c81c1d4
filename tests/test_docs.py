"""The README stays short and complete: at most 10 KB, a layout table that
names every top-level folder, and one environment table that lists every
variable the code reads. Links between the README and docs/ resolve."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SKIPPED_FOLDERS = {".venv", "node_modules", "var", "__pycache__", ".git"}
# Read by libraries from the environment, not by our code (boto3).
READ_BY_LIBRARIES = {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}

ENV_READS = [
    # os.environ.get("X"), os.environ.setdefault("X"), os.getenv("X")
    re.compile(r"""os\.(?:environ\.(?:get|setdefault)|getenv)\(\s*["'](\w+)["']"""),
    # os.environ["X"], but not an assignment to it
    re.compile(r"""os\.environ\[\s*["'](\w+)["']\s*\](?!\s*=[^=])"""),
    # "X" in os.environ
    re.compile(r"""["'](\w+)["']\s+(?:not\s+)?in\s+os\.environ"""),
    # the settings' helpers and dj-database-url
    re.compile(r"""env_list\(\s*["'](\w+)["']"""),
    re.compile(r"""\benv=["'](\w+)["']"""),
]
SHELL_READS = re.compile(r"\$\{([A-Z_][A-Z0-9_]*):-")


def variables_read(text, shell=False):
    """Environment variable names read in a Python (or shell) source text."""
    if shell:
        return set(SHELL_READS.findall(text))
    return {name for pattern in ENV_READS for name in pattern.findall(text)}


def project_files(pattern):
    for path in ROOT.rglob(pattern):
        parts = set(path.relative_to(ROOT).parts)
        if not parts & SKIPPED_FOLDERS:
            yield path


def code_variables():
    found = {}
    for path in project_files("*.py"):
        if path.name == "test_docs.py":
            continue
        for name in variables_read(path.read_text(encoding="utf-8")):
            found.setdefault(name, path.relative_to(ROOT))
    for path in [*project_files("*.sh"), ROOT / ".ci" / "run"]:
        for name in variables_read(path.read_text(encoding="utf-8"), shell=True):
            found.setdefault(name, path.relative_to(ROOT))
    return found


def section(markdown, heading):
    """The text of the ``## heading`` section."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", markdown, re.S | re.M)
    assert match, f"README has no “## {heading}” section"
    return match.group(1)


def first_cells(table_text):
    """The backquoted names in the first cell of each table row."""
    names = set()
    for line in table_text.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            names.update(re.findall(r"`([^`]+)`", line.split("|")[1]))
    return names


def test_readme_is_at_most_10_kb():
    size = len(README.read_bytes())
    assert size <= 10_000, f"README.md is {size} bytes: move details to docs/"


def test_the_scanner_finds_each_way_of_reading_the_environment():
    sample = (
        'os.environ.get("A")\nos.getenv("B", "x")\nos.environ["C"]\nos.environ["D"] = "w"\n'
        'if "E" in os.environ: pass\nenv_list("F")\ndj_database_url.config(env="G")\n'
        'os.environ.setdefault("H", "v")\n'
    )
    assert variables_read(sample) == {"A", "B", "C", "E", "F", "G", "H"}
    assert variables_read('x="${J:-default}" "$K" "${1:-a}"', shell=True) == {"J"}


def test_every_environment_variable_the_code_reads_is_in_the_environment_table():
    read = code_variables()
    # The scan really reads the code: a few variables we know are read.
    assert {"DATABASE_URL", "SEARCH_INDEX_PREFIX", "WORKSPACE_FIGURE_MAX_AGE_YEARS"} <= set(read)
    table = first_cells(section(README.read_text(encoding="utf-8"), "Environment"))
    missing = {name: str(path) for name, path in read.items() if name not in table}
    assert not missing, f"add these to the README's environment table: {missing}"
    stale = table - set(read) - READ_BY_LIBRARIES
    assert not stale, f"the environment table lists variables nothing reads: {stale}"


def top_level_folders():
    """Top-level folders in git (or, outside a git checkout, on disk)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        return {
            path.name + "/"
            for path in ROOT.iterdir()
            if path.is_dir() and path.name not in SKIPPED_FOLDERS and not path.name.startswith(".")
        }
    return {name.split("/")[0] + "/" for name in listed if "/" in name}


def test_the_layout_table_names_every_top_level_folder():
    folders = top_level_folders()
    table = first_cells(section(README.read_text(encoding="utf-8"), "Layout"))
    assert folders - table == set(), (
        f"add these folders to the README's layout table: {folders - table}"
    )
    assert {"caching/", "hardening/", "scripts/", "bench/", "docs/"} <= table


def test_links_between_readme_and_docs_resolve():
    pages = [README, *sorted((ROOT / "docs").glob("*.md"))]
    assert len(pages) > 5
    broken = []
    for page in pages:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if "://" not in target and not (page.parent / target).exists():
                broken.append(f"{page.relative_to(ROOT)} → {target}")
    assert not broken, broken
    linked = set(re.findall(r"\(docs/([\w-]+\.md)\)", README.read_text(encoding="utf-8")))
    unlinked = {path.name for path in pages[1:]} - linked
    assert not unlinked, f"the README links to no {unlinked}"

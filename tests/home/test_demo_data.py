"""The demo data loader: a bad data file stops the load with an error naming
the file and the entry, and loses nothing (the load is all or nothing)."""

import textwrap
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail import hooks

from factsheets.models import FactSheetPage, Statistic
from home.demo_data import DemoContent, DemoDataError, DemoFiles

FACT_SHEET = """
kind: page
factory: factsheets.factories.FactSheetPageFactory
find_by: slug
entries:
  - slug: {slug}
    parent: !page facts
    verdict: 'false'
    title: {{en: A test myth}}
    myth: {{en: A test myth.}}
    short_answer: {{en: It is not so.}}
    body:
      en:
{body}
"""


def fact_sheet(slug="test-sheet", body="- paragraph: Plain text."):
    return FACT_SHEET.format(slug=slug, body=textwrap.indent(body, " " * 8))


def write(tmp_path, files):
    for name, text in files:
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return DemoFiles(tmp_path, *(name for name, _text in files))


def load_with(tmp_path, *files, order=95):
    """Run the demo command with extra data files (name, text) as one more step."""
    with hooks.register_temporarily("load_demo_content", write(tmp_path, files), order=order):
        call_command("load_demo_content", verbosity=0)


def refused(tmp_path, *files, order=95):
    """The error the loader's check gives, before it writes anything: in the
    site's default language, whatever language a request left active."""
    step = write(tmp_path, files)
    with (
        hooks.register_temporarily("load_demo_content", step, order=order),
        translation.override("es"),
        pytest.raises(DemoDataError) as error,
    ):
        DemoContent(hooks.get_hooks("load_demo_content")).check()
    return str(error.value)


def test_a_sentence_citing_an_unknown_statistic_is_refused_naming_file_and_entry(tmp_path, db):
    body = "- paragraph: The region has [[no-such-figure]] inhabitants."
    with pytest.raises(CommandError) as error:
        load_with(tmp_path, ("sheet.yaml", fact_sheet("cites-nothing", body)))
    message = str(error.value)
    assert "sheet.yaml, entry 'cites-nothing': body (en) item 1 paragraph" in message
    assert "unknown statistic 'no-such-figure'" in message
    assert not FactSheetPage.objects.filter(slug="cites-nothing").exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            fact_sheet(body="- callout: {statistic: !statistic no-such-figure}"),
            "body (en) item 1 callout.statistic: unknown statistic 'no-such-figure'",
        ),
        (
            fact_sheet().replace("!page facts", "!page nowhere"),
            "parent: unknown page 'nowhere'",
        ),
        (
            fact_sheet(body="- callout: {statistic: !page facts}"),
            "page 'facts' is a FactSheetIndexPage, not a Statistic",
        ),
        (
            fact_sheet(body="- calout: {statistic: !statistic region-population}"),
            "body (en) item 1: unknown block 'calout' (known: heading, paragraph, callout",
        ),
        (
            fact_sheet(body="- heading: {text: A heading, size: big}"),
            "body (en) item 1 heading: unknown field(s) size",
        ),
        (
            fact_sheet(body="- heading: {level: h2}"),
            "body (en) item 1 heading.text: This field is required.",
        ),
        (
            fact_sheet().replace("verdict: 'false'", "verdict: false"),
            "verdict: Value 'False' is not a valid choice. (got False)",
        ),
        (fact_sheet().replace("myth:", "mith:"), "FactSheetPage has no field 'mith'"),
        (
            fact_sheet().replace("{en: A test myth.}", "{en: A test myth., xx: Un mythe.}"),
            "myth: unknown language(s) xx",
        ),
        (
            fact_sheet().replace("{en: A test myth.}", "A test myth."),
            "myth: give one text per language",
        ),
        (fact_sheet().replace("!page facts", "!paeg facts"), "unknown kind !paeg"),
    ],
)
def test_a_malformed_entry_is_refused_with_what_is_wrong(tmp_path, text, expected):
    message = refused(tmp_path, ("sheet.yaml", text))
    assert "sheet.yaml, entry 'test-sheet'" in message
    assert expected in message


def test_a_file_that_is_not_yaml_is_refused_with_its_line(tmp_path):
    text = fact_sheet().replace("    verdict: 'false'", "  verdict: 'false'")
    message = refused(tmp_path, ("broken.yaml", text))
    assert "broken.yaml: not valid YAML, line 8, column 3" in message


def test_a_reference_to_an_entry_loaded_later_is_refused(tmp_path):
    # Order 15: after the statistics (10), before the fact sheet index (20).
    message = refused(tmp_path, ("early.yaml", fact_sheet("too-early")), order=15)
    assert "early.yaml, entry 'too-early'" in message
    assert "page 'facts' is only loaded later, by factsheets/demo/index.yaml" in message


def test_an_entry_defined_twice_is_refused(tmp_path):
    text = fact_sheet("migration-only-goes-south-to-north")
    message = refused(tmp_path, ("again.yaml", text))
    assert "is already defined in factsheets/demo/fact-sheets/01-" in message


def fail_to_draw(**fields):
    raise ValueError("the picture cannot be drawn")


def test_a_failure_while_saving_leaves_the_database_as_it_was(tmp_path, db):
    statistic = """
        kind: statistic
        factory: factsheets.factories.StatisticFactory
        find_by: key
        entries:
          - key: written-then-rolled-back
            value: 12.5
            unit: percent
            label: {en: A statistic the failure below takes back}
    """
    image = f"""
        kind: image
        model: media.CustomImage
        factory: {__name__}.fail_to_draw
        find_by: title_en
        entries:
          - title: {{en: A picture that cannot be drawn}}
    """
    with pytest.raises(CommandError) as error:
        load_with(tmp_path, ("1-statistic.yaml", statistic), ("2-image.yaml", image))
    message = str(error.value)
    assert "2-image.yaml, entry 'A picture that cannot be drawn'" in message
    assert "could not be saved: the picture cannot be drawn" in message
    assert not Statistic.objects.filter(key="written-then-rolled-back").exists()


def test_decimals_in_data_files_are_exact(tmp_path, db):
    statistic = """
        kind: statistic
        factory: factsheets.factories.StatisticFactory
        find_by: key
        entries:
          - key: an-exact-decimal
            value: 7.2
            unit: percent
            precision: 1
            label: {en: A share, es: Una proporción}
    """
    load_with(tmp_path, ("statistic.yaml", statistic))
    saved = Statistic.objects.get(key="an-exact-decimal")
    assert str(saved.value) == "7.2000"
    assert (saved.label_en, saved.label_es) == ("A share", "Una proporción")


def test_every_data_file_in_the_project_is_loaded_by_a_declared_step():
    declared = {file.path for file in DemoContent(hooks.get_hooks("load_demo_content")).files}
    on_disk = set(Path(settings.BASE_DIR).glob("*/demo/**/*.yaml"))
    assert on_disk
    assert on_disk == declared

"""Listen to this guide: audio made by a real engine (espeak-ng + opusenc) in
the background job, read back with opusinfo and ffprobe, shown on the page."""

import re
from pathlib import Path

import pytest
from wagtail.models import Page

from audio.clips import make_audio
from audio.models import AudioClip
from jobs.models import JobFailure
from rights.models import RightsGuidePage
from tests.audio.conftest import ffprobe, opusinfo_seconds

LANGUAGES = ("en", "es", "fr", "ht")


@pytest.fixture
def guide(db):
    return RightsGuidePage.objects.get(slug="mexico-in-transit")


@pytest.fixture
def audio_on(settings):
    settings.AUDIO_ON_PUBLISH = True
    return settings


def publish(page):
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def clips(page, language=None):
    rows = AudioClip.objects.filter(page=page)
    return list(rows.filter(language=language) if language else rows)


def test_publishing_makes_one_clip_per_language_and_section_that_decodes(
    guide, audio_on, django_capture_on_commit_callbacks
):
    AudioClip.objects.filter(page=guide).delete()
    with django_capture_on_commit_callbacks(execute=True):
        publish(guide)
    for language in LANGUAGES:
        sections = guide.audio_sections(language)
        made = clips(guide, language)
        assert [clip.key for clip in made] == [key for key, _text in sections]
        assert made[0].key == "summary" and len(made) == 1 + len(guide.sections)
        total = 0
        for clip, (_key, text) in zip(made, sections, strict=True):
            path = Path(clip.file.path)
            assert path.read_bytes()[:4] == b"OggS"
            codec, container, seconds = ffprobe(path)
            assert (codec, container) == ("opus", "ogg")
            assert abs(opusinfo_seconds(path) - clip.duration) < 0.5
            assert abs(seconds - clip.duration) < 0.5
            # As long as the text suggests: 150 words a minute, give or take.
            words = len(text.split())
            assert words / 4.5 < clip.duration < words / 1.2 + 2, (language, clip.key)
            assert clip.size == path.stat().st_size <= 300_000
            total += clip.size
        assert total <= 1_500_000


def test_changing_one_languages_text_remakes_only_that_language(
    guide, django_capture_on_commit_callbacks
):
    make_audio(guide, ["es", "fr"])
    before = {(c.language, c.key): (c.file.name, c.text_hash) for c in clips(guide)}
    guide.summary_es = guide.summary_es + " Llame antes de viajar."
    guide = publish(guide)
    with django_capture_on_commit_callbacks(execute=True):
        make_audio(guide, ["es", "fr"])  # what the publish job runs
    after = {(c.language, c.key): (c.file.name, c.text_hash) for c in clips(guide)}
    changed = {key for key in before if before[key] != after[key]}
    assert changed == {("es", "summary")}
    es_summary = AudioClip.objects.get(page=guide, language="es", key="summary")
    assert es_summary.file.storage.exists(es_summary.file.name)
    assert not es_summary.file.storage.exists(before[("es", "summary")][0])


def test_nothing_is_made_again_when_the_text_is_unchanged(guide):
    make_audio(guide, ["ht"])
    assert make_audio(guide, ["ht"]) == {"ht": 0}


def test_guide_shows_a_player_per_section_with_its_duration(client, guide, nu_check):
    make_audio(guide, ["fr"])
    response = client.get("/fr/rights/mexico-in-transit/")
    html = response.content.decode()
    players = re.findall(r'<audio controls preload="none" src="([^"]+)"', html)
    french = clips(guide, "fr")
    assert players == [clip.file.url for clip in french]
    assert "Écouter le résumé" in html
    first = french[0]
    minutes, seconds = divmod(round(first.duration), 60)
    assert f'<time datetime="PT{round(first.duration)}S">{minutes}:{seconds:02d}</time>' in html
    # The audio plays under the site's policy: same origin media.
    csp = response.headers["Content-Security-Policy"]
    media_src = re.search(r"media-src ([^;]+)", csp).group(1).split()
    assert "'self'" in media_src and players[0].startswith("/media/audio/")
    assert client.get(players[0]).status_code == 200
    assert nu_check({"guide with players": html}) == {"guide with players": []}


def test_a_stale_clip_is_never_shown_next_to_new_text(client, guide):
    make_audio(guide, ["en"])
    guide.summary_en = "A new summary nobody has recorded yet."
    guide = publish(guide)  # AUDIO_ON_PUBLISH is off here: no job ran
    html = client.get("/en/rights/mexico-in-transit/").content.decode()
    assert "Listen to the summary" not in html
    assert html.count("<audio ") == len(guide.sections)


def test_an_untranslated_language_gets_no_audio(guide):
    guide.summary_ht = ""
    guide.sections_ht = []
    guide.save()
    make_audio(guide, ["ht", "fr"])
    assert clips(guide, "ht") == []
    assert len(clips(guide, "fr")) == 1 + len(guide.sections)


def test_a_failing_engine_never_blocks_publishing(
    guide, audio_on, admin_client, django_capture_on_commit_callbacks
):
    AudioClip.objects.filter(page=guide).delete()
    # Spanish speaks, French has a voice espeak-ng does not know, and the
    # other languages have none (no audio for them: a shorter test).
    audio_on.AUDIO_VOICES = {"es": "es-419", "fr": "no-such-voice"}
    guide.summary_en = guide.summary_en + " Keep this page."
    with django_capture_on_commit_callbacks(execute=True):
        guide = publish(guide)
    assert guide.live and "Keep this page." in guide.summary_en
    failure = JobFailure.objects.get(task_path="audio.jobs.make_page_audio")
    assert "fr: espeak-ng failed" in failure.error
    assert clips(guide, "fr") == [] and len(clips(guide, "es")) == 1 + len(guide.sections)
    edit = admin_client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert "Making the audio failed" in edit and "no-such-voice" in edit
    assert "Waiting: 0 of" in edit and "Ready: " in edit


def test_editors_see_each_languages_audio_state(guide, admin_client):
    make_audio(guide, ["en", "es"])
    html = admin_client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    count = 1 + len(guide.sections)
    assert html.count(f"Ready: {count} clips") == 2
    assert html.count(f"Waiting: 0 of {count} clips up to date") == 2


def test_fact_sheets_get_one_short_clip_per_language(client, db):
    from factsheets.models import FactSheetPage

    sheet = FactSheetPage.objects.live().first()
    make_audio(sheet)
    for language in LANGUAGES:
        (clip,) = clips(sheet, language)
        assert clip.key == "answer" and 3 < clip.duration < 60
        assert ffprobe(clip.file.path)[:2] == ("opus", "ogg")
    html = client.get(sheet.get_url().replace("/en/", "/es/")).content.decode()
    assert '<audio controls preload="none"' in html
    assert clips(sheet, "es")[0].file.url in html

"""Making, finding and describing a page's audio clips.

A page type opts in by defining ``audio_sections(language)``: the sections
written in that language (no fallback), as ``(key, text)`` pairs in reading
order, where the text is what the page shows (the transcript). An untranslated
language returns nothing and gets no audio: a Spanish page never plays an
English voice.
"""

import hashlib
import html
import logging
import re
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import translation
from django.utils.html import strip_tags

from audio.engines import EngineError, engine
from audio.models import AudioClip
from languages.codes import language_codes

logger = logging.getLogger(__name__)


def opts_in(page):
    return callable(getattr(page, "audio_sections", None))


def plain_text(rich_text):
    """Rich text (HTML) as the words a voice reads: blocks become pauses."""
    source = str(getattr(rich_text, "source", rich_text) or "")
    source = re.sub(r"</(p|li|h\d)>|<br\s*/?>", "\n", source)
    return html.unescape(strip_tags(source)).strip()


def speakable(*parts):
    """Join parts into one text, each ending with a stop so the voice pauses."""
    out = []
    for part in parts:
        part = " ".join(str(part or "").split())
        if part:
            out.append(part if part[-1] in ".!?…:;" else part + ".")
    return "\n".join(out)


def text_hash(identity, text):
    return hashlib.sha256(f"{identity}\n{text}".encode()).hexdigest()


def page_sections(page, language):
    with translation.override(language):
        return [(key, text) for key, text in page.audio_sections(language) if text.strip()]


def current_hashes(page, language, speech=None):
    speech = speech or engine()
    if speech.voice(language) is None:
        return {}
    identity = speech.identity(language)
    return {key: text_hash(identity, text) for key, text in page_sections(page, language)}


def make_language(page, language, speech):
    """Make the clips of one language whose text changed (the engine runs
    ``AUDIO_PARALLEL`` at once: it waits on programs, not on Python); remove
    the clips of sections that are gone. Returns the number of clips made."""
    if speech.voice(language) is None:
        return 0
    identity = speech.identity(language)
    wanted = page_sections(page, language)
    existing = {clip.key: clip for clip in AudioClip.objects.filter(page=page, language=language)}
    todo = []
    for position, (key, text) in enumerate(wanted):
        digest = text_hash(identity, text)
        clip = existing.get(key)
        if clip is not None and clip.text_hash == digest and clip.file:
            if clip.position != position:
                AudioClip.objects.filter(pk=clip.pk).update(position=position)
        else:
            todo.append((position, key, text, digest, clip))
    with ThreadPoolExecutor(max_workers=settings.AUDIO_PARALLEL) as pool:
        spoken = list(pool.map(lambda item: speech.synthesize(item[2], language), todo))
    for (position, key, _text, digest, clip), speech_out in zip(todo, spoken, strict=True):
        old_file = clip.file.name if clip is not None and clip.file else ""
        clip = clip or AudioClip(page=page, language=language, key=key)
        clip.position, clip.text_hash, clip.engine = position, digest, identity
        clip.duration, clip.size = round(speech_out.duration, 2), len(speech_out.data)
        clip.file.save(
            f"{page.pk}-{language}-{key}-{digest[:10]}.ogg",
            ContentFile(speech_out.data),
            save=False,
        )
        clip.save()
        if old_file and old_file != clip.file.name:
            storage = clip.file.storage
            transaction.on_commit(lambda name=old_file, storage=storage: storage.delete(name))
    gone = [clip for key, clip in existing.items() if key not in dict(wanted)]
    for clip in gone:
        clip.file.delete(save=False)
        clip.delete()
    return len(todo)


def make_audio(page, languages=None):
    """Make what is missing or stale in every language (or ``languages``).
    One language failing does not stop the others; the error is raised at
    the end so the job is retried (and only the failed clips are made again)."""
    speech = engine()
    made, errors = {}, []
    for language in languages or language_codes():
        try:
            made[language] = make_language(page, language, speech)
        except EngineError as error:
            errors.append(f"{language}: {error}")
    if errors:
        raise EngineError("; ".join(errors))
    return made


def clips_for(page, language):
    """The clips of ``language`` whose text is the text the page shows now,
    by section key (a stale clip is never shown next to a new text)."""
    if not opts_in(page) or not page.pk:
        return {}
    hashes = current_hashes(page, language)
    if not hashes:
        return {}
    clips = AudioClip.objects.filter(page=page, language=language, key__in=list(hashes))
    return {clip.key: clip for clip in clips if clip.text_hash == hashes[clip.key]}


def audio_state(page):
    """Per language: sections, clips up to date, and the state an editor reads
    ("ready", "waiting", "none")."""
    speech = engine()
    stored = {}
    for clip in AudioClip.objects.filter(page=page):
        stored.setdefault(clip.language, {})[clip.key] = clip
    rows = []
    for language in language_codes():
        hashes = current_hashes(page, language, speech) if page.pk else {}
        clips = stored.get(language, {})
        ready = [clip for key, clip in clips.items() if hashes.get(key) == clip.text_hash]
        state = "none" if not hashes else ("ready" if len(ready) == len(hashes) else "waiting")
        rows.append(
            {
                "language": language,
                "sections": len(hashes),
                "ready": len(ready),
                "duration": sum(clip.duration for clip in ready),
                "size": sum(clip.size for clip in ready),
                "state": state,
            }
        )
    return rows


def format_duration(seconds):
    seconds = round(seconds or 0)
    return f"{seconds // 60}:{seconds % 60:02d}"

"""Speech engines: text in one language → Ogg Opus bytes and their duration.

``AUDIO_ENGINE`` names the engine class (dotted path); the embedded default
is ``EspeakNg`` (Debian's espeak-ng, encoded with opusenc from opus-tools).
A deployment plugs in another voice (a neural one) with a class that has
the same three members:

- ``voice(language)``: the voice used for a language, or ``None`` when the
  engine has none (the language then gets no audio);
- ``identity(language)``: a string naming the engine, voice and settings;
  it is part of every clip's hash, so changing it makes the clips again;
- ``synthesize(text, language)``: a ``Speech`` (Ogg Opus bytes, seconds),
  or ``EngineError``.
"""

import functools
import subprocess
import tempfile
import wave
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.utils.module_loading import import_string


class Speech(NamedTuple):
    data: bytes  # Ogg Opus
    duration: float  # seconds


class EngineError(Exception):
    """The engine could not speak this text (missing program, bad voice…)."""


class EspeakNg:
    """espeak-ng to a WAV file (its duration read from the header), then
    opusenc at a speech bitrate. The text goes through a file, never the
    command line (a text starting with "-" is not an option)."""

    def __init__(self):
        self.voices = settings.AUDIO_VOICES
        self.bitrate = settings.AUDIO_BITRATE
        self.speed = settings.AUDIO_WORDS_PER_MINUTE
        self.timeout = settings.AUDIO_TIMEOUT

    def voice(self, language):
        return self.voices.get(language)

    def identity(self, language):
        return f"espeak-ng:{self.voice(language)}:{self.speed}wpm:opus{self.bitrate}k"

    def _run(self, command):
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=self.timeout)
        except FileNotFoundError as error:
            raise EngineError(f"{command[0]} is not installed") from error
        except subprocess.CalledProcessError as error:
            raise EngineError(f"{command[0]} failed: {error.stderr.decode()[:300]}") from error
        except subprocess.TimeoutExpired as error:
            raise EngineError(f"{command[0]} took more than {self.timeout} s") from error

    def synthesize(self, text, language):
        voice = self.voice(language)
        if voice is None:
            raise EngineError(f"no voice for {language!r} in AUDIO_VOICES")
        if voice.lower() not in installed_voices():
            # espeak-ng would fall back to its default voice without a word.
            raise EngineError(f"espeak-ng failed: it has no voice {voice!r}")
        with tempfile.TemporaryDirectory(prefix="audio-") as folder:
            folder = Path(folder)
            (folder / "text.txt").write_text(text, encoding="utf-8")
            wav, ogg = folder / "speech.wav", folder / "speech.ogg"
            self._run(
                [
                    "espeak-ng", "-v", voice, "-s", str(self.speed),
                    "-b", "1", "-f", str(folder / "text.txt"), "-w", str(wav),
                ]
            )  # fmt: skip
            with wave.open(str(wav)) as reader:
                duration = reader.getnframes() / reader.getframerate()
            self._run(
                [
                    "opusenc", "--quiet", "--speech", "--bitrate", str(self.bitrate),
                    str(wav), str(ogg),
                ]
            )  # fmt: skip
            return Speech(ogg.read_bytes(), duration)


@functools.cache
def installed_voices():
    """espeak-ng's voices, by language code, name and file (lower case)."""
    try:
        out = subprocess.run(
            ["espeak-ng", "--voices"], capture_output=True, text=True, check=True, timeout=30
        ).stdout
    except (OSError, subprocess.SubprocessError) as error:
        raise EngineError("espeak-ng is not installed or does not run") from error
    names = set()
    for line in out.splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 5:
            names.update(field.lower() for field in (fields[1], fields[3], fields[4]))
    return names


def engine():
    """The configured engine (``AUDIO_ENGINE``)."""
    return import_string(settings.AUDIO_ENGINE)()

import re
import shutil
import subprocess

import pytest

TOOLS = ("espeak-ng", "opusenc", "opusinfo", "ffprobe")


@pytest.fixture(autouse=True)
def speech_tools():
    """The audio tests need Debian's espeak-ng, opus-tools and ffmpeg
    (scripts/test.sh installs them): missing is a failure, never a skip."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"Missing {', '.join(missing)}: run scripts/test.sh as root.", pytrace=False)


def opusinfo_seconds(path):
    """Playback length as opusinfo (opus-tools) reads the file."""
    out = subprocess.run(["opusinfo", str(path)], capture_output=True, text=True, check=True)
    minutes, seconds = re.search(r"Playback length:\s*(\d+)m:([\d.]+)s", out.stdout).groups()
    return int(minutes) * 60 + float(seconds)


def ffprobe(path):
    """(codec, container, seconds) as ffprobe (ffmpeg) reads the file."""
    out = subprocess.run(
        [
            "ffprobe", "-v", "error", "-show_entries", "stream=codec_name:format=format_name,duration",
            "-of", "default=noprint_wrappers=1", str(path),
        ],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    fields = dict(line.split("=", 1) for line in out.split())
    return fields["codec_name"], fields["format_name"], float(fields["duration"])
